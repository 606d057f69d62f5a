/* SPDX-License-Identifier: EUPL-1.2 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjose/header.h>
#include <cjose/jws.h>
#include <jansson.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "crypto.h"
#include "keys.h"
#include "log.h"
#include "banned.h"

#define KEY_BITS 2048

/* `dir`/`name` into out. 0, or -1 when the path does not fit. */
static int
key_path(char *out, size_t len, const char *dir, const char *name)
{
	int n = snprintf(out, len, "%s/%s", dir, name);

	if (n < 0 || (size_t)n >= len)
		return log_err("key directory path too long");
	return 0;
}

/* The public JWK of `jwk` as a jansson object (caller releases), or NULL. */
static json_t *
public_json(const cjose_jwk_t *jwk)
{
	char *s = cjose_jwk_to_json(jwk, false, NULL);
	json_t *o = s ? json_loads(s, 0, NULL) : NULL;

	free(s);
	return o;
}

/* Set the kid of `jwk` to its RFC 7638 thumbprint. 0 or -1. */
static int
set_thumbprint_kid(cjose_jwk_t *jwk)
{
	unsigned char digest[SHA256_DIGEST_LENGTH];
	struct buf canon = BUF_INIT, kid = BUF_INIT;
	json_t *o = public_json(jwk);
	const char *e, *n;
	int rc = -1;

	if (o == NULL)
		goto out;
	e = json_string_value(json_object_get(o, "e"));
	n = json_string_value(json_object_get(o, "n"));
	if (e == NULL || n == NULL)
		goto out;
	/* Members in lexical order, no white space (RFC 7638 section 3.3). */
	buf_addf(&canon, "{\"e\":\"%s\",\"kty\":\"RSA\",\"n\":\"%s\"}", e, n);
	SHA256((const unsigned char *)canon.ptr, canon.len, digest);
	crypto_b64url(&kid, digest, sizeof(digest));
	if (!cjose_jwk_set_kid(jwk, kid.ptr, kid.len, NULL))
		goto out;
	rc = 0;
out:
	json_decref(o);
	buf_release(&canon);
	buf_release(&kid);
	return rc;
}

/* Write a new private JWK to `path` through a temporary file. 0 or -1. */
static int
write_new_key(const char *path)
{
	static const uint8_t e[] = { 0x01, 0x00, 0x01 };
	char tmp[4096];
	cjose_jwk_t *jwk = NULL;
	char *json = NULL;
	size_t len;
	int fd = -1, rc = -1;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.new", path) >= sizeof(tmp)) {
		log_err("key path too long");
		goto out;
	}
	jwk = cjose_jwk_create_RSA_random(KEY_BITS, e, sizeof(e), NULL);
	if (jwk == NULL || set_thumbprint_kid(jwk) < 0 ||
	    (json = cjose_jwk_to_json(jwk, true, NULL)) == NULL) {
		log_err("cannot create an RSA key");
		goto out;
	}
	len = strlen(json);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || write(fd, json, len) != (ssize_t)len || fsync(fd) < 0) {
		log_err("cannot write %s: %s", tmp, strerror(errno));
		goto out;
	}
	if (rename(tmp, path) < 0) {
		log_err("cannot rename %s: %s", tmp, strerror(errno));
		goto out;
	}
	log_info("new signing key %s (kid %s)", path, cjose_jwk_get_kid(jwk, NULL));
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (rc < 0)
		unlink(tmp);
	if (json != NULL) {
		memset(json, 0, strlen(json));
		free(json);
	}
	cjose_jwk_release(jwk);
	return rc;
}

