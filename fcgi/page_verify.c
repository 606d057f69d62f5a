/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "attestation.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "pages.h"
#include "req.h"
#include "banned.h"

/*
 * GET /verification[?code=...] (public): anyone given an attestation —
 * an employer, an administration — checks that the ONEM issued it. A
 * known code shows the date, the kind, the holder's initials and the
 * periods, nothing more: no name, no NISS, no balances. A mistyped code
 * (bad check symbol) and an unknown one get different messages.
 */
int
page_verify(struct req *r)
{
	const char *typed = kv_get(&r->args, "code");
	struct buf code = BUF_INIT;
	xmlNodePtr content = req_page(r, "verify");
	struct form f;
	int rc = 200;

	form_start(&f, r, content);
	if (typed == NULL)
		goto out;
	form_value(&f, "code", typed);
	if (ident_code_parse(&code, typed) < 0) {
		form_error(&f, "code", typed[strspn(typed, " ")] == '\0' ? "verify.error.missing" :
		    "verify.error.format", NULL, 0);
		rc = 422;
		goto out;
	}
	rc = attestation_xml(r->app->db, content, code.ptr, NULL);
	if (rc == 1)
		form_error(&f, "code", "verify.error.unknown", NULL, 0);
	rc = rc == 0 ? 200 : rc == 1 ? 404 : 500;
out:
	buf_release(&code);
	return rc;
}
