/* SPDX-License-Identifier: EUPL-1.2 */
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

/* Rows one overview shows at most (the query asks one more to know there are more). */
#define OVERVIEW_LIMIT 200

static const char *const search_fields[] = { "niss", "type", "status", "from", "to", NULL };

/*
 * GET /employeur: the enterprise's requests of the last two years, newest
 * first, searchable by worker, type, status and period (a request is
 * found when its period overlaps the one searched).
 */
int
page_employer(struct req *r)
{
	struct db_rows rows = { 0 };
	struct form f;
	struct buf niss = BUF_INIT, from = BUF_INIT, to = BUF_INIT;
	const char *type = kv_get(&r->args, "type"), *status = kv_get(&r->args, "status");
	xmlNodePtr content = req_page(r, "employer-home"), list;
	int day, rc = 500;

	xml_attr(content, "bce", r->session->bce);
	form_start(&f, r, content);
	form_values_from(&f, &r->args, search_fields);
	ident_compact(&niss, kv_get(&r->args, "niss"));
	if (niss.len > 0 && !ident_niss_valid(niss.ptr))
		form_error(&f, "niss", "employer.error.niss.invalid", NULL, 0);
	if (type != NULL && type[0] != '\0' && leave_type_parse(type) < 0)
		form_error(&f, "type", "employer.error.choose", NULL, 0);
	if (status != NULL && status[0] != '\0' && status_parse(status) < 0)
		form_error(&f, "status", "employer.error.choose", NULL, 0);
	if (kv_get(&r->args, "from") != NULL && kv_get(&r->args, "from")[0] != '\0') {
		if (date_parse(kv_get(&r->args, "from"), &day) < 0)
			form_error(&f, "from", "form.error.date.invalid", NULL, 0);
		else
			date_iso(&from, day);
	}
	if (kv_get(&r->args, "to") != NULL && kv_get(&r->args, "to")[0] != '\0') {
		if (date_parse(kv_get(&r->args, "to"), &day) < 0)
			form_error(&f, "to", "form.error.date.invalid", NULL, 0);
		else
			date_iso(&to, day);
	}
	if (f.nerrors > 0) {
		rc = 200;
		goto out;
	}
	if (db_exec(r->app->db, &rows, REQUEST_LIST_SELECT
	    "WHERE r.employer_bce = ? AND r.created_at >= NOW() - INTERVAL 2 YEAR"
	    " AND (? = '' OR r.worker_niss = ?) AND (? = '' OR r.type = ?)"
	    " AND (? = '' OR r.status = ?) AND (? = '' OR r.end_date >= ?)"
	    " AND (? = '' OR r.start_date <= ?)"
	    " ORDER BY r.created_at DESC, r.id DESC LIMIT 201", "sssssssssss",
	    r->session->bce, niss.ptr, niss.ptr, type ? type : "", type ? type : "",
	    status ? status : "", status ? status : "", from.ptr, from.ptr, to.ptr,
	    to.ptr) < 0)
		goto out;
	if (rows.nrows > OVERVIEW_LIMIT)
		xml_attr(content, "truncated", "1");
	list = request_list_xml(content, &rows, OVERVIEW_LIMIT);
	xml_attr(list, "searched", r->query[0] != '\0' ? "1" : "0");
	rc = 200;
out:
	db_rows_release(&rows);
	buf_release(&niss);
	buf_release(&from);
	buf_release(&to);
	return rc;
}
