/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "ident.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "rules.h"
#include "session.h"
#include "banned.h"

/* Balances one page shows at most: a worker has a few children and patients. */
#define RIGHTS_MAX 64

/*
 * GET /droits: what the worker has used and what remains of each maximum
 * of the law (per child, per patient, per person helped, over the career),
 * counted from their requests by the table of rules.c — Break@work's first
 * purpose — for the rules in force today.
 */
int
page_rights(struct req *r)
{
	struct rule_balance b[RIGHTS_MAX];
	struct db_rows keep = { 0 };
	struct rule_usage *usage = NULL;
	struct buf text = BUF_INIT;
	xmlNodePtr list, n;
	size_t nusage, nb, i;

	if (request_usage(r->app->db, r->session->niss, 0, &usage, &nusage, &keep) < 0)
		return 500;
	nb = rules_balances(usage, nusage, date_today(), b, RIGHTS_MAX);
	list = xml_node(req_page(r, "rights"), "balances");
	for (i = 0; i < nb && i < RIGHTS_MAX; i++) {
		n = xml_node(list, "balance");
		xml_attr(n, "type", leave_type_code(b[i].type));
		if (b[i].motive != MOTIVE_NONE)
			xml_attr(n, "motive", motive_code(b[i].motive));
		if (b[i].concerned != NULL) {
			buf_reset(&text);
			ident_niss_format(&text, b[i].concerned);
			xml_attr(n, "concerned", text.ptr);
		}
		buf_reset(&text);
		regime_list(&text, b[i].regimes);
		xml_attr(n, "regimes", text.ptr);
		xml_attr(n, "unit", b[i].days ? "days" : "months");
		xml_attr_num(n, "used", b[i].used_months);
		xml_attr_num(n, "remaining", b[i].remaining_months);
		xml_attr_num(n, "max", b[i].max_months);
		if (b[i].used_days > 0)
			xml_attr_num(n, "used-days", b[i].used_days);
		if (b[i].remaining_days > 0)
			xml_attr_num(n, "remaining-days", b[i].remaining_days);
	}
	free(usage);
	db_rows_release(&keep);
	buf_release(&text);
	return 200;
}
