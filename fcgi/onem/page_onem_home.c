/* SPDX-License-Identifier: EUPL-1.2 */
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

/* Rows one table shows at most; an office works through them oldest first. */
#define LIST_LIMIT 200

/* One table of the office's requests: REQUEST_LIST_SELECT + `where` (office code bound). */
static int
table(struct req *r, xmlNodePtr parent, const char *name, const char *sql)
{
	struct db_rows rows = { 0 };
	int rc = db_exec(r->app->db, &rows, sql, "s", r->session->office);

	if (rc == 0)
		request_list_xml(xml_node(parent, name), &rows, LIST_LIMIT);
	db_rows_release(&rows);
	return rc;
}

/*
 * The office's requests of one worker (a NISS) or the one with a ticket
 * number, whatever their status, newest first, under <found>; a search
 * that is neither is an error on the form. 0, 1 (error shown), -1.
 */
static int
search(struct req *r, xmlNodePtr content, const char *typed)
{
	struct db_rows rows = { 0 };
	struct buf q = BUF_INIT;
	struct form f;
	int rc = -1;

	form_start(&f, r, content);
	form_value(&f, "q", typed);
	ident_compact(&q, typed);
	if (!ident_ticket_valid(q.ptr) && !ident_niss_valid(q.ptr)) {
		form_error(&f, "q", "onemhome.search.error", NULL, 0);
		rc = 1;
		goto out;
	}
	if (db_exec(r->app->db, &rows, REQUEST_LIST_SELECT "WHERE r.office_code = ?"
	    " AND (r.ticket = ? OR r.worker_niss = ?) ORDER BY r.received_on DESC, r.id DESC"
	    " LIMIT 200", "sss", r->session->office, q.ptr, q.ptr) < 0)
		goto out;
	request_list_xml(xml_node(content, "found"), &rows, LIST_LIMIT);
	rc = 0;
out:
	db_rows_release(&rows);
	buf_release(&q);
	return rc;
}

/*
 * GET /onem/: the agent's office at work — the requests received and not
 * yet taken in hand (oldest first: the reception date opens the right),
 * those in hand, and those decided in the last 30 days; ?q= finds the
 * office's requests by ticket number or NISS.
 */
int
page_onem_home(struct req *r)
{
	xmlNodePtr content = req_page(r, "onem-home");
	const char *q = kv_get(&r->args, "q");
	int found = 0;

	xml_text(content, "agent", r->session->family_name);
	xml_text(content, "office", r->session->office);
	if (q != NULL && (found = search(r, content, q)) < 0)
		return 500;
	if (table(r, content, "waiting", REQUEST_LIST_SELECT "WHERE r.office_code = ?"
	    " AND r.status = 'sent' ORDER BY r.received_on, r.id LIMIT 200") < 0 ||
	    table(r, content, "processing", REQUEST_LIST_SELECT "WHERE r.office_code = ?"
	    " AND r.status = 'processing' ORDER BY r.received_on, r.id LIMIT 200") < 0 ||
	    table(r, content, "decided", REQUEST_LIST_SELECT "JOIN decision d"
	    " ON d.request_id = r.id WHERE r.office_code = ?"
	    " AND d.decided_at >= NOW() - INTERVAL 30 DAY ORDER BY d.decided_at DESC, r.id DESC"
	    " LIMIT 200") < 0)
		return 500;
	return found == 1 ? 422 : 200;
}
