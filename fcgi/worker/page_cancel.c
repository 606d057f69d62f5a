/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "session.h"
#include "banned.h"

/* The list of the requests the worker may still cancel (Partiel), with `error` if any. */
static int
list(struct req *r, const char *error, int status)
{
	struct db_rows rows = { 0 };
	const char *done = kv_get(&r->args, "annulee");
	struct leave_request lr;
	struct form f;
	xmlNodePtr content = req_page(r, "cancel-list");
	struct buf shown = BUF_INIT;

	form_start(&f, r, content);
	if (error != NULL)
		form_error(&f, "ticket", error, NULL, 0);
	/* After a cancellation: say so, for a request that is theirs and cancelled. */
	if (done != NULL && request_find(r->app->db, done, SCOPE_WORKER, r->session->niss, 0,
	    &lr) == 0) {
		if (lr.status == STATUS_CANCELLED) {
			ident_ticket_format(&shown, lr.ticket);
			xml_attr(xml_node(content, "cancelled"), "ticket-display", shown.ptr);
		}
		request_release(&lr);
	}
	buf_release(&shown);
	if (db_exec(r->app->db, &rows, REQUEST_LIST_SELECT "WHERE r.worker_niss = ?"
	    " AND r.status = 'partial' ORDER BY r.start_date DESC, r.id DESC LIMIT 101", "s",
	    r->session->niss) < 0)
		return 500;
	request_list_xml(content, &rows, 100);
	db_rows_release(&rows);
	return status;
}

/* POST /annuler/<ticket>: Partiel → Annulée with its event, in one transaction. */
static int
cancel(struct req *r, const char *ticket)
{
	struct db *db = r->app->db;
	struct leave_request lr;
	char location[64];
	int rc;

	if (db_begin(db) < 0)
		return 500;
	rc = request_find(db, ticket, SCOPE_WORKER, r->session->niss, 1, &lr);
	if (rc != 0) {
		db_rollback(db);
		return rc == 1 ? 404 : 500;
	}
	if (lr.status != STATUS_PARTIAL) {
		db_rollback(db);
		request_release(&lr);
		return list(r, "cancel.error.completed", 409);
	}
	rc = request_set_status(db, &lr, STATUS_CANCELLED, "worker", r->session->niss,
	    "cancelled");
	if (rc != 0 || db_commit(db) < 0) {
		db_rollback(db);
		request_release(&lr);
		return 500;
	}
	snprintf(location, sizeof(location), "/annuler?annulee=%s", lr.ticket);
	request_release(&lr);
	return req_redirect(r, location);
}

/*
 * GET /annuler: the requests the worker may still cancel — only those not
 * yet completed, as the seed says — and "Suivant" (?ticket=) to the
 * confirmation, GET /annuler/<ticket>; POST /annuler/<ticket> cancels.
 * Anything else is refused with the seed's reason.
 */
int
page_cancel(struct req *r)
{
	struct buf ticket = BUF_INIT;
	const char *chosen = kv_get(&r->args, "ticket");
	struct leave_request lr;
	char location[64];
	xmlNodePtr content;
	int rc;

	memset(&lr, 0, sizeof(lr));
	if (req_path_segment(r, 1, &ticket) == 0 && strcmp(r->method, "POST") == 0) {
		rc = cancel(r, ticket.ptr);
		goto out;
	}
	if (ticket.len == 0 && chosen == NULL) {
		rc = list(r, NULL, 200);
		goto out;
	}
	rc = request_find(r->app->db, ticket.len ? ticket.ptr : chosen, SCOPE_WORKER,
	    r->session->niss, 0, &lr);
	if (rc < 0) {
		rc = 500;
		goto out;
	}
	if (rc == 1) {
		rc = ticket.len ? 404 : list(r, "cancel.error.choose", 422);
		goto out;
	}
	if (lr.status != STATUS_PARTIAL) {
		rc = list(r, "cancel.error.completed", 409);
		goto out;
	}
	if (ticket.len == 0) {
		snprintf(location, sizeof(location), "/annuler/%s", lr.ticket);
		rc = req_redirect(r, location);
		goto out;
	}
	content = req_page(r, "cancel-confirm");
	request_xml(content, &lr);
	request_page_describe(r, content, &lr);
	rc = 200;
out:
	request_release(&lr);
	buf_release(&ticket);
	return rc;
}
