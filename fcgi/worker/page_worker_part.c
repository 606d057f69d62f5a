/* SPDX-License-Identifier: EUPL-1.2 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
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
#include "rules.h"
#include "session.h"
#include "banned.h"

static const char *const fields[] = {
	"career_years", "family_situation", "payment", "iban", "bic",
	"secondary_activity", "postcode", NULL
};

/* The worker's answers, checked. */
struct worker_part {
	long		 career_years;
	const char	*family_situation;
	const char	*payment;
	struct buf	 iban;
	struct buf	 bic;
	int		 secondary_activity;
	long		 postcode;
};

static int
one_of(const char *v, const char *a, const char *b, const char *c)
{
	return v != NULL && (strcmp(v, a) == 0 || strcmp(v, b) == 0 ||
	    (c != NULL && strcmp(v, c) == 0));
}

static long
number(const char *v, long lo, long hi)
{
	char *end;
	long n;

	if (v == NULL || !isdigit((unsigned char)v[0]))
		return -1;
	n = strtol(v, &end, 10);
	return *end == '\0' && n >= lo && n <= hi ? n : -1;
}

/* BIC: 4 bank letters, 2 country letters, 2 location characters, optional 3 branch. */
static int
bic_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n != 8 && n != 11)
		return 0;
	for (i = 0; i < 6; i++)
		if (!isupper((unsigned char)s[i]))
			return 0;
	for (; i < n; i++)
		if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The rules that need the worker's answers (the career of end-of-career time credit). */
static void
judge(struct form *f, const struct leave_request *lr, long career_years)
{
	struct rule_input ri;
	struct rule_result res;
	size_t i;

	memset(&ri, 0, sizeof(ri));
	ri.type = lr->type;
	ri.motive = lr->motive;
	ri.regime = lr->regime;
	ri.start = lr->start;
	ri.end = lr->end;
	ri.filed = date_today();
	ri.allowances = lr->allowances;
	ri.work_percent = lr->work_percent;
	ri.worker_birth = ident_niss_birth_day(lr->worker_niss);
	ri.worker_female = ident_niss_female(lr->worker_niss);
	ri.concerned = lr->concerned;
	ri.concerned_birth = -1;
	ri.handicapped_child = lr->handicapped_child;
	ri.career_years = (int)career_years;
	rules_check(&ri, &res);
	/* The employer's part was judged at its entry: only the worker's field counts here. */
	for (i = 0; i < res.n; i++) {
		char a[3][24];
		const char *args[3] = { a[0], a[1], a[2] };
		int k;

		if (res.f[i].warning || strcmp(res.f[i].field, "career_years") != 0)
			continue;
		for (k = 0; k < 3; k++)
			snprintf(a[k], sizeof(a[k]), "%ld", res.f[i].arg[k]);
		form_error(f, "career_years", res.f[i].key, args, 3);
	}
}

static void
check(struct req *r, struct form *f, const struct leave_request *lr, struct worker_part *w)
{
	const struct kv_list *in = &r->form;
	char office[4];

	w->career_years = number(kv_get(in, "career_years"), 0, 60);
	if (w->career_years < 0)
		form_error(f, "career_years", "worker.error.career_years", NULL, 0);
	w->family_situation = kv_get(in, "family_situation");
	if (!one_of(w->family_situation, "cohabitant", "isolated", "head"))
		form_error(f, "family_situation", "worker.error.choose", NULL, 0);
	w->payment = kv_get(in, "payment");
	if (!one_of(w->payment, "account", "cheque", NULL))
		form_error(f, "payment", "worker.error.choose", NULL, 0);
	else if (strcmp(w->payment, "account") == 0) {
		ident_compact(&w->iban, kv_get(in, "iban"));
		ident_compact(&w->bic, kv_get(in, "bic"));
		if (w->iban.len == 0)
			form_error(f, "iban", "worker.error.iban.missing", NULL, 0);
		else if (!ident_iban_valid(w->iban.ptr))
			form_error(f, "iban", "worker.error.iban.invalid", NULL, 0);
		else if (strncmp(w->iban.ptr, "BE", 2) != 0 && !bic_ok(w->bic.ptr))
			form_error(f, "bic", "worker.error.bic", NULL, 0);
		if (strncmp(w->iban.ptr, "BE", 2) == 0)
			buf_reset(&w->bic);
	}
	w->secondary_activity = -1;
	if (one_of(kv_get(in, "secondary_activity"), "0", "1", NULL))
		w->secondary_activity = kv_get(in, "secondary_activity")[0] == '1';
	else
		form_error(f, "secondary_activity", "worker.error.choose", NULL, 0);
	w->postcode = number(kv_get(in, "postcode"), 1000, 9999);
	if (w->postcode < 0 || request_office(r->app->db, (int)w->postcode, office) != 0)
		form_error(f, "postcode", "worker.error.postcode", NULL, 0);
	if (w->career_years >= 0)
		judge(f, lr, w->career_years);
}

