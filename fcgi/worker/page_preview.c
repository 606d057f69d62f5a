/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "attachments.h"
#include "db.h"
#include "form.h"
#include "kv.h"
#include "outbox.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "session.h"
#include "banned.h"

/*
 * The worker confirms, in one transaction on the locked request: En
 * attente des annexes when a mandatory document is missing, else sent to
 * the ONEM office of the worker's postal code with today's reception
 * date. A second confirmation (double click, back button, replay) finds
 * the request already confirmed and changes nothing.
 */
static int
confirm(struct req *r, const char *ticket)
{
	struct db *db = r->app->db;
	struct leave_request lr;
	const char *missing[DOCUMENTS_MAX];
	char location[64];
	int found, nmissing, rc = 500;

	if (db_begin(db) < 0)
		return 500;
	found = request_find(db, ticket, SCOPE_WORKER, r->session->niss, 1, &lr);
	if (found != 0) {
		rc = found == 1 ? 404 : 500;
		goto fail;
	}
	snprintf(location, sizeof(location), "/demandes/%s/accuse", lr.ticket);
	if (lr.status != STATUS_PARTIAL) {
		db_rollback(db);
		rc = lr.confirmed_at != NULL ? req_redirect(r, location) : 409;
		request_release(&lr);
		return rc;
	}
	/* Documents the employer (or the worker) already added count. */
	if ((nmissing = attachments_missing(db, &lr, missing)) < 0 ||
	    db_exec(db, NULL, "UPDATE request SET confirmed_at = NOW(), fiscal_consent = ?"
	    " WHERE id = ?", "ii",
	    (long long)(strcmp(kv_get(&r->form, "fiscal_consent") ?: "", "1") == 0),
	    lr.id) < 0)
		goto fail;
	if (nmissing > 0 ? request_set_status(db, &lr, STATUS_ANNEXES, "worker",
	    r->session->niss, "confirmed") != 0 :
	    request_page_send(r, &lr, "confirmed") < 0)
		goto fail;
	if (db_commit(db) < 0)
		goto fail;
	request_release(&lr);
	outbox_flush_soon();
	return req_redirect(r, location);
fail:
	db_rollback(db);
	request_release(&lr);
	return rc;
}

/*
 * GET /demandes/<ticket>/apercu: the request in the seed's sentences, the
 * legal mention, the certification to tick and the consent to the
 * electronic tax form; POST /demandes/<ticket>/confirmer confirms it.
 */
int
page_preview(struct req *r)
{
	struct buf ticket = BUF_INIT;
	struct leave_request lr;
	struct form f;
	char location[64];
	xmlNodePtr content;
	int confirming = strcmp(r->method, "POST") == 0, rc;

	memset(&lr, 0, sizeof(lr));
	req_path_segment(r, 1, &ticket);
	if (confirming && strcmp(kv_get(&r->form, "certify") ?: "", "1") == 0) {
		rc = confirm(r, ticket.ptr);
		goto out;
	}
	rc = request_find(r->app->db, ticket.ptr, SCOPE_WORKER, r->session->niss, 0, &lr);
	if (rc != 0) {
		rc = rc == 1 ? 404 : 500;
		goto out;
	}
	if (lr.status != STATUS_PARTIAL || lr.career_years < 0) {
		/* Confirmed already, or the worker's part not saved yet. */
		snprintf(location, sizeof(location), lr.confirmed_at != NULL ?
		    "/demandes/%s/accuse" : "/demandes/%s/travailleur", lr.ticket);
		rc = lr.status == STATUS_PARTIAL || lr.confirmed_at != NULL ?
		    req_redirect(r, location) : 409;
		goto out;
	}
	content = req_page(r, "preview");
	request_xml(content, &lr);
	request_page_describe(r, content, &lr);
	form_start(&f, r, content);
	rc = request_page_missing(r, content, &lr) < 0 ? 500 : 200;
	if (confirming) {
		form_value(&f, "fiscal_consent", kv_get(&r->form, "fiscal_consent"));
		form_error(&f, "certify", "preview.error.certify", NULL, 0);
		rc = 422;
	}
out:
	request_release(&lr);
	buf_release(&ticket);
	return rc;
}
