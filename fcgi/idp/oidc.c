/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The OpenID Provider's protocol endpoints (OpenID Connect Core 1.0,
 * RFC 6749, RFC 7636, RP-Initiated Logout 1.0). The pending request of a
 * login lives in Redis as the transaction "tx", named by the csam_tx
 * cookie; login.c calls idp_finish_login() when the person is known.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <openssl/evp.h>

#include "crypto.h"
#include "idp.h"
#include "log.h"
#include "people.h"
#include "render.h"
#include "store.h"
#include "xalloc.h"
#include "banned.h"

#define SESSION_COOKIE	"csam_sid"

/* The assurance level each key gives, as the federal FAS names them. */
static const struct {
	const char	*method;
	const char	*acr;
} levels[] = {
	{ "mail", "urn:be:fedict:iam:fas:Level300" },
	{ "app", "urn:be:fedict:iam:fas:Level400" },
	{ "eidas", "urn:be:fedict:iam:fas:Level400" },
	{ "itsme", "urn:be:fedict:iam:fas:Level450" },
	{ "eid", "urn:be:fedict:iam:fas:Level500" },
};

static const char *
acr_of(const char *method)
{
	size_t i;

	for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		if (strcmp(levels[i].method, method) == 0)
			return levels[i].acr;
	return levels[0].acr;
}

static const char *
jstr(const json_t *o, const char *name)
{
	return json_string_value(json_object_get(o, name));
}