/* Write 32 random bytes to `path` unless it exists. 0 or -1. */
static int
ensure_subject_key(const char *path)
{
	unsigned char key[32];
	int fd, rc = -1;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST)
		return 0;
	if (fd < 0)
		return log_err("cannot create %s: %s", path, strerror(errno));
	if (RAND_bytes(key, sizeof(key)) == 1 &&
	    write(fd, key, sizeof(key)) == (ssize_t)sizeof(key) && fsync(fd) == 0)
		rc = 0;
	else
		log_err("cannot write %s", path);
	OPENSSL_cleanse(key, sizeof(key));
	close(fd);
	if (rc < 0)
		unlink(path);
	return rc;
}

int
keys_ensure(const char *dir)
{
	char path[4096];
	struct stat st;

	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return log_err("cannot create %s: %s", dir, strerror(errno));
	if (key_path(path, sizeof(path), dir, "subject.key") < 0 ||
	    ensure_subject_key(path) < 0 ||
	    key_path(path, sizeof(path), dir, "current.jwk") < 0)
		return -1;
	if (stat(path, &st) == 0)
		return 0;
	return write_new_key(path);
}

int
keys_rotate(const char *dir)
{
	char cur[4096], prev[4096];

	if (keys_ensure(dir) < 0 ||
	    key_path(cur, sizeof(cur), dir, "current.jwk") < 0 ||
	    key_path(prev, sizeof(prev), dir, "previous.jwk") < 0)
		return -1;
	if (rename(cur, prev) < 0)
		return log_err("cannot rename %s: %s", cur, strerror(errno));
	return write_new_key(cur);
}

