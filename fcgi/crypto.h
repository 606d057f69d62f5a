/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Small cryptographic helpers on OpenSSL: random tokens, base64url,
 * SHA-256, PKCE S256 (RFC 7636) and constant-time comparison.
 */
#ifndef CRYPTO_H
#define CRYPTO_H

#include <stddef.h>

#include "buf.h"

/* `nbytes` bytes from the kernel CSPRNG as lowercase hex into out. 0 or -1. */
int	 crypto_random_hex(struct buf *out, size_t nbytes);
/* `nbytes` random bytes as unpadded base64url into out. 0 or -1. */
int	 crypto_random_b64url(struct buf *out, size_t nbytes);
/* Unpadded base64url of data into out. */
void	 crypto_b64url(struct buf *out, const unsigned char *data, size_t len);
/* BASE64URL(SHA256(ASCII(verifier))): the S256 code challenge. */
void	 crypto_pkce_s256(struct buf *out, const char *verifier);
/* SHA-256 of data as 64 lowercase hex digits into out. */
void	 crypto_sha256_hex(struct buf *out, const void *data, size_t len);
/* 1 when a and b are equal strings; time depends only on their lengths. */
int	 crypto_equal(const char *a, const char *b);

#endif
