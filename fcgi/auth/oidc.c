/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjose/cjose.h>
#include <jansson.h>
#include <oauth2/http.h>
#include <oauth2/log.h>
#include <oauth2/mem.h>
#include <oauth2/util.h>

#include "auth/oidc.h"
#include "conf.h"
#include "crypto.h"
#include "kv.h"
#include "log.h"
#include "xalloc.h"
#include "banned.h"

/* Metadata and keys are refreshed after this long, or at once when a kid is unknown. */
#define METADATA_TTL 3600
/* An unknown kid triggers at most one JWKS fetch per this many seconds. */
#define JWKS_MIN_REFETCH 10

struct oidc {
	const struct conf	*conf;
	oauth2_log_t		*log;
	json_t			*metadata;	/* discovery document, issuer checked */
	json_t			*jwks;		/* {"keys": [...]} */
	time_t			 fetched_at;
	time_t			 jwks_fetched_at;
};

/* liboauth2 logs through ours; it never gets a level that prints tokens. */
static void
log_sink(oauth2_log_sink_t *sink, const char *filename, unsigned long line,
    const char *function, oauth2_log_level_t level, const char *msg)
{
	(void)sink;
	(void)function;
	if (level <= OAUTH2_LOG_ERROR)
		log_write(LOG_LEVEL_ERR, filename, (int)line, "liboauth2: %s", msg);
	else
		log_write(LOG_LEVEL_WARN, filename, (int)line, "liboauth2: %s", msg);
}

struct oidc *
oidc_new(const struct conf *c)
{
	struct oidc *o = xcalloc(1, sizeof(*o));

	o->conf = c;
	o->log = oauth2_init(OAUTH2_LOG_WARN,
	    oauth2_log_sink_create(OAUTH2_LOG_WARN, log_sink, NULL));
	return o;
}

void
oidc_free(struct oidc *o)
{
	if (o == NULL)
		return;
	json_decref(o->metadata);
	json_decref(o->jwks);
	oauth2_shutdown(o->log);
	free(o);
}

void
oidc_identity_release(struct oidc_identity *id)
{
	free(id->sub);
	free(id->niss);
	free(id->given_name);
	free(id->family_name);
	free(id->email);
	free(id->locale);
	free(id->acr);
	free(id->id_token);
	memset(id, 0, sizeof(*id));
}

static oauth2_http_call_ctx_t *
call_ctx(struct oidc *o)
{
	oauth2_http_call_ctx_t *ctx = oauth2_http_call_ctx_init(o->log);

	oauth2_http_call_ctx_timeout_set(o->log, ctx, o->conf->oidc_http_timeout);
	if (o->conf->oidc_ca_file[0] != '\0')
		oauth2_http_call_ctx_ca_info_set(o->log, ctx, o->conf->oidc_ca_file);
	return ctx;
}

/* GET a JSON object; NULL (logged) on any failure. */
static json_t *
get_json(struct oidc *o, const char *url, const char *bearer)
{
	oauth2_http_call_ctx_t *ctx = call_ctx(o);
	oauth2_http_status_code_t status = 0;
	char *body = NULL;
	json_t *json = NULL;
	json_error_t jerr;

	if (bearer != NULL)
		oauth2_http_call_ctx_bearer_token_set(o->log, ctx, bearer);
	if (!oauth2_http_get(o->log, url, NULL, ctx, &body, &status) || status != 200) {
		log_err("GET %s: status %lu", url, (unsigned long)status);
		goto out;
	}
	json = json_loads(body, 0, &jerr);
	if (json == NULL || !json_is_object(json)) {
		log_err("GET %s: not a JSON object", url);
		json_decref(json);
		json = NULL;
	}
out:
	oauth2_mem_free(body);
	oauth2_http_call_ctx_free(o->log, ctx);
	return json;
}

