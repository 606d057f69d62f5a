/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "crypto.h"
#include "db.h"
#include "employer_part.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "log.h"
#include "outbox.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "session.h"
#include "banned.h"

/* The enterprise's latest data, to fill a new form. */
static int
prefill_employer(struct req *r, struct form *f)
{
	static const char *const names[] = { "employer_onss", "employer_name",
	    "employer_street", "employer_postcode", "employer_city", "joint_committee" };
	struct db_rows rows = { 0 };
	size_t i;

	if (db_exec(r->app->db, &rows, "SELECT onss, name, street, postcode, city,"
	    " joint_committee FROM employer WHERE bce = ?", "s", r->session->bce) < 0)
		return -1;
	for (i = 0; rows.nrows == 1 && i < 6; i++)
		form_value(f, names[i], db_cell(&rows, 0, i));
	db_rows_release(&rows);
	return 0;
}

/* A stored request's employer part as form values, to change it. */
static void
prefill_request(struct form *f, const struct leave_request *lr)
{
	struct buf b = BUF_INIT;
	char n[24];

	ident_niss_format(&b, lr->worker_niss);
	form_value(f, "worker_niss", b.ptr);
	form_value(f, "type", leave_type_code(lr->type));
	form_value(f, "motive", motive_code(lr->motive));
	form_value(f, "regime", regime_code(lr->regime));
	buf_reset(&b);
	date_fr(&b, lr->start);
	form_value(f, "start", b.ptr);
	buf_reset(&b);
	date_fr(&b, lr->end);
	form_value(f, "end", b.ptr);
	form_value(f, "allowances", lr->allowances ? "1" : "0");
	if (lr->concerned != NULL) {
		buf_reset(&b);
		ident_niss_format(&b, lr->concerned);
		form_value(f, "concerned_niss", b.ptr);
	}
	form_value(f, "handicapped_child", lr->handicapped_child ? "1" : NULL);
	form_value(f, "employer_name", lr->employer_name);
	form_value(f, "employer_street", lr->employer_street);
	form_value(f, "employer_postcode", lr->employer_postcode);
	form_value(f, "employer_city", lr->employer_city);
	form_value(f, "employer_onss", lr->employer_onss);
	form_value(f, "joint_committee", lr->joint_committee);
	snprintf(n, sizeof(n), "%d", lr->work_percent);
	form_value(f, "work_percent", n);
	snprintf(n, sizeof(n), "%ld", lr->headcount);
	form_value(f, "headcount", n);
	buf_release(&b);
}

/* The one-time token of a new form: a replayed POST finds its request. */
static int
token_ok(const char *t)
{
	return t != NULL && strlen(t) == 32 && strspn(t, "0123456789abcdef") == 32;
}

/* What a checked employer's part means for the answer: 0 go on, else the status. */
static int
verdict_status(enum part_verdict v)
{
	switch (v) {
	case PART_OK:
		return 0;
	case PART_WARNINGS:
		return 200;	/* the form again, with the warnings to acknowledge */
	case PART_ERRORS:
		return 422;
	default:
		return 500;
	}
}

/* POST of a new request: 303 to the request, or the form again. */
static int
create(struct req *r, struct form *f)
{
	struct employer_part p;
	const char *token = kv_get(&r->form, "form_token");
	char ticket[13], location[64];
	int rc = 500;

	memset(&p, 0, sizeof(p));
	/* A replay (double click, back button) finds what the first POST filed. */
	switch (employer_part_find(r, token, ticket)) {
	case 0:
		goto filed;
	case 1:
		break;
	default:
		goto out;
	}
	form_values_from(f, &r->form, employer_part_fields);
	form_value(f, "form_token", token);
	if ((rc = verdict_status(employer_part_check(f, &r->form, 0, &p))) != 0)
		goto out;
	rc = 500;
	if (db_begin(r->app->db) < 0)
		goto out;
	if (employer_part_insert(r, &p, token, ticket) < 0 || db_commit(r->app->db) < 0) {
		db_rollback(r->app->db);
		/* Its concurrent twin may have won the token. */
		if (employer_part_find(r, token, ticket) != 0)
			goto out;
	}
	outbox_flush_soon();
filed:
	snprintf(location, sizeof(location), "/employeur/demandes/%s", ticket);
	rc = req_redirect(r, location);
out:
	employer_part_release(&p);
	return rc;
}

