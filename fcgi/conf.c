/* SPDX-License-Identifier: EUPL-1.2 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "conf.h"
#include "log.h"
#include "xalloc.h"
#include "banned.h"

#define STR(sec, key, field, def) \
	{ sec, key, CONF_STR, offsetof(struct conf, field), def, 0, 0 }
#define INT(sec, key, field, def, lo, hi) \
	{ sec, key, CONF_INT, offsetof(struct conf, field), def, lo, hi }

const struct conf_key conf_keys[] = {
	STR("server", "listen", listen, "unix:/run/breakatwork/pool.sock"),
	{ "server", "socket_mode", CONF_OCTAL, offsetof(struct conf, socket_mode), "0660", 0, 0777 },
	INT("server", "workers", workers, "4", 1, 256),
	INT("server", "max_requests", max_requests, "10000", 1, INT_MAX),
	INT("server", "request_timeout", request_timeout, "30", 1, 3600),
	INT("server", "backlog", backlog, "256", 1, 65535),
	STR("server", "xsl_dir", xsl_dir, "/usr/local/share/breakatwork/xsl"),
	STR("server", "sql_dir", sql_dir, "/usr/local/share/breakatwork/sql"),
	STR("server", "log_level", log_level, "info"),
	STR("server", "public_url", public_url, "http://127.0.0.1:8080"),
	STR("server", "source_url", source_url, "https://github.com/breakatwork/breakatwork-c"),
	INT("limits", "max_form_bytes", max_form_bytes, "65536", 1024, 16777216),
	INT("limits", "max_form_fields", max_form_fields, "200", 1, 10000),
	INT("limits", "max_cookie_bytes", max_cookie_bytes, "4096", 256, 65536),
	INT("limits", "max_cookies", max_cookies, "32", 1, 1000),
	INT("limits", "max_file_bytes", max_file_bytes, "2097152", 1024, 16777215),
	INT("limits", "max_upload_bytes", max_upload_bytes, "22020096", 4096, 268435456),
	INT("limits", "max_request_files", max_request_files, "10", 1, 100),
	INT("limits", "max_request_file_bytes", max_request_file_bytes, "20971520", 1024, 1073741824),
	INT("limits", "attestations_per_day", attestations_per_day, "20", 1, 1000),
	STR("redis", "host", redis_host, "127.0.0.1"),
	INT("redis", "port", redis_port, "6379", 1, 65535),
	STR("redis", "socket", redis_socket, ""),
	STR("redis", "password", redis_password, ""),
	INT("redis", "db", redis_db, "0", 0, 255),
	INT("redis", "connect_timeout_ms", redis_connect_timeout_ms, "500", 1, 60000),
	INT("redis", "command_timeout_ms", redis_command_timeout_ms, "1000", 1, 60000),
	STR("mariadb", "host", db_host, "127.0.0.1"),
	INT("mariadb", "port", db_port, "3306", 1, 65535),
	STR("mariadb", "socket", db_socket, ""),
	STR("mariadb", "user", db_user, "breakatwork"),
	STR("mariadb", "password", db_password, ""),
	STR("mariadb", "database", db_name, "breakatwork"),
	INT("mariadb", "connect_timeout", db_connect_timeout, "2", 1, 60),
	INT("mariadb", "read_timeout", db_read_timeout, "5", 1, 600),
	INT("mariadb", "write_timeout", db_write_timeout, "5", 1, 600),
	INT("session", "idle_timeout", session_idle_timeout, "1800", 60, 86400),
	INT("session", "absolute_timeout", session_absolute_timeout, "28800", 300, 604800),
	STR("oidc", "issuer", oidc_issuer, "http://127.0.0.1:8081"),
	STR("oidc", "client_id", oidc_client_id, "breakatwork"),
	STR("oidc", "client_secret", oidc_client_secret, ""),
	STR("oidc", "token_endpoint_auth_method", oidc_token_auth, "client_secret_basic"),
	STR("oidc", "scopes", oidc_scopes, "openid profile email egovnrn"),
	STR("oidc", "acr_values", oidc_acr_values, ""),
	STR("oidc", "redirect_uri", oidc_redirect_uri, "http://127.0.0.1:8080/auth/callback"),
	STR("oidc", "post_logout_redirect_uri", oidc_post_logout_uri, "http://127.0.0.1:8080/"),
	INT("oidc", "http_timeout", oidc_http_timeout, "5", 1, 60),
	INT("oidc", "clock_leeway", oidc_clock_leeway, "60", 0, 60),
	STR("oidc", "ca_file", oidc_ca_file, ""),
	STR("ldap", "uri", ldap_uri, "ldap://127.0.0.1:389"),
	STR("ldap", "bind_dn", ldap_bind_dn, ""),
	STR("ldap", "bind_password", ldap_bind_password, ""),
	STR("ldap", "base_dn", ldap_base_dn, "dc=breakatwork,dc=test"),
	INT("ldap", "timeout", ldap_timeout, "3", 1, 60),
	INT("ldap", "max_failures", login_max_failures, "5", 1, 100),
	INT("ldap", "lockout", login_lockout, "900", 1, 86400),
	STR("mail", "url", mail_url, "smtp://127.0.0.1:25"),
	STR("mail", "from", mail_from, "noreply@breakatwork.test"),
	INT("mail", "timeout", mail_timeout, "10", 1, 120),
	INT("mail", "retry", mail_retry, "300", 10, 86400),
};
const size_t conf_nkeys = sizeof(conf_keys) / sizeof(conf_keys[0]);

struct parse_ctx {
	const struct conf_key	*keys;
	size_t			 nkeys;
	void			*target;
	char			 error[256];
};

/* Store `value` for key `k`; returns NULL or an error message. */
static const char *
set_value(const struct conf_key *k, void *target, const char *value)
{
	char *field = (char *)target + k->offset;
	char *end;
	long n;

	if (k->type == CONF_STR) {
		char **s = (char **)field;

		free(*s);
		*s = xstrdup(value);
		return NULL;
	}
	errno = 0;
	n = strtol(value, &end, k->type == CONF_OCTAL ? 8 : 10);
	if (errno != 0 || end == value || *end != '\0')
		return k->type == CONF_OCTAL ? "is not an octal number" : "is not a number";
	if (n < k->min || n > k->max)
		return "is out of range";
	*(int *)field = (int)n;
	return NULL;
}