static const char *
json_str(const json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

static int
fetch_jwks(struct oidc *o)
{
	json_t *jwks = get_json(o, json_str(o->metadata, "jwks_uri"), NULL);

	if (jwks == NULL || !json_is_array(json_object_get(jwks, "keys"))) {
		json_decref(jwks);
		return log_err("the provider's JWKS has no keys array");
	}
	json_decref(o->jwks);
	o->jwks = jwks;
	o->jwks_fetched_at = time(NULL);
	return 0;
}

/* Discovery: fetch once an hour; the issuer must be exactly the configured one. */
static int
ensure_metadata(struct oidc *o)
{
	static const char *const required[] = {
		"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri",
	};
	struct buf url = BUF_INIT;
	json_t *meta;
	size_t i;
	int rc = -1;

	if (o->metadata != NULL && time(NULL) - o->fetched_at < METADATA_TTL)
		return 0;
	buf_adds(&url, o->conf->oidc_issuer);
	if (url.len > 0 && url.ptr[url.len - 1] == '/')
		url.ptr[--url.len] = '\0';
	buf_adds(&url, "/.well-known/openid-configuration");
	meta = get_json(o, url.ptr, NULL);
	if (meta == NULL)
		goto out;
	for (i = 0; i < sizeof(required) / sizeof(required[0]); i++)
		if (json_str(meta, required[i]) == NULL) {
			log_err("discovery document lacks %s", required[i]);
			goto out;
		}
	if (strcmp(json_str(meta, "issuer"), o->conf->oidc_issuer) != 0) {
		log_err("discovery issuer \"%s\" is not the configured issuer",
		    json_str(meta, "issuer"));
		goto out;
	}
	json_decref(o->metadata);
	o->metadata = meta;
	meta = NULL;
	o->fetched_at = time(NULL);
	rc = fetch_jwks(o);
out:
	json_decref(meta);
	buf_release(&url);
	return rc;
}

enum oidc_error
oidc_authorization_url(struct oidc *o, const char *state, const char *nonce,
    const char *code_challenge, struct buf *url)
{
	const struct conf *c = o->conf;
	const char *endpoint;

	if (ensure_metadata(o) < 0)
		return OIDC_UNAVAILABLE;
	endpoint = json_str(o->metadata, "authorization_endpoint");
	buf_adds(url, endpoint);
	buf_addc(url, strchr(endpoint, '?') ? '&' : '?');
	buf_adds(url, "response_type=code&client_id=");
	url_encode(url, c->oidc_client_id);
	buf_adds(url, "&redirect_uri=");
	url_encode(url, c->oidc_redirect_uri);
	buf_adds(url, "&scope=");
	url_encode(url, c->oidc_scopes);
	buf_adds(url, "&state=");
	url_encode(url, state);
	buf_adds(url, "&nonce=");
	url_encode(url, nonce);
	buf_adds(url, "&code_challenge=");
	url_encode(url, code_challenge);
	buf_adds(url, "&code_challenge_method=S256");
	if (c->oidc_acr_values[0] != '\0') {
		buf_adds(url, "&acr_values=");
		url_encode(url, c->oidc_acr_values);
	}
	return OIDC_OK;
}

/* The JWKS entry for `kid` as a cjose key, or NULL. */
static cjose_jwk_t *
find_key(struct oidc *o, const char *kid)
{
	json_t *keys = json_object_get(o->jwks, "keys"), *k;
	cjose_err err;
	size_t i;

	json_array_foreach(keys, i, k) {
		const char *use = json_str(k, "use");

		if (!crypto_equal(json_str(k, "kid"), kid) || (use && strcmp(use, "sig") != 0))
			continue;
		return cjose_jwk_import_json((cjose_header_t *)k, &err);
	}
	return NULL;
}

/* Whether `aud` (string or array) names the client. */
static int
audience_ok(const json_t *claims, const char *client_id)
{
	const json_t *aud = json_object_get(claims, "aud"), *v;
	const char *azp = json_str(claims, "azp");
	size_t i, n;

	if (azp != NULL && strcmp(azp, client_id) != 0)
		return 0;
	if (json_is_string(aud))
		return strcmp(json_string_value(aud), client_id) == 0;
	if (!json_is_array(aud) || (n = json_array_size(aud)) == 0)
		return 0;
	/* Several audiences: OIDC Core 3.1.3.7 wants azp to be the client. */
	if (n > 1 && azp == NULL)
		return 0;
	json_array_foreach(aud, i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), client_id) == 0)
			return 1;
	return 0;
}

