/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * test_op: an OpenID Provider for the relying party's integration tests.
 * Correct by default, wrong on purpose when told (GET /mode?m=NAME), so a
 * test can prove the RP refuses each defect. One process, one request per
 * connection, loopback only, everything in memory.
 *
 *   test_op -l 127.0.0.1:PORT -i ISSUER [-c CLIENT_ID] [-s CLIENT_SECRET]
 *
 * Endpoints: /.well-known/openid-configuration, /jwks, /authorize (no
 * login page: it answers at once), /token, /userinfo, /logout; for the
 * tests /mode and /requests (the last requests as JSON lines, secrets
 * masked; ?clear=1 empties the list). Never run it anywhere but in a test.
 *
 * Modes (each lasts until the next /mode?m=): ok; wrong_nonce, wrong_aud,
 * wrong_iss, expired (exp now-3600), future_iat (iat now+600),
 * multi_aud_no_azp: one id_token claim wrong; bad_signature (other key,
 * kid k1), unknown_kid (other key, kid k9), alg_none (unsigned): the JWS
 * wrong; userinfo_sub: userinfo about "someone-else"; error: /authorize
 * answers error=access_denied; reuse_code: codes stay valid after use;
 * replay_no_pkce: that, and PKCE is not checked either.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cjose/cjose.h>
#include <jansson.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "banned.h"

#define MAX_HEAD	16384	/* request line and headers */
#define MAX_BODY	16384
#define MAX_PARAMS	32
#define MAX_CODES	64
#define MAX_TOKENS	64
#define LOG_LINES	50
#define CODE_TTL	60	/* seconds an authorization code lives */
#define TOKEN_TTL	300	/* and an access token */
#define IO_TIMEOUT	5	/* a stuck client must not stall the others for long */

#define SUB		"test-sub-1"
#define GIVEN_NAME	"Ottilie"
#define FAMILY_NAME	"Testop"
#define EMAIL		"ottilie.testop@example.test"
#define NISS		"85073003328"
#define ACR		"urn:be:fedict:iam:fas:Level450"

enum mode {
	MODE_OK, MODE_WRONG_NONCE, MODE_WRONG_AUD, MODE_WRONG_ISS, MODE_EXPIRED,
	MODE_FUTURE_IAT, MODE_BAD_SIGNATURE, MODE_UNKNOWN_KID, MODE_ALG_NONE,
	MODE_USERINFO_SUB, MODE_ERROR, MODE_REUSE_CODE, MODE_REPLAY_NO_PKCE,
	MODE_MULTI_AUD_NO_AZP, MODE_COUNT
};

static const char *const mode_names[MODE_COUNT] = {
	"ok", "wrong_nonce", "wrong_aud", "wrong_iss", "expired",
	"future_iat", "bad_signature", "unknown_kid", "alg_none",
	"userinfo_sub", "error", "reuse_code", "replay_no_pkce",
	"multi_aud_no_azp",
};

struct str {
	char	*p;
	size_t	 len, cap;
};

struct param {
	char	*name;
	char	*value;
};

struct params {
	struct param	 v[MAX_PARAMS];
	size_t		 n;
};

struct request {
	char		*method;
	char		*path;		/* issuer path prefix removed */
	const char	*authorization;
	const char	*content_type;
	struct params	 query;
	struct params	 form;
};

struct response {
	int		 status;
	const char	*type;
	char		*body;		/* owned */
	char		*location;	/* owned */
	const char	*www_authenticate;
};

struct code {
	char	*code;
	char	*client_id;
	char	*redirect_uri;
	char	*nonce;
	char	*challenge;
	time_t	 created;
	bool	 used;
};

struct token {
	char	*value;
	time_t	 created;
};

struct op {
	const char	*issuer;
	char		*base;		/* issuer without a trailing slash */
	const char	*prefix;	/* the issuer's path, inside base */
	const char	*client_id;
	const char	*client_secret;
	cjose_jwk_t	*key;		/* kid k1, the only one in the JWKS */
	cjose_jwk_t	*other;		/* unrelated: bad signature, unknown kid */
	char		*jwks;
	enum mode	 mode;
	struct code	 codes[MAX_CODES];
	size_t		 next_code;
	struct token	 tokens[MAX_TOKENS];
	size_t		 next_token;
	char		*log[LOG_LINES];
	size_t		 next_log;
};

static volatile sig_atomic_t stopping;

static void
on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("test_op: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL)
		die("out of memory");
	return p;
}

static char *
xstrdup(const char *s)
{
	char *d = strdup(s);

	if (d == NULL)
		die("out of memory");
	return d;
}

static void
str_add(struct str *s, const char *data, size_t n)
{
	if (s->len + n + 1 > s->cap) {
		s->cap = (s->len + n + 1) * 2;
		s->p = xrealloc(s->p, s->cap);
	}
	memcpy(s->p + s->len, data, n);
	s->len += n;
	s->p[s->len] = '\0';
}