static int
on_key(void *user, const char *section, const char *name, const char *value)
{
	struct parse_ctx *ctx = user;
	const char *msg;
	size_t i;

	for (i = 0; i < ctx->nkeys; i++) {
		const struct conf_key *k = &ctx->keys[i];

		if (strcmp(k->section, section) != 0 || strcmp(k->name, name) != 0)
			continue;
		msg = set_value(k, ctx->target, value);
		if (msg == NULL)
			return 1;
		snprintf(ctx->error, sizeof(ctx->error), "[%s] %s = \"%s\" %s (%d..%d)",
		    section, name, value, msg, k->min, k->max);
		return 0;
	}
	snprintf(ctx->error, sizeof(ctx->error), "unknown key [%s] %s", section, name);
	return 0;
}

int
conf_parse(const struct conf_key *keys, size_t nkeys, void *target,
    const char *path, char *err, size_t errlen)
{
	struct parse_ctx ctx = { keys, nkeys, target, "" };
	size_t i;
	int line;

	for (i = 0; i < nkeys; i++)
		if (set_value(&keys[i], target, keys[i].def) != NULL) {
			snprintf(err, errlen, "built-in default of [%s] %s is invalid",
			    keys[i].section, keys[i].name);
			return -1;
		}
	line = ini_parse(path, on_key, &ctx);
	if (line == -1) {
		snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
		return -1;
	}
	if (line != 0) {
		snprintf(err, errlen, "%s:%d: %s", path, line,
		    ctx.error[0] ? ctx.error : "syntax error");
		return -1;
	}
	return 0;
}

void
conf_free_strings(const struct conf_key *keys, size_t nkeys, void *target)
{
	size_t i;

	for (i = 0; i < nkeys; i++)
		if (keys[i].type == CONF_STR) {
			char **s = (char **)((char *)target + keys[i].offset);

			free(*s);
			*s = NULL;
		}
}

int
conf_load(struct conf *c, const char *path, char *err, size_t errlen)
{
	enum log_level level;

	memset(c, 0, sizeof(*c));
	if (conf_parse(conf_keys, conf_nkeys, c, path, err, errlen) < 0)
		return -1;
	if (strncmp(c->listen, "unix:", 5) != 0 && strchr(c->listen, ':') == NULL) {
		snprintf(err, errlen, "%s: [server] listen must be unix:/path or host:port",
		    path);
		return -1;
	}
	if (strcmp(c->oidc_token_auth, "client_secret_basic") != 0 &&
	    strcmp(c->oidc_token_auth, "client_secret_post") != 0) {
		snprintf(err, errlen, "%s: [oidc] token_endpoint_auth_method must be "
		    "client_secret_basic or client_secret_post", path);
		return -1;
	}
	if (log_level_parse(c->log_level, &level) < 0) {
		snprintf(err, errlen, "%s: [server] log_level must be error, warn, info or debug",
		    path);
		return -1;
	}
	return 0;
}

void
conf_release(struct conf *c)
{
	conf_free_strings(conf_keys, conf_nkeys, c);
}
