/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "attestation.h"
#include "db.h"
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
	struct db_rows rows = { 0 };
	struct buf code = BUF_INIT, shown = BUF_INIT;
	xmlNodePtr content = req_page(r, "verify"), n;
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
	if (db_exec(r->app->db, &rows, "SELECT id, kind, DATE_FORMAT(created_at, '%d/%m/%Y'),"
	    " DATE_FORMAT(span_start, '%d/%m/%Y'), DATE_FORMAT(span_end, '%d/%m/%Y'), initials"
	    " FROM attestation WHERE code = ?", "s", code.ptr) < 0) {
		rc = 500;
		goto out;
	}
	if (rows.nrows != 1) {
		form_error(&f, "code", "verify.error.unknown", NULL, 0);
		rc = 404;
		goto out;
	}
	n = xml_node(content, "attestation");
	ident_code_format(&shown, code.ptr);
	xml_attr(n, "code-display", shown.ptr);
	xml_attr(n, "kind", db_cell(&rows, 0, 1));
	xml_attr(n, "issued", db_cell(&rows, 0, 2));
	if (db_cell(&rows, 0, 3) != NULL) {
		xml_attr(n, "span-start", db_cell(&rows, 0, 3));
		xml_attr(n, "span-end", db_cell(&rows, 0, 4));
	}
	xml_attr(n, "initials", db_cell(&rows, 0, 5));
	if (attestation_periods_xml(r->app->db, n, db_cell(&rows, 0, 0)) < 0)
		rc = 500;
out:
	db_rows_release(&rows);
	buf_release(&code);
	buf_release(&shown);
	return rc;
}
