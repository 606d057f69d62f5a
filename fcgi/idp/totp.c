/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <liboath/oath.h>

#include "totp.h"
#include "banned.h"

int
totp_generate(const char *key, size_t keylen, time_t now, unsigned digits, char *out)
{
	return oath_totp_generate2(key, keylen, now, TOTP_STEP, 0, digits, 0, out) ==
	    OATH_OK ? 0 : -1;
}

long long
totp_check(const char *secret_b32, const char *code, time_t now)
{
	char *key = NULL;
	size_t keylen = 0, i;
	uint64_t counter = 0;
	long long step = -1;
	int pos;

	if (secret_b32 == NULL || code == NULL || strlen(code) != TOTP_DIGITS)
		return -1;
	for (i = 0; i < TOTP_DIGITS; i++)
		if (code[i] < '0' || code[i] > '9')
			return -1;
	if (oath_base32_decode(secret_b32, strlen(secret_b32), &key, &keylen) != OATH_OK)
		goto out;
	if (oath_totp_validate3(key, keylen, now, TOTP_STEP, 0, 1, &pos, &counter,
	    code) >= 0)
		step = (long long)counter;
out:
	if (key != NULL) {
		memset(key, 0, keylen);
		free(key);
	}
	return step;
}
