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

/* "1/1", or "1/2 1/5" for regimes that count the same. */
static void
regimes_attr(xmlNodePtr n, unsigned regimes)
{
	struct buf b = BUF_INIT;
	int r;

	for (r = 0; r < REGIME_NREGIMES; r++)
		if (regimes & REGIME_BIT(r))
			buf_addf(&b, "%s%s", b.len ? " " : "", regime_code((enum regime)r));
	xml_attr(n, "regimes", b.ptr);
	buf_release(&b);
}

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
	struct buf niss = BUF_INIT;
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
			buf_reset(&niss);
			ident_niss_format(&niss, b[i].concerned);
			xml_attr(n, "concerned", niss.ptr);
		}
		regimes_attr(n, b[i].regimes);
		xml_attr(n, "unit", b[i].days ? "days" : "months");
		xml_attr_num(n, "used", b[i].used_months);
		xml_attr_num(n, "remaining", b[i].remaining_months);
		xml_attr_num(n, "max", b[i].max_months);
	}
	free(usage);
	db_rows_release(&keep);
	buf_release(&niss);
	return 200;
}