static void
str_adds(struct str *s, const char *data)
{
	str_add(s, data, strlen(data));
}

static void __attribute__((format(printf, 2, 3)))
str_addf(struct str *s, const char *fmt, ...)
{
	va_list ap;
	char *tmp;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("out of memory");
	str_add(s, tmp, (size_t)n);
	free(tmp);
}

/* RFC 3986 unreserved characters pass; everything else is %XX. */
static void
str_add_urlenc(struct str *s, const char *v)
{
	static const char hex[] = "0123456789ABCDEF";
	char esc[3];

	for (; *v != '\0'; v++) {
		unsigned char c = (unsigned char)*v;

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
			str_add(s, v, 1);
			continue;
		}
		esc[0] = '%';
		esc[1] = hex[c >> 4];
		esc[2] = hex[c & 15];
		str_add(s, esc, 3);
	}
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Form decoding in place ('+' is a space). 0, or -1 on a bad escape or a NUL. */
static int
url_decode(char *s)
{
	char *w = s;
	int hi, lo;

	for (; *s != '\0'; s++, w++) {
		if (*s == '+')
			*w = ' ';
		else if (*s != '%')
			*w = *s;
		else {
			if ((hi = hexval(s[1])) < 0 || (lo = hexval(s[2])) < 0 ||
			    (hi == 0 && lo == 0))
				return -1;
			*w = (char)(hi << 4 | lo);
			s += 2;
		}
	}
	*w = '\0';
	return 0;
}

/* Split a query or form body in place. -1 when malformed, too long or repeated (RFC 6749 3.1). */
static int
parse_params(char *s, struct params *p)
{
	char *next, *eq;
	size_t i;

	for (; s != NULL && *s != '\0'; s = next) {
		if ((next = strchr(s, '&')) != NULL)
			*next++ = '\0';
		if (*s == '\0')
			continue;
		if (p->n == MAX_PARAMS)
			return -1;
		if ((eq = strchr(s, '=')) != NULL)
			*eq++ = '\0';
		if (url_decode(s) < 0 || (eq != NULL && url_decode(eq) < 0))
			return -1;
		for (i = 0; i < p->n; i++)
			if (strcmp(p->v[i].name, s) == 0)
				return -1;
		p->v[p->n].name = s;
		p->v[p->n].value = eq != NULL ? eq : s + strlen(s);
		p->n++;
	}
	return 0;
}

static const char *
param(const struct params *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return p->v[i].value;
	return NULL;
}

static char *
b64url(const unsigned char *data, size_t len)
{
	char *out = NULL, *copy;
	size_t outlen = 0;
	cjose_err err;

	if (!cjose_base64url_encode(data, len, &out, &outlen, &err))
		die("base64url: %s", err.message);
	copy = xstrdup(out);
	cjose_get_dealloc()(out);
	return copy;
}

/* 32 bytes from the CSPRNG, base64url: URL-safe by construction (liboauth2 does not decode). */
static char *
random_token(void)
{
	unsigned char raw[32];

	if (RAND_bytes(raw, sizeof(raw)) != 1)
		die("RAND_bytes failed");
	return b64url(raw, sizeof(raw));
}

static bool
equal(const char *a, const char *b)
{
	size_t n;

	if (a == NULL || b == NULL || (n = strlen(a)) != strlen(b))
		return false;
	return CRYPTO_memcmp(a, b, n) == 0;
}

/* PKCE S256 (RFC 7636 4.6): BASE64URL(SHA256(ASCII(verifier))) == challenge. */
static bool
pkce_ok(const char *verifier, const char *challenge)
{
	unsigned char md[SHA256_DIGEST_LENGTH];
	size_t n;
	char *want;
	bool ok;

	if (verifier == NULL || (n = strlen(verifier)) < 43 || n > 128)
		return false;
	SHA256((const unsigned char *)verifier, n, md);
	want = b64url(md, sizeof(md));
	ok = equal(want, challenge);
	free(want);
	return ok;
}

static void
respond_text(struct response *res, int status, const char *text)
{
	res->status = status;
	res->type = "text/plain; charset=utf-8";
	res->body = xstrdup(text);
}

/* Takes a reference to json. */
static void
respond_json(struct response *res, int status, json_t *json)
{
	res->status = status;
	res->type = "application/json";
	res->body = json_dumps(json, JSON_COMPACT);
	if (res->body == NULL)
		die("json_dumps failed");
	json_decref(json);
}

static void
respond_oauth_error(struct response *res, int status, const char *error, const char *desc)
{
	respond_json(res, status, json_pack("{s:s, s:s}", "error", error,
	    "error_description", desc));
}