/* POST of a change to request `ticket`, while the worker has not completed it. */
static int
change(struct req *r, struct form *f, const char *ticket)
{
	struct employer_part p;
	struct leave_request lr;
	char location[64];
	int found, rc = 500;

	memset(&p, 0, sizeof(p));
	form_values_from(f, &r->form, employer_part_fields);
	found = request_find(r->app->db, ticket, SCOPE_EMPLOYER, r->session->bce, 0, &lr);
	if (found != 0) {
		rc = found == 1 ? 404 : 500;
		goto out;
	}
	if (lr.status != STATUS_PARTIAL) {
		rc = 409;
		goto out;
	}
	if ((rc = verdict_status(employer_part_check(f, &r->form, lr.id, &p))) != 0)
		goto out;
	rc = 500;
	request_release(&lr);
	if (db_begin(r->app->db) < 0)
		goto out;
	/* Locked and read again: the worker may have completed it meanwhile. */
	found = request_find(r->app->db, ticket, SCOPE_EMPLOYER, r->session->bce, 1, &lr);
	if (found != 0 || lr.status != STATUS_PARTIAL) {
		db_rollback(r->app->db);
		rc = found == 0 ? 409 : found == 1 ? 404 : 500;
		goto out;
	}
	if (employer_part_update(r, &p, &lr) < 0 || db_commit(r->app->db) < 0) {
		db_rollback(r->app->db);
		goto out;
	}
	snprintf(location, sizeof(location), "/employeur/demandes/%s", lr.ticket);
	rc = req_redirect(r, location);
out:
	request_release(&lr);
	employer_part_release(&p);
	return rc;
}

/*
 * /employeur/demandes/nouvelle and /employeur/demandes/<ticket>/modifier:
 * the employer's part. A POST names the enterprise it is filed for; it
 * must be the one chosen at sign-in (403 otherwise). A payroll package's
 * XML document goes to the same address.
 */
int
page_employer_form(struct req *r)
{
	struct buf ticket = BUF_INIT, token = BUF_INIT;
	struct leave_request lr;
	struct form f;
	xmlNodePtr content;
	int changing = req_path_segment(r, 3, &ticket) == 0, rc = 500;

	memset(&lr, 0, sizeof(lr));
	req_path_segment(r, 2, &ticket);	/* the ticket, when changing */
	if (strcmp(r->method, "POST") == 0 && r->body.len > 0 && !changing) {
		rc = employer_xml_filing(r);
		goto out;
	}
	if (strcmp(r->method, "POST") == 0 &&
	    strcmp(kv_get(&r->form, "bce") ?: "", r->session->bce) != 0) {
		rc = 403;
		goto out;
	}
	content = req_page(r, "employer-form");
	xml_attr(content, "bce", r->session->bce);
	form_start(&f, r, content);
	if (changing) {
		xml_attr(content, "ticket", ticket.ptr);
		if (strcmp(r->method, "POST") == 0) {
			rc = change(r, &f, ticket.ptr);
			goto out;
		}
		rc = request_find(r->app->db, ticket.ptr, SCOPE_EMPLOYER, r->session->bce, 0, &lr);
		if (rc != 0) {
			rc = rc == 1 ? 404 : 500;
			goto out;
		}
		rc = lr.status == STATUS_PARTIAL ? 200 : 409;
		if (rc == 200)
			prefill_request(&f, &lr);
		goto out;
	}
	if (strcmp(r->method, "POST") == 0) {
		if (!token_ok(kv_get(&r->form, "form_token"))) {
			rc = 400;
			goto out;
		}
		rc = create(r, &f);
		goto out;
	}
	if (prefill_employer(r, &f) < 0 || crypto_random_hex(&token, 16) < 0)
		goto out;
	form_value(&f, "form_token", token.ptr);
	rc = 200;
out:
	request_release(&lr);
	buf_release(&ticket);
	buf_release(&token);
	return rc;
}