/* 1 when `word` is one of the space-separated words of `list`. */
static int
has_word(const char *list, const char *word)
{
	size_t n = strlen(word);
	const char *p = list;

	/* "a b" must not match the two registered words a and b. */
	if (n == 0 || strchr(word, ' ') != NULL)
		return 0;

	while (p != NULL && *p != '\0') {
		while (*p == ' ')
			p++;
		if (strncmp(p, word, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
			return 1;
		p = strchr(p, ' ');
	}
	return 0;
}

/* The value of a parameter that must not be repeated (RFC 6749 3.1). */
static const char *
single(const struct kv_list *l, const char *name, int *repeated)
{
	const char *v = NULL;
	size_t i;

	for (i = 0; i < l->count; i++)
		if (strcmp(l->items[i].name, name) == 0) {
			if (v != NULL)
				*repeated = 1;
			v = l->items[i].value;
		}
	return v;
}

/* RFC 7636 4.1: 43 to 128 unreserved characters (a challenge is 43). */
static int
pkce_shape(const char *s, size_t min, size_t max)
{
	size_t n = s ? strlen(s) : 0;

	return n >= min && n <= max &&
	    strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~") == n;
}

/* Send the browser to `uri` with the query `params` (already encoded) and state. */
static int
redirect_to_client(struct idp_req *r, const char *uri, const char *params, const char *state)
{
	struct buf url = BUF_INIT;
	int status;

	buf_adds(&url, uri);
	buf_addc(&url, strchr(uri, '?') ? '&' : '?');
	buf_adds(&url, params);
	if (state != NULL) {
		buf_adds(&url, "&state=");
		url_encode(&url, state);
	}
	/* RFC 9207: tell the client which provider answers. */
	buf_adds(&url, "&iss=");
	url_encode(&url, r->idp->conf->issuer);
	status = idp_redirect(r, url.ptr);
	buf_release(&url);
	return status;
}

/* An authorization error sent back to the (validated) redirect URI. */
static int
authorize_error(struct idp_req *r, const char *uri, const char *state, const char *error,
    const char *description)
{
	struct buf p = BUF_INIT;
	int status;

	log_info("authorize refused: %s (%s)", error, description);
	buf_addf(&p, "error=%s&error_description=", error);
	url_encode(&p, description);
	status = redirect_to_client(r, uri, p.ptr, state);
	buf_release(&p);
	return status;
}

/* A token endpoint error (RFC 6749 5.2). */
static int
token_error(struct idp_req *r, int status, const char *error, const char *description)
{
	json_t *o = json_pack("{s:s, s:s}", "error", error, "error_description", description);
	char *s = json_dumps(o, JSON_COMPACT);

	log_info("token refused: %s (%s)", error, description);
	status = idp_json(r, status, s);
	free(s);
	json_decref(o);
	return status;
}

int
idp_discovery(struct idp_req *r)
{
	const char *iss = r->idp->conf->issuer;
	struct buf u[5] = { BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT };
	json_t *o;
	char *s;
	int i, status;

	buf_addf(&u[0], "%s/authorize", iss);
	buf_addf(&u[1], "%s/token", iss);
	buf_addf(&u[2], "%s/userinfo", iss);
	buf_addf(&u[3], "%s/jwks", iss);
	buf_addf(&u[4], "%s/logout", iss);
	o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:[s], s:[s], s:[s], s:[s], s:[s], "
	    "s:[s,s], s:[s,s,s,s], s:[s], s:[s,s,s,s], s:[s,s,s,s,s,s,s,s,s,s,s,s], "
	    "s:[s,s,s,s], s:b, s:b}",
	    "issuer", iss,
	    "authorization_endpoint", u[0].ptr,
	    "token_endpoint", u[1].ptr,
	    "userinfo_endpoint", u[2].ptr,
	    "jwks_uri", u[3].ptr,
	    "end_session_endpoint", u[4].ptr,
	    "response_types_supported", "code",
	    "response_modes_supported", "query",
	    "grant_types_supported", "authorization_code",
	    "subject_types_supported", "public",
	    "id_token_signing_alg_values_supported", "RS256",
	    "token_endpoint_auth_methods_supported", "client_secret_basic",
	    "client_secret_post",
	    "scopes_supported", "openid", "profile", "email", "egovnrn",
	    "code_challenge_methods_supported", "S256",
	    "acr_values_supported", acr_of("mail"), acr_of("app"), acr_of("itsme"),
	    acr_of("eid"),
	    "claims_supported", "iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "acr",
	    "niss", "given_name", "family_name", "email",
	    "ui_locales_supported", "fr", "nl", "de", "en",
	    "authorization_response_iss_parameter_supported", 1,
	    "claims_parameter_supported", 0);
	s = json_dumps(o, JSON_COMPACT);
	status = idp_json(r, 200, s);
	free(s);
	json_decref(o);
	for (i = 0; i < 5; i++)
		buf_release(&u[i]);
	return status;
}

int
idp_jwks(struct idp_req *r)
{
	struct buf b = BUF_INIT;
	int status;

	keys_jwks(&r->idp->keys, &b);
	status = idp_send(r, 200, "application/jwk-set+json", b.ptr, b.len);
	buf_release(&b);
	return status;
}

/*
 * Issue the code for the request `req` (a tx object) and the person `uid`
 * who signed in with `acr` at `auth_time`; redirect to the client.
 */
static int
issue_code(struct idp_req *r, json_t *req, const char *uid, const char *acr,
    json_int_t auth_time)
{
	const struct idp_conf *c = r->idp->conf;
	struct buf code = BUF_INIT, p = BUF_INIT;
	json_t *o;
	int status;

	o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:I}",
	    "client_id", jstr(req, "client_id"), "redirect_uri", jstr(req, "redirect_uri"),
	    "nonce", jstr(req, "nonce"), "challenge", jstr(req, "challenge"),
	    "scope", jstr(req, "scope"), "uid", uid, "acr", acr, "auth_time", auth_time);
	if (o == NULL || crypto_random_b64url(&code, 32) < 0 ||
	    store_put(r->idp->redis, "code", code.ptr, o, c->auth_code_ttl) < 0) {
		status = authorize_error(r, jstr(req, "redirect_uri"), jstr(req, "state"),
		    "temporarily_unavailable", "the provider cannot store the code");
		goto out;
	}
	buf_adds(&p, "code=");
	buf_adds(&p, code.ptr);
	status = redirect_to_client(r, jstr(req, "redirect_uri"), p.ptr, jstr(req, "state"));
out:
	json_decref(o);
	buf_release(&code);
	buf_release(&p);
	return status;
}

