/* SPDX-License-Identifier: EUPL-1.2 */
#include "app.h"
#include "db.h"
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

/*
 * GET /accueil: the signed-in person's home in Break@work: who they are,
 * in which role, what waits for them, and where to go next. The header
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
	if (r->session->role == ROLE_WORKER && waiting(r, content) < 0)
		return 500;
	return 200;
}