/* Keep the answers on the request (still Partiel) and as the person's payment data. */
static int
save(struct req *r, const struct leave_request *lr, const struct worker_part *w)
{
	struct db *db = r->app->db;
	int cheque = strcmp(w->payment, "cheque") == 0;
	const char *iban = cheque ? "" : w->iban.ptr, *bic = cheque ? "" : w->bic.ptr;

	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, NULL, "UPDATE request SET career_years = ?, family_situation = ?,"
	    " payment = ?, iban = NULLIF(?, ''), bic = NULLIF(?, ''), secondary_activity = ?,"
	    " postcode = ? WHERE id = ? AND status = 'partial'", "isssssii",
	    (long long)w->career_years, w->family_situation, w->payment, iban, bic,
	    (long long)w->secondary_activity, (long long)w->postcode, lr->id) < 0 ||
	    db_exec(db, NULL, "UPDATE person SET payment = ?, iban = NULLIF(?, ''),"
	    " bic = NULLIF(?, ''), postcode = ? WHERE niss = ?", "sssis", w->payment, iban, bic,
	    (long long)w->postcode, lr->worker_niss) < 0 ||
	    db_commit(db) < 0) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

/* What the form shows first: the answers already given, else the person's known data. */
static int
prefill(struct req *r, struct form *f, const struct leave_request *lr)
{
	struct db_rows rows = { 0 };
	char n[24];

	if (lr->career_years >= 0) {
		snprintf(n, sizeof(n), "%d", lr->career_years);
		form_value(f, "career_years", n);
		form_value(f, "family_situation", lr->family_situation);
		form_value(f, "secondary_activity", lr->secondary_activity ? "1" : "0");
	}
	if (db_exec(r->app->db, &rows, "SELECT payment, iban, bic, postcode FROM person"
	    " WHERE niss = ?", "s", lr->worker_niss) < 0)
		return -1;
	form_value(f, "payment", lr->payment ? lr->payment : db_cell(&rows, 0, 0));
	form_value(f, "iban", lr->iban ? lr->iban : db_cell(&rows, 0, 1));
	form_value(f, "bic", lr->bic ? lr->bic : db_cell(&rows, 0, 2));
	if (lr->postcode >= 0)
		snprintf(n, sizeof(n), "%d", lr->postcode);
	form_value(f, "postcode", lr->postcode >= 0 ? n : db_cell(&rows, 0, 3));
	db_rows_release(&rows);
	return 0;
}

/*
 * GET and POST /demandes/<ticket>/travailleur: the worker's part of a
 * request in status Partiel; saved, it leads to the preview.
 */
int
page_worker_part(struct req *r)
{
	struct buf ticket = BUF_INIT;
	struct worker_part w = { 0 };
	struct leave_request lr;
	struct form f;
	char location[64];
	xmlNodePtr content;
	int rc;

	buf_init(&w.iban);
	buf_init(&w.bic);
	req_path_segment(r, 1, &ticket);
	rc = request_find(r->app->db, ticket.ptr, SCOPE_WORKER, r->session->niss, 0, &lr);
	if (rc != 0) {
		rc = rc == 1 ? 404 : 500;
		goto out;
	}
	if (lr.status != STATUS_PARTIAL) {
		/* Already confirmed (back button): show where it stands. */
		snprintf(location, sizeof(location), "/demandes/%s/accuse", lr.ticket);
		rc = lr.confirmed_at != NULL ? req_redirect(r, location) : 409;
		goto out;
	}
	content = req_page(r, "worker-part");
	request_xml(content, &lr);
	request_page_describe(r, content, &lr);
	form_start(&f, r, content);
	if (strcmp(r->method, "GET") == 0) {
		rc = prefill(r, &f, &lr) < 0 ? 500 : 200;
		goto out;
	}
	form_values_from(&f, &r->form, fields);
	check(r, &f, &lr, &w);
	if (f.nerrors > 0) {
		rc = 422;
		goto out;
	}
	if (save(r, &lr, &w) < 0) {
		rc = 500;
		goto out;
	}
	snprintf(location, sizeof(location), "/demandes/%s/apercu", lr.ticket);
	rc = req_redirect(r, location);
out:
	request_release(&lr);
	buf_release(&ticket);
	buf_release(&w.iban);
	buf_release(&w.bic);
	return rc;
}