int
idp_finish_login(struct idp_req *r, const char *tx, const char *uid, const char *method)
{
	const struct idp_conf *c = r->idp->conf;
	struct buf sid = BUF_INIT;
	json_t *req = NULL, *sess = NULL;
	json_int_t now = (json_int_t)time(NULL);
	int status;

	if (store_get(r->idp->redis, "tx", tx, 1, &req) != STORE_OK) {
		status = idp_error_page(r, 400, "error.expired");
		goto out;
	}
	idp_cookie(r, TX_COOKIE, "", 0);
	sess = json_pack("{s:s, s:s, s:I}", "uid", uid, "acr", acr_of(method), "auth_time", now);
	if (crypto_random_b64url(&sid, 32) == 0 &&
	    store_put(r->idp->redis, "sess", sid.ptr, sess, c->session_ttl) == 0)
		idp_cookie(r, SESSION_COOKIE, sid.ptr, c->session_ttl);
	log_info("login: %s key", method);
	status = issue_code(r, req, uid, acr_of(method), now);
out:
	json_decref(req);
	json_decref(sess);
	buf_release(&sid);
	return status;
}

/*
 * GET /authorize. Without a registered client and one of its redirect
 * URIs: an error page (400). Other errors go back to the client. A valid
 * request continues at the key page, or straight back with a code when
 * the browser has a session here (unless prompt=login).
 */
int
idp_authorize(struct idp_req *r)
{
	const struct idp_conf *c = r->idp->conf;
	const char *client_id, *redirect_uri, *state, *response_type, *scope, *nonce,
	    *challenge, *method, *prompt, *locales, *sid;
	struct buf tx = BUF_INIT, csrf = BUF_INIT;
	json_t *req = NULL, *sess = NULL;
	int repeated = 0, status;

	client_id = single(&r->args, "client_id", &repeated);
	redirect_uri = single(&r->args, "redirect_uri", &repeated);
	if (client_id == NULL || strcmp(client_id, c->client_id) != 0) {
		log_info("authorize refused: unknown client");
		return idp_error_page(r, 400, "error.client");
	}
	if (redirect_uri == NULL || !has_word(c->redirect_uris, redirect_uri) || repeated) {
		log_info("authorize refused: redirect_uri not registered");
		return idp_error_page(r, 400, "error.redirect-uri");
	}
	state = single(&r->args, "state", &repeated);
	response_type = single(&r->args, "response_type", &repeated);
	scope = single(&r->args, "scope", &repeated);
	nonce = single(&r->args, "nonce", &repeated);
	challenge = single(&r->args, "code_challenge", &repeated);
	method = single(&r->args, "code_challenge_method", &repeated);
	prompt = single(&r->args, "prompt", &repeated);
	locales = single(&r->args, "ui_locales", &repeated);
	/* Which of a repeated state is the client's own? Echo none. */
	if (repeated)
		return authorize_error(r, redirect_uri, NULL, "invalid_request",
		    "a parameter is repeated");
	if (kv_get(&r->args, "request") || kv_get(&r->args, "request_uri"))
		return authorize_error(r, redirect_uri, state, "request_not_supported",
		    "request objects are not supported");
	if (response_type == NULL || strcmp(response_type, "code") != 0)
		return authorize_error(r, redirect_uri, state, "unsupported_response_type",
		    "response_type must be code");
	if (state == NULL || state[0] == '\0')
		return authorize_error(r, redirect_uri, NULL, "invalid_request",
		    "state is required");
	if (scope == NULL || !has_word(scope, "openid"))
		return authorize_error(r, redirect_uri, state, "invalid_scope",
		    "scope must include openid");
	if (nonce == NULL || nonce[0] == '\0')
		return authorize_error(r, redirect_uri, state, "invalid_request",
		    "nonce is required");
	if (challenge == NULL)
		return authorize_error(r, redirect_uri, state, "invalid_request",
		    "code_challenge is required (PKCE)");
	if (method == NULL || strcmp(method, "S256") != 0)
		return authorize_error(r, redirect_uri, state, "invalid_request",
		    "code_challenge_method must be S256");
	if (!pkce_shape(challenge, 43, 43))
		return authorize_error(r, redirect_uri, state, "invalid_request",
		    "code_challenge is not a base64url SHA-256");

	/* The csrf token guards the key pages' forms of this transaction. */
	if (crypto_random_b64url(&csrf, 32) < 0) {
		status = authorize_error(r, redirect_uri, state, "temporarily_unavailable",
		    "no random numbers");
		goto out;
	}
	req = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "client_id", client_id,
	    "redirect_uri", redirect_uri, "state", state, "nonce", nonce,
	    "challenge", challenge, "scope", scope, "csrf", csrf.ptr);
	sid = kv_get(&r->cookies, SESSION_COOKIE);
	if (sid != NULL && (prompt == NULL || !has_word(prompt, "login")) &&
	    store_get(r->idp->redis, "sess", sid, 0, &sess) == STORE_OK) {
		status = issue_code(r, req, jstr(sess, "uid"), jstr(sess, "acr"),
		    json_integer_value(json_object_get(sess, "auth_time")));
		goto out;
	}
	if (prompt != NULL && has_word(prompt, "none")) {
		status = authorize_error(r, redirect_uri, state, "login_required",
		    "no session at the provider");
		goto out;
	}
	if (crypto_random_b64url(&tx, 32) < 0 ||
	    store_put(r->idp->redis, "tx", tx.ptr, req, c->transaction_ttl) < 0) {
		status = authorize_error(r, redirect_uri, state, "temporarily_unavailable",
		    "the provider cannot store the request");
		goto out;
	}
	idp_cookie(r, TX_COOKIE, tx.ptr, c->transaction_ttl);
	if (locales != NULL) {
		char two[3] = { locales[0], locales[0] ? locales[1] : '\0', '\0' };
		struct buf url = BUF_INIT;

		buf_addf(&url, "/login?lang=%s", render_lang_index(two) >= 0 ? two : r->lang);
		status = idp_redirect(r, url.ptr);
		buf_release(&url);
	} else
		status = idp_redirect(r, "/login");