/* The private JWK in `path`, or NULL (logged unless `optional` and absent). */
static cjose_jwk_t *
read_key(const char *path, int optional)
{
	struct buf text = BUF_INIT;
	cjose_jwk_t *jwk = NULL;
	char chunk[4096];
	size_t n;
	FILE *f = fopen(path, "re");

	if (f == NULL) {
		if (!optional || errno != ENOENT)
			log_err("cannot open %s: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&text, chunk, n);
	fclose(f);
	jwk = cjose_jwk_import(text.ptr, text.len, NULL);
	if (jwk == NULL || cjose_jwk_get_kty(jwk, NULL) != CJOSE_JWK_KTY_RSA ||
	    cjose_jwk_get_kid(jwk, NULL) == NULL) {
		log_err("%s is not an RSA JWK with a kid", path);
		cjose_jwk_release(jwk);
		jwk = NULL;
	}
	memset(text.ptr, 0, text.len);
	buf_release(&text);
	return jwk;
}

/* Read the 32 bytes of subject.key into key. 0 or -1. */
static int
read_subject_key(const char *path, unsigned char *key)
{
	FILE *f = fopen(path, "re");
	int rc;

	if (f == NULL)
		return log_err("cannot open %s: %s", path, strerror(errno));
	rc = fread(key, 1, 32, f) == 32 ? 0 : log_err("%s is shorter than 32 bytes", path);
	fclose(f);
	return rc;
}

int
keys_refresh(struct idp_keys *k, const char *dir)
{
	char cur[4096], prev[4096], subj[4096];
	unsigned char subject_key[32];
	cjose_jwk_t *c, *p;
	struct stat st;

	if (key_path(cur, sizeof(cur), dir, "current.jwk") < 0 ||
	    key_path(prev, sizeof(prev), dir, "previous.jwk") < 0 ||
	    key_path(subj, sizeof(subj), dir, "subject.key") < 0)
		return -1;
	if (stat(cur, &st) < 0)
		return log_err("cannot stat %s: %s", cur, strerror(errno));
	if (k->current != NULL && st.st_ino == k->ino && st.st_mtime == k->mtime)
		return 0;
	if (read_subject_key(subj, subject_key) < 0 || (c = read_key(cur, 0)) == NULL)
		return -1;
	p = read_key(prev, 1);
	keys_release(k);
	memcpy(k->subject_key, subject_key, sizeof(subject_key));
	OPENSSL_cleanse(subject_key, sizeof(subject_key));
	k->current = c;
	k->previous = p;
	k->ino = st.st_ino;
	k->mtime = st.st_mtime;
	return 0;
}

void
keys_release(struct idp_keys *k)
{
	cjose_jwk_release(k->current);
	cjose_jwk_release(k->previous);
	k->current = k->previous = NULL;
	OPENSSL_cleanse(k->subject_key, sizeof(k->subject_key));
}

/* Append the public JWK of `jwk` with its use and algorithm to `keys`. */
static void
add_public(json_t *keys, const cjose_jwk_t *jwk)
{
	json_t *o;

	if (jwk == NULL || (o = public_json(jwk)) == NULL)
		return;
	json_object_set_new(o, "use", json_string("sig"));
	json_object_set_new(o, "alg", json_string("RS256"));
	json_array_append_new(keys, o);
}

void
keys_jwks(const struct idp_keys *k, struct buf *out)
{
	json_t *keys = json_array(), *doc = json_object();
	char *s;

	add_public(keys, k->current);
	add_public(keys, k->previous);
	json_object_set_new(doc, "keys", keys);
	s = json_dumps(doc, JSON_COMPACT);
	buf_adds(out, s ? s : "{\"keys\":[]}");
	free(s);
	json_decref(doc);
}

int
keys_sign(const struct idp_keys *k, const char *payload, struct buf *out)
{
	cjose_header_t *hdr = NULL;
	cjose_jws_t *jws = NULL;
	const char *compact = NULL;
	int rc = -1;

	if (k->current == NULL)
		goto out;
	hdr = cjose_header_new(NULL);
	if (hdr == NULL ||
	    !cjose_header_set(hdr, CJOSE_HDR_ALG, CJOSE_HDR_ALG_RS256, NULL) ||
	    !cjose_header_set(hdr, CJOSE_HDR_KID, cjose_jwk_get_kid(k->current, NULL), NULL) ||
	    !cjose_header_set(hdr, "typ", "JWT", NULL))
		goto out;
	jws = cjose_jws_sign(k->current, hdr, (const uint8_t *)payload, strlen(payload), NULL);
	if (jws == NULL || !cjose_jws_export(jws, &compact, NULL))
		goto out;
	buf_adds(out, compact);
	rc = 0;
out:
	if (rc < 0)
		log_err("cannot sign the id_token");
	cjose_jws_release(jws);
	cjose_header_release(hdr);
	return rc;
}

/* 1 when `jws` verifies with `jwk` named by the token's kid. */
static int
verified_by(cjose_jws_t *jws, const cjose_jwk_t *jwk)
{
	const char *kid = cjose_header_get(cjose_jws_get_protected(jws), CJOSE_HDR_KID, NULL);
	const char *alg = cjose_header_get(cjose_jws_get_protected(jws), CJOSE_HDR_ALG, NULL);

	return jwk != NULL && kid != NULL && alg != NULL &&
	    strcmp(alg, CJOSE_HDR_ALG_RS256) == 0 &&
	    strcmp(kid, cjose_jwk_get_kid(jwk, NULL)) == 0 && cjose_jws_verify(jws, jwk, NULL);
}

int
keys_verify(const struct idp_keys *k, const char *jws, struct buf *out)
{
	cjose_jws_t *t = jws ? cjose_jws_import(jws, strlen(jws), NULL) : NULL;
	uint8_t *plain;
	size_t len;
	int rc = -1;

	if (t == NULL)
		return -1;
	if ((verified_by(t, k->current) || verified_by(t, k->previous)) &&
	    cjose_jws_get_plaintext(t, &plain, &len, NULL)) {
		buf_add(out, plain, len);
		rc = 0;
	}
	cjose_jws_release(t);
	return rc;
}

void
keys_subject(const struct idp_keys *k, const char *uid, struct buf *out)
{
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int len = 0;

	HMAC(EVP_sha256(), k->subject_key, sizeof(k->subject_key),
	    (const unsigned char *)uid, strlen(uid), mac, &len);
	crypto_b64url(out, mac, len);
}