/* 302 to uri with the given name/value pairs (NULL values skipped) added to its query. */
static void
redirect(struct response *res, const char *uri, ...)
{
	struct str s = { 0 };
	const char *name, *value;
	char sep = strchr(uri, '?') != NULL ? '&' : '?';
	va_list ap;

	str_adds(&s, uri);
	va_start(ap, uri);
	while ((name = va_arg(ap, const char *)) != NULL) {
		value = va_arg(ap, const char *);
		if (value == NULL)
			continue;
		str_add(&s, &sep, 1);
		sep = '&';
		str_adds(&s, name);
		str_add(&s, "=", 1);
		str_add_urlenc(&s, value);
	}
	va_end(ap);
	res->status = 302;
	res->type = "text/plain; charset=utf-8";
	res->body = xstrdup("redirecting\n");
	res->location = s.p;
}

static char *
endpoint(const struct op *op, const char *path)
{
	struct str s = { 0 };

	str_adds(&s, op->base);
	str_adds(&s, path);
	return s.p;
}

static void
handle_discovery(struct op *op, struct response *res)
{
	char *authz = endpoint(op, "/authorize"), *token = endpoint(op, "/token");
	char *jwks = endpoint(op, "/jwks"), *info = endpoint(op, "/userinfo");
	char *logout = endpoint(op, "/logout");

	respond_json(res, 200, json_pack(
	    "{s:s, s:s, s:s, s:s, s:s, s:s,"
	    " s:[s], s:[s], s:[s], s:[s], s:[s], s:[s,s,s,s], s:[s,s], s:[s],"
	    " s:[s,s,s,s,s,s,s,s,s,s,s]}",
	    "issuer", op->issuer,
	    "authorization_endpoint", authz,
	    "token_endpoint", token,
	    "jwks_uri", jwks,
	    "userinfo_endpoint", info,
	    "end_session_endpoint", logout,
	    "response_types_supported", "code",
	    "response_modes_supported", "query",
	    "grant_types_supported", "authorization_code",
	    "subject_types_supported", "public",
	    "id_token_signing_alg_values_supported", "RS256",
	    "scopes_supported", "openid", "profile", "email", "egovnrn",
	    "token_endpoint_auth_methods_supported", "client_secret_basic",
	    "client_secret_post",
	    "code_challenge_methods_supported", "S256",
	    "claims_supported", "iss", "sub", "aud", "exp", "iat", "nonce",
	    "given_name", "family_name", "email", "niss", "acr"));
	free(authz);
	free(token);
	free(jwks);
	free(info);
	free(logout);
}

/* Whether the space-separated scope list holds "openid". */
static bool
has_openid(const char *scope)
{
	size_t n;

	while (scope != NULL && *scope != '\0') {
		n = strcspn(scope, " ");
		if (n == 6 && strncmp(scope, "openid", 6) == 0)
			return true;
		scope += n;
		scope += strspn(scope, " ");
	}
	return false;
}

static void
handle_authorize(struct op *op, const struct request *rq, struct response *res)
{
	const struct params *q = &rq->query;
	const char *client_id = param(q, "client_id");
	const char *redirect_uri = param(q, "redirect_uri");
	const char *state = param(q, "state");
	const char *nonce = param(q, "nonce");
	const char *challenge = param(q, "code_challenge");
	const char *method = param(q, "code_challenge_method");
	struct code *c;

	/* Without a known client and a usable redirect_uri there is nowhere to send an error. */
	if (client_id == NULL || strcmp(client_id, op->client_id) != 0) {
		respond_text(res, 400, "unknown client_id\n");
		return;
	}
	if (redirect_uri == NULL || strchr(redirect_uri, '#') != NULL ||
	    (strncmp(redirect_uri, "http://", 7) != 0 && strncmp(redirect_uri, "https://", 8) != 0)) {
		respond_text(res, 400, "missing or invalid redirect_uri\n");
		return;
	}
	if (op->mode == MODE_ERROR) {
		redirect(res, redirect_uri, "error", "access_denied",
		    "error_description", "The user cancelled the login (test_op mode error)",
		    "state", state, (const char *)NULL);
		return;
	}
	if (strcmp(param(q, "response_type") ? param(q, "response_type") : "", "code") != 0) {
		redirect(res, redirect_uri, "error", "unsupported_response_type",
		    "state", state, (const char *)NULL);
		return;
	}
	if (!has_openid(param(q, "scope")) || nonce == NULL || challenge == NULL ||
	    method == NULL || strcmp(method, "S256") != 0) {
		redirect(res, redirect_uri, "error", "invalid_request",
		    "error_description", "scope openid, nonce and PKCE S256 are required",
		    "state", state, (const char *)NULL);
		return;
	}
	c = &op->codes[op->next_code++ % MAX_CODES];
	free(c->code);
	free(c->client_id);
	free(c->redirect_uri);
	free(c->nonce);
	free(c->challenge);
	c->code = random_token();
	c->client_id = xstrdup(client_id);
	c->redirect_uri = xstrdup(redirect_uri);
	c->nonce = xstrdup(nonce);
	c->challenge = xstrdup(challenge);
	c->created = time(NULL);
	c->used = false;
	redirect(res, redirect_uri, "code", c->code, "state", state, (const char *)NULL);
}