out:
	json_decref(req);
	json_decref(sess);
	buf_release(&tx);
	buf_release(&csrf);
	return status;
}

/* Standard base64 decode of s into out. 0 or -1. */
static int
b64_decode(struct buf *out, const char *s)
{
	size_t len = strlen(s), pad = 0;
	unsigned char *raw;
	int n;

	if (len == 0 || len % 4 != 0)
		return -1;
	raw = xmalloc(len);
	n = EVP_DecodeBlock(raw, (const unsigned char *)s, (int)len);
	if (n >= 0) {
		pad = (s[len - 1] == '=') + (s[len - 2] == '=');
		buf_add(out, raw, (size_t)n - pad);
	}
	free(raw);
	return n < 0 ? -1 : 0;
}

/*
 * The client of a token request: HTTP Basic (RFC 6749 2.3.1: both parts
 * form-urlencoded) or client_id and client_secret in the body, not both.
 * 0 when it is the registered client with its secret, else the status
 * already answered.
 */
static int
authenticate_client(struct idp_req *r)
{
	const struct idp_conf *c = r->idp->conf;
	const char *auth = idp_env(r, "HTTP_AUTHORIZATION");
	const char *body_id = kv_get(&r->form, "client_id");
	const char *body_secret = kv_get(&r->form, "client_secret");
	struct buf raw = BUF_INIT, id = BUF_INIT, secret = BUF_INIT;
	int basic = auth != NULL && strncasecmp(auth, "Basic ", 6) == 0, status = 0, got = 0;
	char *colon;

	if (basic && body_secret != NULL) {
		status = token_error(r, 400, "invalid_request", "use one client authentication method");
		goto out;
	}
	if (basic)
		got = b64_decode(&raw, auth + 6) == 0 && memchr(raw.ptr, '\0', raw.len) == NULL &&
		    (colon = strchr(raw.ptr, ':')) != NULL &&
		    url_decode(&id, raw.ptr, (size_t)(colon - raw.ptr), 1) == 0 &&
		    url_decode(&secret, colon + 1, strlen(colon + 1), 1) == 0 &&
		    (body_id == NULL || strcmp(body_id, id.ptr) == 0);
	else if (body_id != NULL && body_secret != NULL) {
		buf_adds(&id, body_id);
		buf_adds(&secret, body_secret);
		got = 1;
	}
	if (got && strcmp(id.ptr, c->client_id) == 0 && crypto_equal(secret.ptr, c->client_secret))
		goto out;
	if (basic)
		idp_header(r, "WWW-Authenticate", "Basic realm=\"csam-dev\"");
	status = token_error(r, 401, "invalid_client", "client authentication failed");
out:
	memset(secret.ptr, 0, secret.len);
	buf_release(&raw);
	buf_release(&id);
	buf_release(&secret);
	return status;
}

