/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The daemon's configuration: one INI file (parsed by libinih), read once
 * into one struct. Every key is a row of the table in conf.c with its type
 * and default; conf/breakatwork.conf documents exactly those keys (a
 * `make check` test compares the two).
 */
#ifndef CONF_H
#define CONF_H

#include <stddef.h>

struct conf {
	/* [server] */
	char	*listen;		/* "unix:/path" or "127.0.0.1:9000" */
	int	 socket_mode;		/* octal, for a unix socket */
	int	 workers;
	int	 max_requests;		/* recycle a worker after this many */
	int	 request_timeout;	/* seconds */
	int	 backlog;
	char	*xsl_dir;
	char	*sql_dir;
	char	*log_level;
	char	*public_url;		/* as browsers see it, no trailing slash */
	char	*source_url;		/* the AGPL source offer in every footer */
	/* [limits] */
	int	 max_form_bytes;
	int	 max_form_fields;
	int	 max_cookie_bytes;
	int	 max_cookies;
	int	 max_file_bytes;		/* one attachment */
	int	 max_upload_bytes;		/* one multipart/form-data body */
	int	 max_request_files;		/* attachments of one request */
	int	 max_request_file_bytes;	/* their total */
	int	 attestations_per_day;		/* one worker's, in 24 hours */
	/* [redis] */
	char	*redis_host;
	int	 redis_port;
	char	*redis_socket;		/* when set, used instead of host:port */
	char	*redis_password;
	int	 redis_db;
	int	 redis_connect_timeout_ms;
	int	 redis_command_timeout_ms;
	/* [mariadb] */
	char	*db_host;
	int	 db_port;
	char	*db_socket;		/* when set, used instead of host:port */
	char	*db_user;
	char	*db_password;
	char	*db_name;
	int	 db_connect_timeout;	/* seconds */
	int	 db_read_timeout;
	int	 db_write_timeout;
	/* [session] */
	int	 session_idle_timeout;		/* seconds without a request */
	int	 session_absolute_timeout;	/* seconds since login */
	/* [oidc] */
	char	*oidc_issuer;
	char	*oidc_client_id;
	char	*oidc_client_secret;
	char	*oidc_token_auth;	/* client_secret_basic or client_secret_post */
	char	*oidc_scopes;
	char	*oidc_acr_values;
	char	*oidc_redirect_uri;
	char	*oidc_post_logout_uri;
	int	 oidc_http_timeout;	/* seconds, each call to the provider */
	int	 oidc_clock_leeway;	/* seconds, at most 60 */
	char	*oidc_ca_file;		/* extra CA bundle; empty = system store */
	/* [ldap] */
	char	*ldap_uri;
	char	*ldap_bind_dn;
	char	*ldap_bind_password;
	char	*ldap_base_dn;
	int	 ldap_timeout;		/* seconds */
	int	 login_max_failures;	/* lock-out of the ONEM agents' sign-in */
	int	 login_lockout;		/* seconds */
	/* [mail] */
	char	*mail_url;		/* the SMTP relay, smtp:// or smtps:// */
	char	*mail_from;
	int	 mail_timeout;		/* seconds, each message */
	int	 mail_retry;		/* seconds before a failed notice is tried again */
};

enum conf_type { CONF_STR, CONF_INT, CONF_OCTAL };

struct conf_key {
	const char	*section;
	const char	*name;
	enum conf_type	 type;
	size_t		 offset;
	const char	*def;		/* default, as written in the file */
	int		 min, max;	/* bounds for integers */
};

extern const struct conf_key conf_keys[];
extern const size_t conf_nkeys;

/*
 * Generic part, shared with csam-dev's own configuration: fill `target`
 * from the defaults of `keys`, then from the INI file `path`. Returns 0, or
 * -1 with a message naming the file, line and key in `err` (size errlen):
 * unknown section or key, bad number, number out of bounds, unreadable file.
 */
int	 conf_parse(const struct conf_key *keys, size_t nkeys, void *target,
	    const char *path, char *err, size_t errlen);
/* Free the strings conf_parse() allocated into `target`. */
void	 conf_free_strings(const struct conf_key *keys, size_t nkeys, void *target);

/* The daemon's own file: conf_parse() with conf_keys. */
int	 conf_load(struct conf *c, const char *path, char *err, size_t errlen);
void	 conf_release(struct conf *c);

#endif
