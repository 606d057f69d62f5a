/* SPDX-License-Identifier: EUPL-1.2 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "idp.h"
#include "log.h"
#include "banned.h"

#define STR(sec, key, field, def) \
	{ sec, key, CONF_STR, offsetof(struct idp_conf, field), def, 0, 0 }
#define INT(sec, key, field, def, lo, hi) \
	{ sec, key, CONF_INT, offsetof(struct idp_conf, field), def, lo, hi }

/* conf/csam-dev.conf documents exactly these keys (tests/unit/idp_conf_reference.sh). */
static const struct conf_key idp_keys[] = {
	STR("server", "listen", listen, "unix:/run/breakatwork/csam-dev.sock"),
	{ "server", "socket_mode", CONF_OCTAL, offsetof(struct idp_conf, socket_mode), "0660", 0, 0777 },
	INT("server", "workers", workers, "2", 1, 16),
	STR("server", "xsl_dir", xsl_dir, "/usr/local/share/breakatwork/xsl/idp"),
	STR("server", "log_level", log_level, "info"),
	STR("server", "issuer", issuer, "http://127.0.0.1:8081"),
	STR("server", "key_dir", key_dir, "/var/lib/breakatwork/csam-dev"),
	STR("client", "client_id", client_id, "breakatwork"),
	STR("client", "client_secret", client_secret, ""),
	STR("client", "redirect_uris", redirect_uris, "http://127.0.0.1:8080/auth/callback"),
	STR("client", "post_logout_redirect_uris", post_logout_uris, "http://127.0.0.1:8080/"),
	STR("ldap", "uri", ldap_uri, "ldap://127.0.0.1:389"),
	STR("ldap", "bind_dn", ldap_bind_dn, ""),
	STR("ldap", "bind_password", ldap_bind_password, ""),
	STR("ldap", "base_dn", ldap_base_dn, "dc=breakatwork,dc=test"),
	INT("ldap", "timeout", ldap_timeout, "3", 1, 60),
	STR("smtp", "url", smtp_url, "smtp://127.0.0.1:2525"),
	STR("smtp", "from", smtp_from, "csam-dev@breakatwork.test"),
	INT("smtp", "timeout", smtp_timeout, "10", 1, 120),
	INT("login", "max_failures", max_failures, "5", 1, 100),
	INT("login", "lockout", lockout, "900", 1, 86400),
	INT("login", "mail_code_ttl", mail_code_ttl, "300", 30, 3600),
	INT("login", "auth_code_ttl", auth_code_ttl, "60", 5, 600),
	INT("login", "access_token_ttl", access_token_ttl, "600", 60, 86400),
	INT("login", "id_token_ttl", id_token_ttl, "600", 60, 86400),
	INT("login", "session_ttl", session_ttl, "1800", 60, 86400),
	INT("login", "transaction_ttl", transaction_ttl, "900", 60, 3600),
	STR("redis", "host", core.redis_host, "127.0.0.1"),
	INT("redis", "port", core.redis_port, "6379", 1, 65535),
	STR("redis", "socket", core.redis_socket, ""),
	STR("redis", "password", core.redis_password, ""),
	INT("redis", "db", core.redis_db, "0", 0, 255),
	INT("redis", "connect_timeout_ms", core.redis_connect_timeout_ms, "500", 10, 60000),
	INT("redis", "command_timeout_ms", core.redis_command_timeout_ms, "1000", 10, 60000),
};

int
idp_conf_load(struct idp_conf *c, const char *path, char *err, size_t errlen)
{
	enum log_level level;
	size_t n;

	memset(c, 0, sizeof(*c));
	if (conf_parse(idp_keys, sizeof(idp_keys) / sizeof(idp_keys[0]), c, path, err,
	    errlen) < 0)
		return -1;
	if (strncmp(c->listen, "unix:", 5) != 0 && strchr(c->listen, ':') == NULL) {
		snprintf(err, errlen, "%s: [server] listen must be unix:/path or host:port", path);
		return -1;
	}
	if (log_level_parse(c->log_level, &level) < 0) {
		snprintf(err, errlen, "%s: [server] log_level must be error, warn, info or debug",
		    path);
		return -1;
	}
	n = strlen(c->issuer);
	if (n == 0 || c->issuer[n - 1] == '/' || (strncmp(c->issuer, "https://", 8) != 0 &&
	    strncmp(c->issuer, "http://127.0.0.1", 16) != 0)) {
		snprintf(err, errlen, "%s: [server] issuer must be an https URL (http only on "
		    "127.0.0.1) without a trailing slash", path);
		return -1;
	}
	/* A short secret could be guessed; the RP's configuration holds the same value. */
	if (strlen(c->client_secret) < 16) {
		snprintf(err, errlen, "%s: [client] client_secret must have at least 16 characters",
		    path);
		return -1;
	}
	return 0;
}

void
idp_conf_release(struct idp_conf *c)
{
	conf_free_strings(idp_keys, sizeof(idp_keys) / sizeof(idp_keys[0]), c);
}