/* The claims about `p` that `scope` releases, into o. */
static void
add_person_claims(json_t *o, const struct person *p, const char *scope)
{
	if (has_word(scope, "profile")) {
		if (p->given_name)
			json_object_set_new(o, "given_name", json_string(p->given_name));
		if (p->family_name)
			json_object_set_new(o, "family_name", json_string(p->family_name));
		if (p->locale)
			json_object_set_new(o, "locale", json_string(p->locale));
	}
	if (has_word(scope, "email") && p->email)
		json_object_set_new(o, "email", json_string(p->email));
	/* The national number only with egovnrn, as the federal FAS does. */
	if (has_word(scope, "egovnrn") && p->niss)
		json_object_set_new(o, "niss", json_string(p->niss));
}

/* The signed id_token for the redeemed `code`, into out. 0, or an HTTP status answered. */
static int
make_id_token(struct idp_req *r, const json_t *code, const struct person *p, struct buf *out)
{
	const struct idp_conf *c = r->idp->conf;
	struct buf sub = BUF_INIT;
	json_int_t now = (json_int_t)time(NULL);
	json_t *claims;
	char *payload = NULL;
	int rc = 0;

	keys_subject(&r->idp->keys, jstr(code, "uid"), &sub);
	claims = json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:O, s:s, s:s}",
	    "iss", c->issuer, "sub", sub.ptr, "aud", c->client_id, "azp", c->client_id,
	    "iat", now, "exp", now + c->id_token_ttl,
	    "auth_time", json_object_get(code, "auth_time"),
	    "nonce", jstr(code, "nonce"), "acr", jstr(code, "acr"));
	if (claims != NULL)
		add_person_claims(claims, p, jstr(code, "scope"));
	if (claims == NULL || (payload = json_dumps(claims, JSON_COMPACT)) == NULL ||
	    keys_sign(&r->idp->keys, payload, out) < 0)
		rc = token_error(r, 500, "server_error", "cannot sign the id_token");
	free(payload);
	json_decref(claims);
	buf_release(&sub);
	return rc;
}

/* A code presented twice: revoke what its first use issued (RFC 6749 4.1.2). */
static void
revoke_replayed(struct idp_req *r, const char *code)
{
	json_t *used = NULL;

	if (store_get(r->idp->redis, "used", code, 1, &used) == STORE_OK) {
		log_warn("authorization code replayed: its access token is revoked");
		store_del(r->idp->redis, "at", jstr(used, "at"));
	}
	json_decref(used);
}

