/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The application's own sessions, in Redis under "sess:<id>" as a hash
 * (fields niss, name, phone, email, lang, csrf), named by the bw_session
 * cookie: 64 hex characters from a CSPRNG.
 */
#ifndef SESSION_H
#define SESSION_H

struct req;

#define SESSION_COOKIE "bw_session"

struct session {
	char	*id;
	char	*niss;
	char	*name;
	char	*phone;
	char	*email;
	char	*csrf;
};

/*
 * Look up the session the request's cookie names and set r->session when
 * it exists. Returns 0 (with or without a session), or -1 when Redis
 * cannot answer: the caller then answers 503.
 */
int	 session_load(struct req *r);
void	 session_free(struct session *s);

#endif
