/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csam-dev's keys: an id_token signed with the current key verifies with
 * the public key the JWKS publishes under the token's kid; the JWKS holds
 * no private part; after a rotation the JWKS holds both keys and the old
 * token still verifies, with keys_verify() too; `sub` is stable per uid
 * and opaque.
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjose/header.h>
#include <cjose/jws.h>
#include <jansson.h>

#include "../tap.h"
#include "buf.h"
#include "idp/keys.h"

/* Verify `token` with the JWKS key named by its kid; fill the payload. 1 or 0. */
static int
verifies(const char *jwks, const char *token, struct buf *payload)
{
	json_t *doc = json_loads(jwks, 0, NULL), *key;
	cjose_jws_t *jws = cjose_jws_import(token, strlen(token), NULL);
	cjose_jwk_t *jwk = NULL;
	const char *kid;
	uint8_t *plain;
	size_t i, len;
	int good = 0;

	if (doc == NULL || jws == NULL)
		goto out;
	kid = cjose_header_get(cjose_jws_get_protected(jws), CJOSE_HDR_KID, NULL);
	json_array_foreach(json_object_get(doc, "keys"), i, key)
		if (kid != NULL && strcmp(json_string_value(json_object_get(key, "kid")), kid) == 0)
			jwk = cjose_jwk_import_json((cjose_header_t *)key, NULL);
	if (jwk == NULL || !cjose_jws_verify(jws, jwk, NULL) ||
	    !cjose_jws_get_plaintext(jws, &plain, &len, NULL))
		goto out;
	buf_reset(payload);
	buf_add(payload, plain, len);
	good = 1;
out:
	cjose_jwk_release(jwk);
	cjose_jws_release(jws);
	json_decref(doc);
	return good;
}

static int
count_keys(const char *jwks)
{
	json_t *doc = json_loads(jwks, 0, NULL);
	int n = (int)json_array_size(json_object_get(doc, "keys"));

	json_decref(doc);
	return n;
}

int
main(void)
{
	char dir[] = "/tmp/test_idp_keys.XXXXXX";
	struct idp_keys k;
	struct buf jwks = BUF_INIT, token = BUF_INIT, payload = BUF_INIT, old = BUF_INIT;
	const char *claims = "{\"iss\":\"http://127.0.0.1:8081\",\"sub\":\"x\"}";
	json_t *doc, *key;
	char path[256];
	struct stat st;
	char *kid1;

	memset(&k, 0, sizeof(k));
	plan(22);
	if (mkdtemp(dir) == NULL)
		return 1;
	ok(keys_ensure(dir) == 0, "a key is created");
	snprintf(path, sizeof(path), "%s/current.jwk", dir);
	ok(stat(path, &st) == 0 && (st.st_mode & 077) == 0, "key file readable by its owner only");
	ok(keys_refresh(&k, dir) == 0 && k.current != NULL && k.previous == NULL, "keys load");
	keys_jwks(&k, &jwks);
	is_int(count_keys(jwks.ptr), 1, "JWKS holds one key before rotation");
	doc = json_loads(jwks.ptr, 0, NULL);
	key = json_array_get(json_object_get(doc, "keys"), 0);
	is_str(json_string_value(json_object_get(key, "kty")), "RSA", "kty RSA");
	is_str(json_string_value(json_object_get(key, "use")), "sig", "use sig");
	is_str(json_string_value(json_object_get(key, "alg")), "RS256", "alg RS256");
	ok(json_object_get(key, "d") == NULL && json_object_get(key, "p") == NULL,
	    "no private member in the JWKS");
	is_int(strlen(json_string_value(json_object_get(key, "kid"))), 43,
	    "kid is a SHA-256 thumbprint");
	kid1 = strdup(json_string_value(json_object_get(key, "kid")));
	json_decref(doc);

	ok(keys_sign(&k, claims, &token) == 0, "payload signed");
	ok(verifies(jwks.ptr, token.ptr, &payload) && strcmp(payload.ptr, claims) == 0,
	    "signature verifies with the JWKS key of its kid");
	buf_adds(&old, token.ptr);
	token.ptr[token.len - 5] = token.ptr[token.len - 5] == 'A' ? 'B' : 'A';
	ok(!verifies(jwks.ptr, token.ptr, &payload), "altered signature refused");

	ok(keys_rotate(dir) == 0 && keys_refresh(&k, dir) == 0, "rotation reloads");
	buf_reset(&jwks);
	keys_jwks(&k, &jwks);
	is_int(count_keys(jwks.ptr), 2, "JWKS serves current and previous key");
	ok(strcmp(cjose_jwk_get_kid(k.current, NULL), kid1) != 0 &&
	    strcmp(cjose_jwk_get_kid(k.previous, NULL), kid1) == 0, "the old key became previous");
	ok(verifies(jwks.ptr, old.ptr, &payload), "a token signed before rotation still verifies");
	buf_reset(&payload);
	ok(keys_verify(&k, old.ptr, &payload) == 0 && strcmp(payload.ptr, claims) == 0,
	    "keys_verify accepts a token of the previous key");
	ok(keys_verify(&k, token.ptr, &payload) < 0, "keys_verify refuses an altered signature");
	ok(keys_verify(&k, "e30.e30.", &payload) < 0, "keys_verify refuses an unsigned token");

	buf_reset(&token);
	keys_subject(&k, "alice", &token);
	buf_reset(&payload);
	keys_subject(&k, "alice", &payload);
	ok(strcmp(token.ptr, payload.ptr) == 0 && token.len == 43, "sub is stable for a uid");
	ok(strstr(token.ptr, "alice") == NULL, "sub does not show the uid");
	buf_reset(&payload);
	keys_subject(&k, "alicf", &payload);
	ok(strcmp(token.ptr, payload.ptr) != 0, "another uid gets another sub");

	keys_release(&k);
	free(kid1);
	buf_release(&jwks);
	buf_release(&token);
	buf_release(&payload);
	buf_release(&old);
	snprintf(path, sizeof(path), "%s/current.jwk", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/previous.jwk", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/subject.key", dir);
	unlink(path);
	rmdir(dir);
	return done_testing();
}