/* Sign with RS256; the caller picks the key and the kid the header names. */
static char *
sign(const cjose_jwk_t *key, const char *kid, const char *payload)
{
	cjose_header_t *hdr;
	cjose_jws_t *jws = NULL;
	const char *compact = NULL;
	cjose_err err;
	char *out;

	if ((hdr = cjose_header_new(&err)) == NULL ||
	    !cjose_header_set(hdr, CJOSE_HDR_ALG, CJOSE_HDR_ALG_RS256, &err) ||
	    !cjose_header_set(hdr, CJOSE_HDR_KID, kid, &err) ||
	    !cjose_header_set(hdr, "typ", "JWT", &err) ||
	    (jws = cjose_jws_sign(key, hdr, (const uint8_t *)payload, strlen(payload), &err)) == NULL ||
	    !cjose_jws_export(jws, &compact, &err))
		die("signing: %s", err.message);
	out = xstrdup(compact);
	cjose_jws_release(jws);
	cjose_header_release(hdr);
	return out;
}

/*
 * An unsigned JWS (RFC 7515 A.5), built by hand since cjose refuses to make
 * one. It names kid k1 so that only the alg is wrong: an RP that demands a
 * kid must still be caught by its alg check.
 */
static char *
unsigned_jws(const char *payload)
{
	static const char header[] = "{\"alg\":\"none\",\"kid\":\"k1\",\"typ\":\"JWT\"}";
	struct str s = { 0 };
	char *h = b64url((const unsigned char *)header, strlen(header));
	char *p = b64url((const unsigned char *)payload, strlen(payload));

	str_adds(&s, h);
	str_add(&s, ".", 1);
	str_adds(&s, p);
	str_add(&s, ".", 1);
	free(h);
	free(p);
	return s.p;
}

/* The id_token for this code, with the defect the current mode asks for. */
static char *
make_id_token(const struct op *op, const struct code *c)
{
	json_int_t now = (json_int_t)time(NULL), iat = now, exp = now + 300;
	json_t *claims, *aud;
	char *payload, *jwt;

	if (op->mode == MODE_EXPIRED) {
		exp = now - 3600;
		iat = now - 3700;
	} else if (op->mode == MODE_FUTURE_IAT) {
		iat = now + 600;
		exp = now + 900;
	}
	if (op->mode == MODE_WRONG_AUD)
		aud = json_string("someone-elses-client");
	else if (op->mode == MODE_MULTI_AUD_NO_AZP)
		aud = json_pack("[s, s]", c->client_id, "other");
	else
		aud = json_string(c->client_id);
	claims = json_pack("{s:s, s:s, s:o, s:I, s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s}",
	    "iss", op->mode == MODE_WRONG_ISS ? "https://evil.example" : op->issuer,
	    "sub", SUB,
	    "aud", aud,
	    "exp", exp,
	    "iat", iat,
	    "auth_time", iat,
	    "nonce", op->mode == MODE_WRONG_NONCE ? "not-the-nonce-you-sent" : c->nonce,
	    "given_name", GIVEN_NAME,
	    "family_name", FAMILY_NAME,
	    "email", EMAIL,
	    "niss", NISS,
	    "acr", ACR);
	if (claims == NULL || (payload = json_dumps(claims, JSON_COMPACT)) == NULL)
		die("cannot build the id_token claims");
	json_decref(claims);
	switch (op->mode) {
	case MODE_BAD_SIGNATURE:
		jwt = sign(op->other, "k1", payload);
		break;
	case MODE_UNKNOWN_KID:
		jwt = sign(op->other, "k9", payload);
		break;
	case MODE_ALG_NONE:
		jwt = unsigned_jws(payload);
		break;
	default:
		jwt = sign(op->key, "k1", payload);
		break;
	}
	free(payload);
	return jwt;
}

/*
 * Client authentication (RFC 6749 2.3.1): Basic with form-encoded id and
 * secret, or both in the body; never both methods. The client id or NULL.
 */
static const char *
client_auth(const struct op *op, const struct request *rq, char **basic_buf)
{
	const char *id = param(&rq->form, "client_id");
	const char *secret = param(&rq->form, "client_secret");
	const char *auth = rq->authorization;
	uint8_t *raw = NULL;
	size_t len = 0;
	char *colon;
	cjose_err err;

	*basic_buf = NULL;
	if (auth != NULL && strncasecmp(auth, "Basic ", 6) == 0) {
		if (secret != NULL)
			return NULL;
		if (!cjose_base64_decode(auth + 6, strlen(auth + 6), &raw, &len, &err))
			return NULL;
		*basic_buf = xrealloc(NULL, len + 1);
		memcpy(*basic_buf, raw, len);
		(*basic_buf)[len] = '\0';
		cjose_get_dealloc()(raw);
		if (strlen(*basic_buf) != len || (colon = strchr(*basic_buf, ':')) == NULL)
			return NULL;
		*colon = '\0';
		if (url_decode(*basic_buf) < 0 || url_decode(colon + 1) < 0)
			return NULL;
		id = *basic_buf;
		secret = colon + 1;
	}
	if (!equal(id, op->client_id) || !equal(secret, op->client_secret))
		return NULL;
	return id;
}