/* POST /token: the authorization code grant. JSON answers only. */
int
idp_token(struct idp_req *r)
{
	const struct idp_conf *c = r->idp->conf;
	int repeated = 0;
	const char *grant = single(&r->form, "grant_type", &repeated);
	const char *code = single(&r->form, "code", &repeated);
	const char *redirect_uri = single(&r->form, "redirect_uri", &repeated);
	const char *verifier = single(&r->form, "code_verifier", &repeated);
	struct buf challenge = BUF_INIT, at = BUF_INIT, idt = BUF_INIT;
	struct person p;
	json_t *stored = NULL, *token = NULL, *resp = NULL;
	enum store_status st;
	char *s = NULL;
	int status;

	memset(&p, 0, sizeof(p));
	single(&r->form, "client_id", &repeated);
	single(&r->form, "client_secret", &repeated);
	if (repeated) {
		status = token_error(r, 400, "invalid_request", "a parameter is repeated");
		goto out;
	}
	if ((status = authenticate_client(r)) != 0)
		goto out;
	if (grant == NULL || code == NULL || redirect_uri == NULL) {
		status = token_error(r, 400, "invalid_request",
		    "grant_type, code and redirect_uri are required");
		goto out;
	}
	if (strcmp(grant, "authorization_code") != 0) {
		status = token_error(r, 400, "unsupported_grant_type",
		    "only authorization_code is supported");
		goto out;
	}
	st = store_get(r->idp->redis, "code", code, 1, &stored);
	if (st == STORE_DOWN) {
		status = token_error(r, 503, "temporarily_unavailable", "state store unavailable");
		goto out;
	}
	if (st != STORE_OK) {
		revoke_replayed(r, code);
		status = token_error(r, 400, "invalid_grant", "unknown, expired or used code");
		goto out;
	}
	if (strcmp(jstr(stored, "client_id"), c->client_id) != 0 ||
	    strcmp(jstr(stored, "redirect_uri"), redirect_uri) != 0) {
		status = token_error(r, 400, "invalid_grant",
		    "the code was issued to another client or redirect_uri");
		goto out;
	}
	if (!pkce_shape(verifier, 43, 128)) {
		status = token_error(r, 400, "invalid_grant", "code_verifier missing or malformed");
		goto out;
	}
	crypto_pkce_s256(&challenge, verifier);
	if (!crypto_equal(challenge.ptr, jstr(stored, "challenge"))) {
		status = token_error(r, 400, "invalid_grant", "PKCE verification failed");
		goto out;
	}
	switch (people_get(c, jstr(stored, "uid"), &p)) {
	case PEOPLE_OK:
		break;
	case PEOPLE_NOT_FOUND:
		status = token_error(r, 400, "invalid_grant", "the person is no longer known");
		goto out;
	default:
		status = token_error(r, 503, "temporarily_unavailable", "directory unavailable");
		goto out;
	}
	token = json_pack("{s:s, s:s, s:s}", "uid", jstr(stored, "uid"),
	    "scope", jstr(stored, "scope"), "client_id", c->client_id);
	if (crypto_random_b64url(&at, 32) < 0 ||
	    store_put(r->idp->redis, "at", at.ptr, token, c->access_token_ttl) < 0) {
		status = token_error(r, 503, "temporarily_unavailable", "state store unavailable");
		goto out;
	}
	json_decref(token);
	token = json_pack("{s:s}", "at", at.ptr);
	store_put(r->idp->redis, "used", code, token, c->access_token_ttl);
	if ((status = make_id_token(r, stored, &p, &idt)) != 0)
		goto out;
	resp = json_pack("{s:s, s:s, s:i, s:s, s:s}", "access_token", at.ptr,
	    "token_type", "Bearer", "expires_in", c->access_token_ttl,
	    "id_token", idt.ptr, "scope", jstr(stored, "scope"));
	s = json_dumps(resp, JSON_COMPACT);
	status = idp_json(r, 200, s);
out:
	person_release(&p);
	json_decref(stored);
	json_decref(token);
	json_decref(resp);
	free(s);
	buf_release(&challenge);
	buf_release(&at);
	buf_release(&idt);
	return status;
}

/* 401 with the Bearer challenge of RFC 6750 3. */
static int
bearer_refused(struct idp_req *r, const char *error)
{
	struct buf h = BUF_INIT;
	int status;

	buf_adds(&h, "Bearer realm=\"csam-dev\"");
	if (error != NULL)
		buf_addf(&h, ", error=\"%s\"", error);
	idp_header(r, "WWW-Authenticate", h.ptr);
	status = idp_json(r, 401, error ? "{\"error\":\"invalid_token\"}" :
	    "{\"error\":\"invalid_request\"}");
	buf_release(&h);
	return status;
}

