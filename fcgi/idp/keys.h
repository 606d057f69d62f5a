/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * csam-dev's signing keys: RSA 2048 pairs kept as private JWK files in one
 * directory (current.jwk, previous.jwk, mode 0600, never committed). The
 * kid is the key's RFC 7638 thumbprint. (Re)loading also reads subject.key. id_tokens are signed RS256 with
 * the current key; the JWKS publishes the public halves of both, so
 * tokens signed before a rotation still verify.
 */
#ifndef IDP_KEYS_H
#define IDP_KEYS_H

#include <sys/types.h>
#include <time.h>

#include <cjose/jwk.h>

#include "buf.h"

struct idp_keys {
	cjose_jwk_t	*current;
	cjose_jwk_t	*previous;	/* NULL before the first rotation */
	unsigned char	 subject_key[32];	/* subject.key: makes `sub` opaque */
	ino_t		 ino;		/* of current.jwk when loaded */
	time_t		 mtime;
};

/*
 * Create `dir`/current.jwk and `dir`/subject.key (the secret that derives
 * each person's `sub`) unless they exist. 0 or -1 (logged).
 */
int	 keys_ensure(const char *dir);

/* Move current.jwk to previous.jwk and create a new current key. 0 or -1. */
int	 keys_rotate(const char *dir);

/*
 * (Re)load both keys when current.jwk changed since the last call, so a
 * rotation reaches running workers. 0 or -1 (the old keys stay in use).
 */
int	 keys_refresh(struct idp_keys *k, const char *dir);

void	 keys_release(struct idp_keys *k);

/* The JWKS document: {"keys":[current, previous]}, public parts only. */
void	 keys_jwks(const struct idp_keys *k, struct buf *out);

/* The compact JWS of `payload` signed RS256 with the current key and its kid. 0 or -1. */
int	 keys_sign(const struct idp_keys *k, const char *payload, struct buf *out);

/*
 * Verify a compact JWS signed by the current or the previous key; its
 * payload into out. 0, or -1 when no key verifies it.
 */
int	 keys_verify(const struct idp_keys *k, const char *jws, struct buf *out);

/* The `sub` of `uid`: base64url(HMAC-SHA256(subject key, uid)). */
void	 keys_subject(const struct idp_keys *k, const char *uid, struct buf *out);

#endif
