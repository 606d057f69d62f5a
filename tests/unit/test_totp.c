/* SPDX-License-Identifier: EUPL-1.2 */
/* RFC 6238 appendix B (SHA-1 rows) through liboath, and the ±1 step window. */
#include <liboath/oath.h>

#include "../tap.h"
#include "idp/totp.h"

static const struct {
	long long	 t;
	const char	*code;
} vectors[] = {
	{ 59LL, "94287082" },
	{ 1111111109LL, "07081804" },
	{ 1111111111LL, "14050471" },
	{ 1234567890LL, "89005924" },
	{ 2000000000LL, "69279037" },
	{ 20000000000LL, "65353130" },
};

int
main(void)
{
	/* The RFC's SHA-1 seed "12345678901234567890", in base32. */
	const char *secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
	const char *key = "12345678901234567890";
	char code[9];
	size_t i;
	time_t now = 1111111111;

	plan(14);
	oath_init();
	for (i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
		code[0] = '\0';
		ok(totp_generate(key, 20, (time_t)vectors[i].t, 8, code) == 0 &&
		    strcmp(code, vectors[i].code) == 0, "T=%lld gives %s (got %s)",
		    vectors[i].t, vectors[i].code, code);
	}

	totp_generate(key, 20, now, 6, code);
	is_int(totp_check(secret, code, now), now / 30, "current code accepted, step returned");
	is_int(totp_check(secret, code, now + 30), now / 30, "previous step accepted");
	is_int(totp_check(secret, code, now - 30), now / 30, "next step accepted");
	is_int(totp_check(secret, code, now + 60), -1, "two steps late refused");
	is_int(totp_check(secret, code, now - 60), -1, "two steps early refused");
	code[5] = code[5] == '9' ? '0' : (char)(code[5] + 1);
	is_int(totp_check(secret, code, now), -1, "one digit off refused");
	is_int(totp_check(secret, "12345", now), -1, "five digits refused");
	is_int(totp_check(secret, "12345a", now), -1, "non-digit refused");
	oath_done();
	return done_testing();
}