static struct code *
find_code(struct op *op, const char *value)
{
	size_t i;

	for (i = 0; value != NULL && i < MAX_CODES; i++)
		if (op->codes[i].code != NULL && equal(op->codes[i].code, value))
			return &op->codes[i];
	return NULL;
}

static void
handle_token(struct op *op, const struct request *rq, struct response *res)
{
	const struct params *f = &rq->form;
	const char *grant = param(f, "grant_type");
	char *basic = NULL, *id_token = NULL;
	const char *client;
	struct token *t;
	struct code *c;

	if (rq->content_type == NULL ||
	    strncasecmp(rq->content_type, "application/x-www-form-urlencoded", 33) != 0) {
		respond_oauth_error(res, 400, "invalid_request", "form body expected");
		goto out;
	}
	if ((client = client_auth(op, rq, &basic)) == NULL) {
		respond_oauth_error(res, 401, "invalid_client", "client authentication failed");
		res->www_authenticate = "Basic realm=\"test_op\"";
		goto out;
	}
	if (grant == NULL || strcmp(grant, "authorization_code") != 0) {
		respond_oauth_error(res, 400, "unsupported_grant_type", "authorization_code only");
		goto out;
	}
	c = find_code(op, param(f, "code"));
	if (c == NULL || time(NULL) - c->created > CODE_TTL ||
	    (c->used && op->mode != MODE_REUSE_CODE && op->mode != MODE_REPLAY_NO_PKCE)) {
		respond_oauth_error(res, 400, "invalid_grant", "unknown, expired or used code");
		goto out;
	}
	if (strcmp(c->client_id, client) != 0 ||
	    !equal(param(f, "redirect_uri"), c->redirect_uri)) {
		respond_oauth_error(res, 400, "invalid_grant", "code issued to another client or redirect_uri");
		goto out;
	}
	/* replay_no_pkce plays a provider that forgets PKCE: only the RP's nonce check is left. */
	if (op->mode != MODE_REPLAY_NO_PKCE && !pkce_ok(param(f, "code_verifier"), c->challenge)) {
		respond_oauth_error(res, 400, "invalid_grant", "PKCE verification failed");
		goto out;
	}
	c->used = true;
	t = &op->tokens[op->next_token++ % MAX_TOKENS];
	free(t->value);
	t->value = random_token();
	t->created = time(NULL);
	id_token = make_id_token(op, c);
	respond_json(res, 200, json_pack("{s:s, s:s, s:i, s:s, s:s}",
	    "access_token", t->value,
	    "token_type", "Bearer",
	    "expires_in", TOKEN_TTL,
	    "id_token", id_token,
	    "scope", "openid profile email egovnrn"));
out:
	free(basic);
	free(id_token);
}

static void
handle_userinfo(struct op *op, const struct request *rq, struct response *res)
{
	const char *auth = rq->authorization;
	size_t i;

	for (i = 0; auth != NULL && strncasecmp(auth, "Bearer ", 7) == 0 && i < MAX_TOKENS; i++)
		if (op->tokens[i].value != NULL && equal(op->tokens[i].value, auth + 7) &&
		    time(NULL) - op->tokens[i].created <= TOKEN_TTL)
			break;
	if (auth == NULL || i == MAX_TOKENS || strncasecmp(auth, "Bearer ", 7) != 0) {
		respond_oauth_error(res, 401, "invalid_token", "unknown or expired access token");
		res->www_authenticate = "Bearer error=\"invalid_token\"";
		return;
	}
	respond_json(res, 200, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}",
	    "sub", op->mode == MODE_USERINFO_SUB ? "someone-else" : SUB,
	    "given_name", GIVEN_NAME,
	    "family_name", FAMILY_NAME,
	    "email", EMAIL,
	    "niss", NISS,
	    "locale", "fr"));
}

static void
handle_logout(const struct request *rq, struct response *res)
{
	const char *to = param(&rq->query, "post_logout_redirect_uri");

	if (to == NULL || (strncmp(to, "http://", 7) != 0 && strncmp(to, "https://", 8) != 0)) {
		respond_text(res, 200, "logged out\n");
		return;
	}
	redirect(res, to, "state", param(&rq->query, "state"), (const char *)NULL);
}

