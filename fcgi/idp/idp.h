/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csam-dev: the embedded OpenID Provider. Its configuration, what each
 * worker process holds, one request as its handlers see it, and the
 * handlers (oidc.c: the protocol endpoints; login.c: the key pages).
 */
#ifndef IDP_H
#define IDP_H

#include <fcgiapp.h>
#include <libxml/tree.h>

#include "buf.h"
#include "conf.h"
#include "keys.h"
#include "kv.h"

/* The pending authorization request of this browser (a Redis "tx" key). */
#define TX_COOKIE "csam_tx"

struct idp_conf {
	/* [server] */
	char	*listen;
	int	 socket_mode;
	int	 workers;
	char	*xsl_dir;
	char	*log_level;
	char	*issuer;		/* its public origin, no trailing slash */
	char	*key_dir;
	/* [client]: the one registered relying party */
	char	*client_id;
	char	*client_secret;
	char	*redirect_uris;		/* space-separated, matched exactly */
	char	*post_logout_uris;	/* space-separated, matched exactly */
	/* [ldap] */
	char	*ldap_uri;
	char	*ldap_bind_dn;
	char	*ldap_bind_password;
	char	*ldap_base_dn;
	int	 ldap_timeout;
	/* [smtp] */
	char	*smtp_url;
	char	*smtp_from;
	int	 smtp_timeout;
	/* [login] */
	int	 max_failures;
	int	 lockout;
	int	 mail_code_ttl;
	int	 auth_code_ttl;
	int	 access_token_ttl;
	int	 id_token_ttl;
	int	 session_ttl;
	int	 transaction_ttl;
	/* [redis]: the fields redis_new() reads, in the core's struct */
	struct conf core;
};

int	 idp_conf_load(struct idp_conf *c, const char *path, char *err, size_t errlen);
void	 idp_conf_release(struct idp_conf *c);

struct render;
struct redis;

/* Built once per worker process. */
struct idp {
	const struct idp_conf	*conf;
	struct render		*render;
	struct redis		*redis;
	struct idp_keys		 keys;
};

struct idp_req {
	struct idp	*idp;
	FCGX_Request	*fcgi;
	const char	*method;
	const char	*path;
	const char	*lang;
	struct kv_list	 args;
	struct kv_list	 form;
	struct kv_list	 cookies;
	struct buf	 headers;	/* extra response header lines, CRLF-ended */
	xmlDocPtr	 page;
	xmlNodePtr	 content;
	int		 sent;
};

/* A worker: serve requests on listen_fd until SIGTERM. Returns the exit status. */
int		 idp_worker_main(const struct idp_conf *c, int listen_fd);

/* A FastCGI parameter (CGI variable), or NULL. */
const char	*idp_env(const struct idp_req *r, const char *name);
/* Add a response header line; a value holding CR or LF is dropped. */
void		 idp_header(struct idp_req *r, const char *name, const char *value);
/* Set a cookie for this origin; max_age 0 deletes it. */
void		 idp_cookie(struct idp_req *r, const char *name, const char *value, int max_age);
/* Start the page <page id= lang=> and return its <content>. */
xmlNodePtr	 idp_page(struct idp_req *r, const char *page_id);
/* Write the whole response (never cached); each returns status. */
int		 idp_send(struct idp_req *r, int status, const char *type, const char *body,
		    size_t len);
int		 idp_json(struct idp_req *r, int status, const char *json);
/* 303 See Other to `url`. */
int		 idp_redirect(struct idp_req *r, const char *url);
/* An error page with the catalogue message `key`; returns status. */
int		 idp_error_page(struct idp_req *r, int status, const char *key);

/* oidc.c: each returns the HTTP status it answered. */
int	 idp_discovery(struct idp_req *r);
int	 idp_jwks(struct idp_req *r);
int	 idp_authorize(struct idp_req *r);
int	 idp_token(struct idp_req *r);
int	 idp_userinfo(struct idp_req *r);
int	 idp_logout(struct idp_req *r);
/*
 * The person `uid` signed in with `method` for the pending authorization
 * transaction `tx`: issue the code and redirect to the client. Returns
 * the status.
 */
int	 idp_finish_login(struct idp_req *r, const char *tx, const char *uid,
	    const char *method);

/* login.c: each returns the HTTP status it answered. */
int	 idp_login_keys(struct idp_req *r);
int	 idp_login_mail(struct idp_req *r);
int	 idp_login_mail_code(struct idp_req *r);
int	 idp_login_app(struct idp_req *r);
int	 idp_login_simulated(struct idp_req *r);

#endif
