/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include "crypto.h"
#include "xalloc.h"
#include "banned.h"

static int
random_bytes(unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t got = getrandom(p, n, 0);

		if (got < 0)
			return -1;
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

int
crypto_random_hex(struct buf *out, size_t nbytes)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char *raw = xmalloc(nbytes);
	size_t i;
	int rc = -1;

	if (random_bytes(raw, nbytes) < 0)
		goto out;
	for (i = 0; i < nbytes; i++) {
		buf_addc(out, hex[raw[i] >> 4]);
		buf_addc(out, hex[raw[i] & 15]);
	}
	rc = 0;
out:
	OPENSSL_cleanse(raw, nbytes);
	free(raw);
	return rc;
}

void
crypto_b64url(struct buf *out, const unsigned char *data, size_t len)
{
	static const char alphabet[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	size_t i;

	for (i = 0; i + 2 < len; i += 3) {
		unsigned v = (unsigned)data[i] << 16 | (unsigned)data[i + 1] << 8 | data[i + 2];

		buf_addc(out, alphabet[v >> 18 & 63]);
		buf_addc(out, alphabet[v >> 12 & 63]);
		buf_addc(out, alphabet[v >> 6 & 63]);
		buf_addc(out, alphabet[v & 63]);
	}
	if (len - i == 1) {
		unsigned v = (unsigned)data[i] << 16;

		buf_addc(out, alphabet[v >> 18 & 63]);
		buf_addc(out, alphabet[v >> 12 & 63]);
	} else if (len - i == 2) {
		unsigned v = (unsigned)data[i] << 16 | (unsigned)data[i + 1] << 8;

		buf_addc(out, alphabet[v >> 18 & 63]);
		buf_addc(out, alphabet[v >> 12 & 63]);
		buf_addc(out, alphabet[v >> 6 & 63]);
	}
}

int
crypto_random_b64url(struct buf *out, size_t nbytes)
{
	unsigned char *raw = xmalloc(nbytes);
	int rc = -1;

	if (random_bytes(raw, nbytes) == 0) {
		crypto_b64url(out, raw, nbytes);
		rc = 0;
	}
	OPENSSL_cleanse(raw, nbytes);
	free(raw);
	return rc;
}

void
crypto_pkce_s256(struct buf *out, const char *verifier)
{
	unsigned char digest[SHA256_DIGEST_LENGTH];

	SHA256((const unsigned char *)verifier, strlen(verifier), digest);
	crypto_b64url(out, digest, sizeof(digest));
}

int
crypto_equal(const char *a, const char *b)
{
	size_t la, lb;

	if (a == NULL || b == NULL)
		return 0;
	la = strlen(a);
	lb = strlen(b);
	return la == lb && CRYPTO_memcmp(a, b, la) == 0;
}

void
crypto_sha256_hex(struct buf *out, const void *data, size_t len)
{
	unsigned char md[SHA256_DIGEST_LENGTH];
	size_t i;

	SHA256(data, len, md);
	for (i = 0; i < sizeof(md); i++)
		buf_addf(out, "%02x", md[i]);
}