static void
handle_mode(struct op *op, const struct request *rq, struct response *res)
{
	const char *m = param(&rq->query, "m");
	struct str s = { 0 };
	int i;

	if (m != NULL) {
		for (i = 0; i < MODE_COUNT && strcmp(mode_names[i], m) != 0; i++)
			;
		if (i == MODE_COUNT) {
			respond_text(res, 400, "unknown mode\n");
			return;
		}
		op->mode = (enum mode)i;
		fprintf(stderr, "test_op: mode %s\n", mode_names[i]);
	}
	str_adds(&s, mode_names[op->mode]);
	str_add(&s, "\n", 1);
	respond_text(res, 200, s.p);
	free(s.p);
}

/* The last LOG_LINES requests, oldest first; ?clear=1 empties the list afterwards. */
static void
handle_requests(struct op *op, const struct request *rq, struct response *res)
{
	struct str s = { 0 };
	size_t i;

	str_adds(&s, "");	/* an empty list is still a body */
	for (i = 0; i < LOG_LINES; i++) {
		char **line = &op->log[(op->next_log + i) % LOG_LINES];

		if (*line == NULL)
			continue;
		str_adds(&s, *line);
		str_add(&s, "\n", 1);
		if (param(&rq->query, "clear") != NULL) {
			free(*line);
			*line = NULL;
		}
	}
	res->status = 200;
	res->type = "application/x-ndjson";
	res->body = s.p;
}

static json_t *
params_json(const struct params *p, bool mask)
{
	json_t *obj = json_object();
	size_t i;

	for (i = 0; i < p->n; i++) {
		bool secret = mask && (strcmp(p->v[i].name, "client_secret") == 0 ||
		    strcmp(p->v[i].name, "password") == 0);

		json_object_set_new(obj, p->v[i].name, json_string(secret ? "***" : p->v[i].value));
	}
	return obj;
}

/* Remember the request for GET /requests: never a secret, a token only by its kind. */
static void
log_request(struct op *op, const struct request *rq, int status)
{
	const char *auth = rq->authorization, *client = NULL;
	char *basic = NULL, *colon;
	json_t *line;
	uint8_t *raw = NULL;
	size_t len = 0;
	cjose_err err;
	char **slot;

	if (auth != NULL && strncasecmp(auth, "Basic ", 6) == 0 &&
	    cjose_base64_decode(auth + 6, strlen(auth + 6), &raw, &len, &err)) {
		basic = xrealloc(NULL, len + 1);
		memcpy(basic, raw, len);
		basic[len] = '\0';
		cjose_get_dealloc()(raw);
		if ((colon = strchr(basic, ':')) != NULL)
			*colon = '\0';
		if (url_decode(basic) == 0)
			client = basic;
	}
	line = json_pack("{s:I, s:s, s:s, s:o, s:o, s:s, s:i}",
	    "time", (json_int_t)time(NULL),
	    "method", rq->method,
	    "path", rq->path,
	    "query", params_json(&rq->query, true),
	    "form", params_json(&rq->form, true),
	    "auth", auth == NULL ? "none" :
	    strncasecmp(auth, "Basic ", 6) == 0 ? "basic" :
	    strncasecmp(auth, "Bearer ", 7) == 0 ? "bearer" : "other",
	    "status", status);
	if (client != NULL)
		json_object_set_new(line, "basic_client_id", json_string(client));
	slot = &op->log[op->next_log++ % LOG_LINES];
	free(*slot);
	if ((*slot = json_dumps(line, JSON_COMPACT)) == NULL)
		die("json_dumps failed");
	json_decref(line);
	free(basic);
}

static void
route(struct op *op, const struct request *rq, struct response *res)
{
	static const struct {
		const char	*method;
		const char	*path;
	} routes[] = {
		{ "GET", "/.well-known/openid-configuration" }, { "GET", "/jwks" },
		{ "GET", "/authorize" }, { "POST", "/token" }, { "GET", "/userinfo" },
		{ "GET", "/logout" }, { "GET", "/mode" }, { "GET", "/requests" },
	};
	size_t i;

	for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++)
		if (strcmp(rq->path, routes[i].path) == 0)
			break;
	if (i == sizeof(routes) / sizeof(routes[0])) {
		respond_text(res, 404, "not found\n");
		return;
	}
	if (strcmp(rq->method, routes[i].method) != 0) {
		respond_text(res, 405, "method not allowed\n");
		return;
	}
	switch (i) {
	case 0:
		handle_discovery(op, res);
		break;
	case 1:
		res->status = 200;
		res->type = "application/json";
		res->body = xstrdup(op->jwks);
		break;
	case 2:
		handle_authorize(op, rq, res);
		break;
	case 3:
		handle_token(op, rq, res);
		break;
	case 4:
		handle_userinfo(op, rq, res);
		break;
	case 5:
		handle_logout(rq, res);
		break;
	case 6:
		handle_mode(op, rq, res);
		break;
	default:
		handle_requests(op, rq, res);
		break;
	}
}

