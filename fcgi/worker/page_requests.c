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
#include "session.h"
#include "banned.h"

/* Requests one list shows at most. */
#define LIST_LIMIT 100

/*
 * GET /demandes ("Compléter une demande") and GET /pieces ("Pièces
 * jointes"): the worker's "Liste des demandes" in status Partiel,
 * respectively En attente des annexes, each with a radio, and "Suivant"
 * (the same address with ?ticket=) opening the chosen one.
 */
int
page_requests(struct req *r)
{
	int attachments = strncmp(r->path, "/pieces", 7) == 0;
	const char *status = attachments ? "annexes" : "partial";
	const char *chosen = kv_get(&r->args, "ticket");
	struct db_rows rows = { 0 };
	struct leave_request lr;
	struct form f;
	char location[64];
	xmlNodePtr content;
	int found, rc = 500;

	memset(&lr, 0, sizeof(lr));
	if (chosen != NULL) {
		found = request_find(r->app->db, chosen, SCOPE_WORKER, r->session->niss, 0, &lr);
		if (found < 0)
			goto out;
		if (found == 0 && lr.status == (attachments ? STATUS_ANNEXES : STATUS_PARTIAL)) {
			snprintf(location, sizeof(location), attachments ? "/pieces/%s" :
			    "/demandes/%s/travailleur", lr.ticket);
			rc = req_redirect(r, location);
			goto out;
		}
	}
	content = req_page(r, attachments ? "attachment-list" : "request-list");
	form_start(&f, r, content);
	if (chosen != NULL)
		form_error(&f, "ticket", "requests.error.choose", NULL, 0);
	if (db_exec(r->app->db, &rows, REQUEST_LIST_SELECT "WHERE r.worker_niss = ?"
	    " AND r.status = ? ORDER BY r.start_date DESC, r.id DESC LIMIT 101", "ss",
	    r->session->niss, status) < 0)
		goto out;
	if (rows.nrows > LIST_LIMIT)
		xml_attr(content, "truncated", "1");
	request_list_xml(content, &rows, LIST_LIMIT);
	rc = chosen != NULL ? 422 : 200;
out:
	request_release(&lr);
	db_rows_release(&rows);
	return rc;
}
