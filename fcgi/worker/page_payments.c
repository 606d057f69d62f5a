/* SPDX-License-Identifier: EUPL-1.2 */
#include "app.h"
#include "db.h"
#include "ident.h"
#include "pages.h"
#include "req.h"
#include "request_page.h"
#include "session.h"
#include "banned.h"

/*
 * GET /paiements ("Consulter vos données de paiement"): the account, and
 * the allowances paid per request and month — gross, withholding tax,
 * net, date — newest first. Amounts go to the page in cents; the
 * stylesheet writes them the reader's way.
 */
int
page_payments(struct req *r)
{
	struct db_rows rows = { 0 };
	struct buf tk = BUF_INIT;
	xmlNodePtr content = req_page(r, "payments"), list, p;
	size_t i;

	if (request_page_account(r, content) < 0 ||
	    db_exec(r->app->db, &rows, "SELECT r.ticket, r.type, r.regime,"
	    " DATE_FORMAT(p.month, '%m/%Y'), p.gross_cents, p.withholding_cents, p.net_cents,"
	    " DATE_FORMAT(p.paid_on, '%d/%m/%Y') FROM payment p JOIN request r"
	    " ON r.id = p.request_id WHERE r.worker_niss = ? ORDER BY p.month DESC, r.id DESC"
	    " LIMIT 240", "s", r->session->niss) < 0)
		return 500;
	list = xml_node(content, "payments");
	for (i = 0; i < rows.nrows; i++) {
		p = xml_node(list, "payment");
		buf_reset(&tk);
		ident_ticket_format(&tk, db_cell(&rows, i, 0));
		xml_attr(p, "ticket", db_cell(&rows, i, 0));
		xml_attr(p, "ticket-display", tk.ptr);
		xml_attr(p, "type", db_cell(&rows, i, 1));
		xml_attr(p, "regime", db_cell(&rows, i, 2));
		xml_attr(p, "month", db_cell(&rows, i, 3));
		xml_attr(p, "gross", db_cell(&rows, i, 4));
		xml_attr(p, "withholding", db_cell(&rows, i, 5));
		xml_attr(p, "net", db_cell(&rows, i, 6));
		xml_attr(p, "paid", db_cell(&rows, i, 7));
	}
	db_rows_release(&rows);
	buf_release(&tk);
	return 200;
}