static const char *
reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 302: return "Found";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 413: return "Content Too Large";
	case 431: return "Request Header Fields Too Large";
	case 501: return "Not Implemented";
	default: return "Error";
	}
}

static void
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

static void
send_response(int fd, const struct response *res)
{
	const char *body = res->body != NULL ? res->body : "";
	struct str s = { 0 };

	str_addf(&s, "HTTP/1.1 %d %s\r\n", res->status, reason(res->status));
	str_addf(&s, "Content-Type: %s\r\n", res->type ? res->type : "text/plain");
	str_addf(&s, "Content-Length: %zu\r\n", strlen(body));
	str_adds(&s, "Cache-Control: no-store\r\nConnection: close\r\n");
	if (res->location != NULL)
		str_addf(&s, "Location: %s\r\n", res->location);
	if (res->www_authenticate != NULL)
		str_addf(&s, "WWW-Authenticate: %s\r\n", res->www_authenticate);
	str_adds(&s, "\r\n");
	str_adds(&s, body);
	write_all(fd, s.p, s.len);
	free(s.p);
}

/*
 * Read one request into buf (cap bytes, the last kept for a NUL) and parse
 * it in place. 0, or the HTTP status to answer with.
 */
static int
read_request(int fd, char *buf, size_t cap, const struct op *op, struct request *rq)
{
	size_t have = 0, head = 0, body_len = 0;
	char *line, *next, *end, *target, *query, *sp;
	ssize_t n;

	for (;;) {
		if (have == cap - 1)
			return head == 0 ? 431 : 413;
		n = read(fd, buf + have, cap - 1 - have);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? 408 : 400;
		have += (size_t)n;
		buf[have] = '\0';
		if (head == 0 && (end = memmem(buf, have, "\r\n\r\n", 4)) != NULL) {
			head = (size_t)(end - buf) + 4;
			if (head > MAX_HEAD)
				return 431;
			end[2] = '\0';
			for (line = strstr(buf, "\r\n") + 2; *line != '\0'; line = next) {
				next = strstr(line, "\r\n");
				*next = '\0';
				next += 2;
				if ((sp = strchr(line, ':')) == NULL)
					return 400;
				*sp++ = '\0';
				sp += strspn(sp, " \t");
				if (strcasecmp(line, "Content-Length") == 0) {
					if (sp[strspn(sp, "0123456789")] != '\0' || strlen(sp) > 6)
						return 400;
					body_len = (size_t)strtoul(sp, NULL, 10);
				} else if (strcasecmp(line, "Transfer-Encoding") == 0)
					return 501;
				else if (strcasecmp(line, "Authorization") == 0)
					rq->authorization = sp;
				else if (strcasecmp(line, "Content-Type") == 0)
					rq->content_type = sp;
			}
			if (body_len > MAX_BODY)
				return 413;
		}
		if (head != 0 && have >= head + body_len)
			break;
	}
	buf[head + body_len] = '\0';
	/* Request line: METHOD SP target SP HTTP/1.x */
	*strstr(buf, "\r\n") = '\0';
	rq->method = buf;
	if ((target = strchr(buf, ' ')) == NULL)
		return 400;
	*target++ = '\0';
	if ((sp = strchr(target, ' ')) == NULL || strncmp(sp + 1, "HTTP/1.", 7) != 0)
		return 400;
	*sp = '\0';
	if ((query = strchr(target, '?')) != NULL)
		*query++ = '\0';
	rq->path = target;
	/* When the issuer has a path, the endpoints live below it. */
	if (op->prefix[0] != '\0' && strncmp(target, op->prefix, strlen(op->prefix)) == 0 &&
	    target[strlen(op->prefix)] == '/')
		rq->path = target + strlen(op->prefix);
	if (parse_params(query, &rq->query) < 0)
		return 400;
	if (strcmp(rq->method, "POST") == 0 && rq->content_type != NULL &&
	    strncasecmp(rq->content_type, "application/x-www-form-urlencoded", 33) == 0 &&
	    parse_params(buf + head, &rq->form) < 0)
		return 400;
	return 0;
}

static void
serve(struct op *op, int fd)
{
	static char buf[MAX_HEAD + MAX_BODY + 1];
	struct request rq = { 0 };
	struct response res = { 0 };
	int status;

	if ((status = read_request(fd, buf, sizeof(buf), op, &rq)) != 0)
		respond_text(&res, status, "bad request\n");
	else {
		route(op, &rq, &res);
		if (strcmp(rq.path, "/mode") != 0 && strcmp(rq.path, "/requests") != 0)
			log_request(op, &rq, res.status);
	}
	fprintf(stderr, "test_op: %s %s -> %d\n", rq.method ? rq.method : "-",
	    rq.path ? rq.path : "-", res.status);
	send_response(fd, &res);
	free(res.body);
	free(res.location);
}

