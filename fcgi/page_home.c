/* SPDX-License-Identifier: EUPL-1.2 */
#include "app.h"
#include "db.h"
#include "ident.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "banned.h"

/* How many of the worker's requests wait for their part, and for documents. */
static int
waiting(struct req *r, xmlNodePtr content)
{
	struct db_rows rows = { 0 };
	xmlNodePtr w;

	if (db_exec(r->app->db, &rows, "SELECT COALESCE(SUM(status = 'partial'), 0),"
	    " COALESCE(SUM(status = 'annexes'), 0) FROM request WHERE worker_niss = ?"
	    " AND status IN ('partial', 'annexes')", "s", r->session->niss) < 0)
		return -1;
	w = xml_node(content, "waiting");
	xml_attr(w, "complete", db_cell(&rows, 0, 0));
	xml_attr(w, "annexes", db_cell(&rows, 0, 1));
	db_rows_release(&rows);
	return 0;
}

/* The ONEM's decisions on the worker's requests in the last 30 days, newest first. */
static int
decisions(struct req *r, xmlNodePtr content)
{
	struct db_rows rows = { 0 };
	struct buf tk = BUF_INIT;
	xmlNodePtr list, d;
	size_t i;

	if (db_exec(r->app->db, &rows, "SELECT r.ticket, d.outcome,"
	    " DATE_FORMAT(d.decided_at, '%d/%m/%Y') FROM decision d JOIN request r"
	    " ON r.id = d.request_id WHERE r.worker_niss = ?"
	    " AND d.decided_at >= NOW() - INTERVAL 30 DAY ORDER BY d.decided_at DESC, d.id DESC"
	    " LIMIT 20", "s", r->session->niss) < 0)
		return -1;
	list = xml_node(content, "decisions");
	for (i = 0; i < rows.nrows; i++) {
		d = xml_node(list, "decision");
		buf_reset(&tk);
		ident_ticket_format(&tk, db_cell(&rows, i, 0));
		xml_attr(d, "ticket", db_cell(&rows, i, 0));
		xml_attr(d, "ticket-display", tk.ptr);
		xml_attr(d, "outcome", db_cell(&rows, i, 1));
		xml_attr(d, "decided", db_cell(&rows, i, 2));
	}
	db_rows_release(&rows);
	buf_release(&tk);
	return 0;
}

/*
 * GET /accueil: the signed-in person's home in Break@work: who they are,
 * in which role, what waits for them, the ONEM's recent decisions, and
 * where to go next. The header
 * block (NISS, phone, e-mail) comes from the layout.
 */
int
page_home(struct req *r)
{
	xmlNodePtr content = req_page(r, "home");
	xmlNodePtr role = xml_node(content, "role");

	xml_attr(role, "name", role_name(r->session->role));
	if (r->session->bce != NULL)
		xml_attr(role, "bce", r->session->bce);
	if (r->session->mandates != NULL && r->session->mandates[0] != '\0')
		xml_attr(content, "can-switch", "1");
	if (r->session->role == ROLE_WORKER &&
	    (waiting(r, content) < 0 || decisions(r, content) < 0))
		return 500;
	return 200;
}