static int
claims_ok(struct oidc *o, const json_t *claims, const char *nonce, long long now)
{
	const struct conf *c = o->conf;
	const json_t *exp = json_object_get(claims, "exp");
	const json_t *iat = json_object_get(claims, "iat");
	long long leeway = c->oidc_clock_leeway;

	if (!crypto_equal(json_str(claims, "iss"), c->oidc_issuer))
		return log_err("id_token: wrong iss");
	if (!audience_ok(claims, c->oidc_client_id))
		return log_err("id_token: wrong aud or azp");
	if (!crypto_equal(json_str(claims, "nonce"), nonce))
		return log_err("id_token: wrong nonce");
	if (!json_is_integer(exp) || json_integer_value(exp) + leeway <= now)
		return log_err("id_token: expired or no exp");
	if (!json_is_integer(iat) || json_integer_value(iat) - leeway > now)
		return log_err("id_token: issued in the future or no iat");
	if (json_str(claims, "sub") == NULL || json_str(claims, "sub")[0] == '\0')
		return log_err("id_token: no sub");
	return 0;
}

enum oidc_error
oidc_validate_id_token(struct oidc *o, const char *id_token, const char *nonce,
    long long now, char **claims_json)
{
	enum oidc_error rc = OIDC_REJECTED;
	cjose_jws_t *jws = NULL;
	cjose_jwk_t *jwk = NULL;
	cjose_header_t *hdr;
	uint8_t *plain = NULL;
	size_t plain_len = 0;
	json_t *claims = NULL;
	const char *alg, *kid;
	cjose_err err;

	*claims_json = NULL;
	if (ensure_metadata(o) < 0)
		return OIDC_UNAVAILABLE;
	jws = cjose_jws_import(id_token, strlen(id_token), &err);
	if (jws == NULL) {
		log_err("id_token: not a JWS (%s)", err.message);
		goto out;
	}
	hdr = cjose_jws_get_protected(jws);
	alg = cjose_header_get(hdr, CJOSE_HDR_ALG, &err);
	kid = cjose_header_get(hdr, CJOSE_HDR_KID, &err);
	/* Only the asymmetric algorithm the provider announces: never none or HS*. */
	if (alg == NULL || strcmp(alg, "RS256") != 0) {
		log_err("id_token: alg %s refused", alg ? alg : "(none)");
		goto out;
	}
	if (kid == NULL) {
		log_err("id_token: no kid");
		goto out;
	}
	jwk = find_key(o, kid);
	if (jwk == NULL && time(NULL) - o->jwks_fetched_at >= JWKS_MIN_REFETCH) {
		/* Maybe the provider rotated its keys: fetch them once more. */
		if (fetch_jwks(o) < 0) {
			rc = OIDC_UNAVAILABLE;
			goto out;
		}
		jwk = find_key(o, kid);
	}
	if (jwk == NULL) {
		log_err("id_token: unknown kid");
		goto out;
	}
	if (!cjose_jws_verify(jws, jwk, &err)) {
		log_err("id_token: bad signature");
		goto out;
	}
	if (!cjose_jws_get_plaintext(jws, &plain, &plain_len, &err) ||
	    (claims = json_loadb((const char *)plain, plain_len, 0, NULL)) == NULL ||
	    !json_is_object(claims)) {
		log_err("id_token: payload is not a JSON object");
		goto out;
	}
	if (claims_ok(o, claims, nonce, now) < 0)
		goto out;
	*claims_json = json_dumps(claims, JSON_COMPACT);
	rc = *claims_json ? OIDC_OK : OIDC_REJECTED;
out:
	json_decref(claims);
	if (jwk != NULL)
		cjose_jwk_release(jwk);
	if (jws != NULL)
		cjose_jws_release(jws);
	return rc;
}

/*
 * POST the code to the token endpoint; the parsed answer, or NULL with
 * *why: a 4xx (invalid_grant: a replayed or foreign code) is a refusal,
 * anything else the provider being unavailable.
 */
