/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "attachments.h"
#include "db.h"
#include "ident.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "session.h"
#include "banned.h"

/* Rows one table shows at most (two years of requests is far less). */
#define DOSSIER_LIMIT 200

/* One of the two tables of the last two years: not yet sent (sent 0) or sent (1). */
static int
table(struct req *r, xmlNodePtr parent, const char *name, int sent)
{
	struct db_rows rows = { 0 };
	int rc;

	rc = db_exec(r->app->db, &rows, REQUEST_LIST_SELECT "WHERE r.worker_niss = ?"
	    " AND r.created_at >= NOW() - INTERVAL 2 YEAR"
	    " AND (r.status IN ('partial', 'annexes')) = (? = 0)"
	    " ORDER BY r.created_at DESC, r.id DESC LIMIT 200", "si", r->session->niss,
	    (long long)sent);
	if (rc == 0)
		request_list_xml(xml_node(parent, name), &rows, DOSSIER_LIMIT);
	db_rows_release(&rows);
	return rc;
}

/*
 * One request of the worker's, whole: both parts, documents, history and
 * the ONEM's decision; `file` "decision.pdf": that decision's PDF.
 */
static int
detail(struct req *r, const char *ticket, const char *file)
{
	struct leave_request lr;
	xmlNodePtr content;
	int rc = request_find(r->app->db, ticket, SCOPE_WORKER, r->session->niss, 0, &lr);

	if (rc != 0)
		return rc == 1 ? 404 : 500;
	if (strcmp(file, "decision.pdf") == 0) {
		rc = request_page_decision_pdf(r, &lr);
		request_release(&lr);
		return rc;
	}
	content = req_page(r, "dossier-request");
	request_xml(content, &lr);
	request_page_describe(r, content, &lr);
	rc = attachments_xml(r->app->db, content, &lr) < 0 ||
	    request_history_xml(r->app->db, content, lr.id) < 0 ||
	    request_page_decision(r, content, &lr) < 0 ? 500 : 200;
	request_release(&lr);
	return rc;
}

/*
 * GET /dossier ("Mon dossier", the seed's overview): the requests of the
 * last two years in two tables, Introductions (not yet sent to the ONEM)
 * and Demandes (sent, and how they ended), newest first;
 * GET /dossier/<ticket>: one of them in detail; .../decision.pdf: its decision.
 */
int
page_dossier(struct req *r)
{
	struct buf ticket = BUF_INIT, file = BUF_INIT;
	xmlNodePtr content;
	int rc;

	if (req_path_segment(r, 1, &ticket) == 0) {
		req_path_segment(r, 2, &file);
		rc = detail(r, ticket.ptr, file.ptr);
		buf_release(&ticket);
		buf_release(&file);
		return rc;
	}
	content = req_page(r, "dossier");
	if (request_page_account(r, content) < 0 || table(r, content, "introductions", 0) < 0 ||
	    table(r, content, "sent", 1) < 0)
		return 500;
	return 200;
}
