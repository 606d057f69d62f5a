/* SPDX-License-Identifier: EUPL-1.2 */
#include "app.h"
#include "db.h"
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
 * GET /onem/: the agent's office at work — the requests received and not
 * yet taken in hand (oldest first: the reception date opens the right),
 * those in hand, and those decided in the last 30 days.
 */
int
page_onem_home(struct req *r)
{
	xmlNodePtr content = req_page(r, "onem-home");

	xml_text(content, "agent", r->session->family_name);
	xml_text(content, "office", r->session->office);
	if (table(r, content, "waiting", REQUEST_LIST_SELECT "WHERE r.office_code = ?"
	    " AND r.status = 'sent' ORDER BY r.received_on, r.id LIMIT 200") < 0 ||
	    table(r, content, "processing", REQUEST_LIST_SELECT "WHERE r.office_code = ?"
	    " AND r.status = 'processing' ORDER BY r.received_on, r.id LIMIT 200") < 0 ||
	    table(r, content, "decided", REQUEST_LIST_SELECT "JOIN decision d"
	    " ON d.request_id = r.id WHERE r.office_code = ?"
	    " AND d.decided_at >= NOW() - INTERVAL 30 DAY ORDER BY d.decided_at DESC, r.id DESC"
	    " LIMIT 200") < 0)
		return 500;
	return 200;
}