static json_t *
exchange_code(struct oidc *o, const char *code, const char *verifier, enum oidc_error *why)
{
	const struct conf *c = o->conf;
	oauth2_http_call_ctx_t *ctx = call_ctx(o);
	oauth2_nv_list_t *form = oauth2_nv_list_init(o->log);
	oauth2_http_status_code_t status = 0;
	char *body = NULL;
	json_t *json = NULL;

	oauth2_nv_list_add(o->log, form, "grant_type", "authorization_code");
	oauth2_nv_list_add(o->log, form, "code", code);
	oauth2_nv_list_add(o->log, form, "redirect_uri", c->oidc_redirect_uri);
	oauth2_nv_list_add(o->log, form, "code_verifier", verifier);
	if (strcmp(c->oidc_token_auth, "client_secret_post") == 0) {
		oauth2_nv_list_add(o->log, form, "client_id", c->oidc_client_id);
		oauth2_nv_list_add(o->log, form, "client_secret", c->oidc_client_secret);
	} else
		/* RFC 6749 2.3.1: form-encode id and secret before Basic. */
		oauth2_http_call_ctx_basic_auth_set(o->log, ctx, c->oidc_client_id,
		    c->oidc_client_secret, true);
	*why = OIDC_UNAVAILABLE;
	if (!oauth2_http_post_form(o->log, json_str(o->metadata, "token_endpoint"), form,
	    ctx, &body, &status) || status != 200) {
		log_err("token endpoint: status %lu", (unsigned long)status);
		if (status >= 400 && status < 500)
			*why = OIDC_REJECTED;
		goto out;
	}
	json = json_loads(body, 0, NULL);
	if (!json_is_object(json) || json_str(json, "id_token") == NULL ||
	    json_str(json, "access_token") == NULL) {
		log_err("token endpoint: answer lacks id_token or access_token");
		json_decref(json);
		json = NULL;
	}
out:
	oauth2_mem_free(body);
	oauth2_nv_list_free(o->log, form);
	oauth2_http_call_ctx_free(o->log, ctx);
	return json;
}

static char *
dup_claim(const json_t *a, const json_t *b, const char *name, const char *alias)
{
	const char *v = json_str(b, name);

	if (v == NULL && alias != NULL)
		v = json_str(b, alias);
	if (v == NULL)
		v = json_str(a, name);
	if (v == NULL && alias != NULL)
		v = json_str(a, alias);
	return v ? xstrdup(v) : NULL;
}

enum oidc_error
oidc_redeem(struct oidc *o, const char *code, const char *verifier, const char *nonce,
    struct oidc_identity *id)
{
	enum oidc_error rc = OIDC_UNAVAILABLE;
	json_t *token = NULL, *claims = NULL, *info = NULL;
	char *claims_json = NULL;
	const char *endpoint;

	memset(id, 0, sizeof(*id));
	if (ensure_metadata(o) < 0 || (token = exchange_code(o, code, verifier, &rc)) == NULL)
		goto out;
	rc = oidc_validate_id_token(o, json_str(token, "id_token"), nonce,
	    (long long)time(NULL), &claims_json);
	if (rc != OIDC_OK)
		goto out;
	claims = json_loads(claims_json, 0, NULL);
	endpoint = json_str(o->metadata, "userinfo_endpoint");
	if (endpoint != NULL) {
		info = get_json(o, endpoint, json_str(token, "access_token"));
		if (info == NULL) {
			rc = OIDC_UNAVAILABLE;
			goto out;
		}
		/* OIDC Core 5.3.2: userinfo about someone else must be refused. */
		if (!crypto_equal(json_str(info, "sub"), json_str(claims, "sub"))) {
			log_err("userinfo sub differs from the id_token sub");
			rc = OIDC_REJECTED;
			goto out;
		}
	}
	id->sub = xstrdup(json_str(claims, "sub"));
	id->niss = dup_claim(claims, info, "niss", "egovNRN");
	id->given_name = dup_claim(claims, info, "given_name", "givenName");
	id->family_name = dup_claim(claims, info, "family_name", "surname");
	id->email = dup_claim(claims, info, "email", NULL);
	id->locale = dup_claim(claims, info, "locale", NULL);
	id->acr = dup_claim(claims, info, "acr", NULL);
	id->id_token = xstrdup(json_str(token, "id_token"));
	rc = OIDC_OK;
out:
	free(claims_json);
	json_decref(token);
	json_decref(claims);
	json_decref(info);
	return rc;
}

int
oidc_end_session_url(struct oidc *o, const char *id_token_hint, struct buf *url)
{
	const char *endpoint;

	if (ensure_metadata(o) < 0 ||
	    (endpoint = json_str(o->metadata, "end_session_endpoint")) == NULL)
		return -1;
	buf_adds(url, endpoint);
	buf_addc(url, strchr(endpoint, '?') ? '&' : '?');
	buf_adds(url, "client_id=");
	url_encode(url, o->conf->oidc_client_id);
	buf_adds(url, "&post_logout_redirect_uri=");
	url_encode(url, o->conf->oidc_post_logout_uri);
	if (id_token_hint != NULL && id_token_hint[0] != '\0') {
		buf_adds(url, "&id_token_hint=");
		url_encode(url, id_token_hint);
	}
	return 0;
}