static cjose_jwk_t *
new_key(const char *kid)
{
	static const uint8_t e[] = { 0x01, 0x00, 0x01 };
	cjose_jwk_t *key;
	cjose_err err;

	if ((key = cjose_jwk_create_RSA_random(2048, e, sizeof(e), &err)) == NULL ||
	    !cjose_jwk_set_kid(key, kid, strlen(kid), &err))
		die("RSA key: %s", err.message);
	return key;
}

/* {"keys":[k1]}: the public half only, marked for signatures with RS256. */
static char *
make_jwks(const cjose_jwk_t *key)
{
	char *pub, *out;
	json_t *jwk, *set;
	cjose_err err;

	if ((pub = cjose_jwk_to_json(key, false, &err)) == NULL)
		die("JWK export: %s", err.message);
	if ((jwk = json_loads(pub, 0, NULL)) == NULL)
		die("JWK export is not JSON");
	cjose_get_dealloc()(pub);
	json_object_set_new(jwk, "use", json_string("sig"));
	json_object_set_new(jwk, "alg", json_string("RS256"));
	set = json_pack("{s:[o]}", "keys", jwk);
	if (set == NULL || (out = json_dumps(set, JSON_COMPACT)) == NULL)
		die("json_dumps failed");
	json_decref(set);
	return out;
}

/* Parse "127.0.0.1:PORT" (loopback IPv4 only) and listen there. */
static int
listen_on(const char *addr)
{
	struct sockaddr_in sin = { 0 };
	const char *colon = strrchr(addr, ':');
	char host[64];
	char *end;
	long port;
	int fd, one = 1;

	if (colon == NULL || (size_t)(colon - addr) >= sizeof(host))
		die("-l wants 127.0.0.1:PORT");
	memcpy(host, addr, (size_t)(colon - addr));
	host[colon - addr] = '\0';
	port = strtol(colon + 1, &end, 10);
	if (*end != '\0' || port < 1 || port > 65535 || inet_pton(AF_INET, host, &sin.sin_addr) != 1)
		die("-l wants 127.0.0.1:PORT");
	if ((ntohl(sin.sin_addr.s_addr) >> 24) != 127)
		die("refusing to listen outside the loopback network");
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)port);
	if ((fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
		die("socket: %s", strerror(errno));
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 || listen(fd, 64) < 0)
		die("cannot listen on %s: %s", addr, strerror(errno));
	return fd;
}

static void
usage(void)
{
	fputs("usage: test_op -l 127.0.0.1:PORT -i ISSUER [-c CLIENT_ID] [-s CLIENT_SECRET]\n",
	    stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	struct timeval tv = { IO_TIMEOUT, 0 };
	struct sigaction sa = { 0 };
	const char *listen_addr = NULL;
	struct op op = { 0 };
	char *scheme_end;
	size_t i;
	int ch, lfd, fd;

	op.client_id = "breakatwork";
	op.client_secret = "test-secret";
	while ((ch = getopt(argc, argv, "l:i:c:s:")) != -1) {
		switch (ch) {
		case 'l':
			listen_addr = optarg;
			break;
		case 'i':
			op.issuer = optarg;
			break;
		case 'c':
			op.client_id = optarg;
			break;
		case 's':
			op.client_secret = optarg;
			break;
		default:
			usage();
		}
	}
	if (listen_addr == NULL || op.issuer == NULL || optind != argc ||
	    (strncmp(op.issuer, "http://", 7) != 0 && strncmp(op.issuer, "https://", 8) != 0))
		usage();
	op.base = xstrdup(op.issuer);
	if (op.base[strlen(op.base) - 1] == '/')
		op.base[strlen(op.base) - 1] = '\0';
	scheme_end = strstr(op.base, "://") + 3;
	op.prefix = strchr(scheme_end, '/') ? strchr(scheme_end, '/') : "";

	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	lfd = listen_on(listen_addr);
	op.key = new_key("k1");
	op.other = new_key("k9");
	op.jwks = make_jwks(op.key);
	fprintf(stderr, "test_op: listening on %s, issuer %s, client %s\n",
	    listen_addr, op.issuer, op.client_id);

	while (!stopping) {
		if ((fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC)) < 0) {
			if (errno != EINTR && errno != ECONNABORTED)
				die("accept: %s", strerror(errno));
			continue;
		}
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
		setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
		serve(&op, fd);
		close(fd);
	}

	close(lfd);
	for (i = 0; i < MAX_CODES; i++) {
		free(op.codes[i].code);
		free(op.codes[i].client_id);
		free(op.codes[i].redirect_uri);
		free(op.codes[i].nonce);
		free(op.codes[i].challenge);
	}
	for (i = 0; i < MAX_TOKENS; i++)
		free(op.tokens[i].value);
	for (i = 0; i < LOG_LINES; i++)
		free(op.log[i]);
	free(op.jwks);
	free(op.base);
	cjose_jwk_release(op.key);
	cjose_jwk_release(op.other);
	return 0;
}
