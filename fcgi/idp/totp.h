/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30 s steps) through
 * liboath, for the "security code via a mobile app" key. Call oath_init()
 * once per process before these.
 */
#ifndef IDP_TOTP_H
#define IDP_TOTP_H

#include <stddef.h>
#include <time.h>

#define TOTP_STEP	30
#define TOTP_DIGITS	6

/* The `digits`-digit code of `key` at `now` into out (digits + 1 bytes). 0 or -1. */
int	 totp_generate(const char *key, size_t keylen, time_t now, unsigned digits,
	    char *out);

/*
 * Check a 6-digit `code` against the base32 `secret` at `now`, accepting
 * one step before and after. Returns the time step that matched (callers
 * refuse a step already used), or -1.
 */
long long totp_check(const char *secret_b32, const char *code, time_t now);

#endif
