/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "session.h"
#include "banned.h"

/* POST .../retirer: the request becomes Retirée, if the worker has not completed it. */
static int
withdraw(struct req *r, const char *ticket)
{
	struct leave_request lr;
	char location[64];
	int found, rc = 500;

	if (db_begin(r->app->db) < 0)
		return 500;
	found = request_find(r->app->db, ticket, SCOPE_EMPLOYER, r->session->bce, 1, &lr);
	if (found != 0) {
		rc = found == 1 ? 404 : 500;
		goto fail;
	}
	if (lr.status != STATUS_PARTIAL) {
		rc = 409;
		goto fail;
	}
	if (request_set_status(r->app->db, &lr, STATUS_WITHDRAWN, "employer", r->session->niss,
	    "withdrawn") != 0 || db_commit(r->app->db) < 0)
		goto fail;
	snprintf(location, sizeof(location), "/employeur/demandes/%s", lr.ticket);
	request_release(&lr);
	return req_redirect(r, location);
fail:
	db_rollback(r->app->db);
	request_release(&lr);
	return rc;
}

/*
 * GET /employeur/demandes/<ticket>: the request as the employer filed it,
 * its ticket and communication number, where it stands and its history;
 * GET and POST /employeur/demandes/<ticket>/retirer: withdraw it after
 * a confirmation.
 */
int
page_employer_request(struct req *r)
{
	struct buf ticket = BUF_INIT, action = BUF_INIT;
	struct leave_request lr;
	xmlNodePtr content;
	int withdrawing, rc = 404;

	memset(&lr, 0, sizeof(lr));
	if (req_path_segment(r, 2, &ticket) < 0)
		goto out;
	withdrawing = req_path_segment(r, 3, &action) == 0;
	if (withdrawing && strcmp(r->method, "POST") == 0) {
		rc = withdraw(r, ticket.ptr);
		goto out;
	}
	rc = request_find(r->app->db, ticket.ptr, SCOPE_EMPLOYER, r->session->bce, 0, &lr);
	if (rc != 0) {
		rc = rc == 1 ? 404 : 500;
		goto out;
	}
	if (withdrawing && lr.status != STATUS_PARTIAL) {
		rc = 409;
		goto out;
	}
	content = req_page(r, withdrawing ? "employer-withdraw" : "employer-request");
	request_xml(content, &lr);
	request_page_describe(r, content, &lr);
	if (request_page_missing(r, content, &lr) < 0) {
		rc = 500;
		goto out;
	}
	rc = withdrawing ? 200 : request_history_xml(r->app->db, content, lr.id) < 0 ? 500 : 200;
out:
	request_release(&lr);
	buf_release(&ticket);
	buf_release(&action);
	return rc;
}
