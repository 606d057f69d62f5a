/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * PKCE S256 as the provider checks it, against RFC 7636 appendix B (the
 * challenge printed there; python3 hashlib + base64 agrees).
 */
#include "../tap.h"
#include "buf.h"
#include "crypto.h"

int
main(void)
{
	struct buf b = BUF_INIT;

	plan(3);
	crypto_pkce_s256(&b, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
	is_str(b.ptr, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "RFC 7636 appendix B");
	buf_reset(&b);
	crypto_pkce_s256(&b, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj");
	ok(strcmp(b.ptr, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM") != 0,
	    "a verifier one character off gives another challenge");
	is_int(b.len, 43, "unpadded base64url of 32 bytes");
	buf_release(&b);
	return done_testing();
}
