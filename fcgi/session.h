/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The application's own sessions, in Redis under "sess:<id>" (a hash),
 * named by the bw_session cookie: 64 hex characters from the kernel's
 * CSPRNG, new at every login. A session ends after [session] idle_timeout
 * without a request (the key's TTL, renewed by each request) and in any
 * case absolute_timeout after the login. Logout deletes it.
 */
#ifndef SESSION_H
#define SESSION_H

#include <time.h>

struct req;

#define SESSION_COOKIE "bw_session"

/* What a session may act as. */
enum role {
	ROLE_NONE = 0,		/* signed in, role not chosen yet */
	ROLE_WORKER,		/* a citizen, for their own requests */
	ROLE_EMPLOYER,		/* for the enterprise in `bce` */
	ROLE_AGENT,		/* an ONEM agent of `office` */
};

struct session {
	char	*id;
	char	*niss;		/* NISS or BIS; agents: their uid */
	char	*given_name;
	char	*family_name;
	char	*email;
	char	*phone;
	char	*csrf;
	char	*mandates;	/* BCE numbers the person may act for, comma-separated */
	char	*bce;		/* the enterprise chosen, ROLE_EMPLOYER only */
	char	*office;	/* ROLE_AGENT only */
	char	*id_token;	/* for the provider's logout */
	enum role role;
	time_t	 created;
};

/*
 * Look up the session of the request: the id nginx passed from its
 * auth_request check (BW_SESSION), else the cookie. Sets r->session when
 * it exists and has not outlived absolute_timeout, renewing its idle TTL.
 * Returns 0 (with or without a session), or -1 when Redis cannot answer.
 */
int	 session_load(struct req *r);

/*
 * Start a new session for `s` (id and csrf are generated here), replacing
 * the request's previous session if any, and set the cookie. 0 or -1.
 */
int	 session_create(struct req *r, struct session *s);

/* Store changed fields (role, bce) of r->session. 0 or -1. */
int	 session_save_role(struct req *r);
/* Store changed contact data (email, phone) of r->session. 0 or -1. */
int	 session_save_contact(struct req *r);

/* Delete r->session in Redis and clear the cookie. 0 or -1. */
int	 session_destroy(struct req *r);

/* The name of the session cookie: __Host- prefixed under TLS. */
const char *session_cookie_name(const struct req *r);

const char *role_name(enum role role);
enum role   role_parse(const char *name);

void	 session_free(struct session *s);

#endif