/* GET or POST /userinfo with Authorization: Bearer. */
int
idp_userinfo(struct idp_req *r)
{
	const char *auth = idp_env(r, "HTTP_AUTHORIZATION");
	struct buf sub = BUF_INIT;
	struct person p;
	json_t *token = NULL, *o = NULL;
	enum store_status st;
	char *s = NULL;
	int status;

	memset(&p, 0, sizeof(p));
	if (auth == NULL || strncasecmp(auth, "Bearer ", 7) != 0)
		return bearer_refused(r, NULL);
	st = store_get(r->idp->redis, "at", auth + 7, 0, &token);
	if (st == STORE_DOWN) {
		status = idp_json(r, 503, "{\"error\":\"temporarily_unavailable\"}");
		goto out;
	}
	if (st != STORE_OK) {
		status = bearer_refused(r, "invalid_token");
		goto out;
	}
	switch (people_get(r->idp->conf, jstr(token, "uid"), &p)) {
	case PEOPLE_OK:
		break;
	case PEOPLE_NOT_FOUND:
		status = bearer_refused(r, "invalid_token");
		goto out;
	default:
		status = idp_json(r, 503, "{\"error\":\"temporarily_unavailable\"}");
		goto out;
	}
	keys_subject(&r->idp->keys, jstr(token, "uid"), &sub);
	o = json_pack("{s:s}", "sub", sub.ptr);
	add_person_claims(o, &p, jstr(token, "scope"));
	s = json_dumps(o, JSON_COMPACT);
	status = idp_json(r, 200, s);
out:
	person_release(&p);
	json_decref(token);
	json_decref(o);
	free(s);
	buf_release(&sub);
	return status;
}

/* 1 when the id_token_hint is one of ours for the registered client. */
static int
hint_valid(struct idp_req *r, const char *hint)
{
	struct buf payload = BUF_INIT;
	json_t *claims = NULL;
	const json_t *aud;
	int good = 0;

	if (hint == NULL || keys_verify(&r->idp->keys, hint, &payload) < 0 ||
	    (claims = json_loads(payload.ptr, 0, NULL)) == NULL)
		goto out;
	aud = json_object_get(claims, "aud");
	/* An expired token is still a good hint (RP-Initiated Logout 1.0, 2). */
	good = crypto_equal(jstr(claims, "iss"), r->idp->conf->issuer) &&
	    json_is_string(aud) && strcmp(json_string_value(aud), r->idp->conf->client_id) == 0;
out:
	json_decref(claims);
	buf_release(&payload);
	return good;
}

/*
 * GET /logout (end_session_endpoint): end the session here, then return
 * to post_logout_redirect_uri when it is registered and the request names
 * the client (valid id_token_hint or client_id); else a signed-out page.
 */
int
idp_logout(struct idp_req *r)
{
	const struct idp_conf *c = r->idp->conf;
	const char *hint = kv_get(&r->args, "id_token_hint");
	const char *uri = kv_get(&r->args, "post_logout_redirect_uri");
	const char *client_id = kv_get(&r->args, "client_id");
	const char *state = kv_get(&r->args, "state");
	const char *sid = kv_get(&r->cookies, SESSION_COOKIE);
	int hint_ok = hint_valid(r, hint);

	if (hint != NULL && !hint_ok)
		return idp_error_page(r, 400, "error.logout");
	if (client_id != NULL && strcmp(client_id, c->client_id) != 0)
		return idp_error_page(r, 400, "error.client");
	if (uri != NULL && (!has_word(c->post_logout_uris, uri) ||
	    (!hint_ok && client_id == NULL)))
		return idp_error_page(r, 400, "error.redirect-uri");
	if (sid != NULL) {
		store_del(r->idp->redis, "sess", sid);
		idp_cookie(r, SESSION_COOKIE, "", 0);
	}
	log_info("logout");
	if (uri != NULL) {
		struct buf url = BUF_INIT;
		int status;

		buf_adds(&url, uri);
		if (state != NULL) {
			buf_adds(&url, strchr(uri, '?') ? "&state=" : "?state=");
			url_encode(&url, state);
		}
		status = idp_redirect(r, url.ptr);
		buf_release(&url);
		return status;
	}
	idp_page(r, "logged-out");
	return 200;
}
