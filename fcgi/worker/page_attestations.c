/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "attestation.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "pages.h"
#include "pdfdoc.h"
#include "req.h"
#include "request.h"
#include "rules.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

/* Periods and balances one attestation names at most. */
#define PERIODS_MAX 120
#define BALANCES_MAX 64
/* Attestations the list shows. */
#define LIST_MAX 100
/* Career interruption began in 1985: no span starts earlier. */
#define SPAN_FIRST_YEAR 1985
/* How far ahead a span may end: granted periods are known a few years ahead. */
#define SPAN_YEARS_AHEAD 6

/* What one attestation says. */
struct attestation {
	const char		*kind;		/* "periods" or "rights" */
	int			 span_start, span_end;	/* periods only */
	int			 issued;	/* day */
	struct rule_usage	*periods;
	size_t			 nperiods;
	struct rule_balance	 balances[BALANCES_MAX];
	size_t			 nbalances;
	struct db_rows		 keep;		/* owns the strings of periods */
};

/* One line per period, or the sentence saying there is none. */
static void
periods_blocks(struct pdfdoc *d, const struct attestation *a, const char *none_key)
{
	struct buf type = BUF_INIT, regime = BUF_INIT, from = BUF_INIT, to = BUF_INIT;
	const char *args[4];
	char key[32];
	size_t i;

	if (a->nperiods == 0)
		pdfdoc_msg(d, PDF_PARAGRAPH, none_key, NULL, 0);
	for (i = 0; i < a->nperiods; i++) {
		buf_reset(&type);
		buf_reset(&regime);
		buf_reset(&from);
		buf_reset(&to);
		pdfdoc_type(d, &type, a->periods[i].type, a->periods[i].motive);
		snprintf(key, sizeof(key), "leave.regime.%s", regime_code(a->periods[i].regime));
		pdfdoc_text(d, &regime, key, NULL, 0);
		date_fr(&from, a->periods[i].start);
		date_fr(&to, a->periods[i].end);
		args[0] = type.ptr;
		args[1] = regime.ptr;
		args[2] = from.ptr;
		args[3] = to.ptr;
		pdfdoc_msg(d, PDF_PARAGRAPH, "attestation.period", args, 4);
	}
	buf_release(&type);
	buf_release(&regime);
	buf_release(&from);
	buf_release(&to);
}

/* "3 mois", "10 mois et 15 jours", "7 jours" into out. */
static void
figure(struct pdfdoc *d, struct buf *out, const struct rule_balance *b, int n, int days)
{
	char num[2][16];
	const char *args[2] = { num[0], num[1] };

	snprintf(num[0], sizeof(num[0]), "%d", n);
	snprintf(num[1], sizeof(num[1]), "%d", days);
	pdfdoc_text(d, out, days > 0 ? "rights.unit.months-days" :
	    b->days ? "rights.unit.days" : "rights.unit.months", args, 2);
}

/* One line per balance, as on /droits. */
static void
balance_blocks(struct pdfdoc *d, const struct attestation *a)
{
	struct buf type = BUF_INIT, who = BUF_INIT, regimes = BUF_INIT;
	struct buf used = BUF_INIT, left = BUF_INIT, max = BUF_INIT;
	const struct rule_balance *b;
	const char *args[6];
	size_t i;

	if (a->nbalances == 0)
		pdfdoc_msg(d, PDF_PARAGRAPH, "rights.empty", NULL, 0);
	for (i = 0; i < a->nbalances; i++) {
		b = &a->balances[i];
		buf_reset(&type);
		buf_reset(&who);
		buf_reset(&regimes);
		buf_reset(&used);
		buf_reset(&left);
		buf_reset(&max);
		pdfdoc_type(d, &type, b->type, b->motive);
		if (b->concerned != NULL) {
			ident_niss_format(&regimes, b->concerned);
			args[0] = regimes.ptr;
			pdfdoc_text(d, &who, "attestation.concerned", args, 1);
			buf_reset(&regimes);
		} else
			pdfdoc_text(d, &who, "attestation.career", NULL, 0);
		regime_list(&regimes, b->regimes);
		figure(d, &used, b, b->used_months, b->used_days);
		figure(d, &left, b, b->remaining_months, b->remaining_days);
		figure(d, &max, b, b->max_months, 0);
		args[0] = type.ptr;
		args[1] = who.ptr;
		args[2] = regimes.ptr;
		args[3] = used.ptr;
		args[4] = left.ptr;
		args[5] = max.ptr;
		pdfdoc_msg(d, PDF_PARAGRAPH, "attestation.balance", args, 6);
	}
	buf_release(&type);
	buf_release(&who);
	buf_release(&regimes);
	buf_release(&used);
	buf_release(&left);
	buf_release(&max);
}

/*
 * The attestation as a PDF into out: who, the span, the periods (and the
 * balances), and how anyone checks it with `code`. 0 or -1.
 */
static int
render_pdf(struct req *r, const struct attestation *a, const char *name, const char *code,
    struct buf *out)
{
	struct pdfdoc d;
	struct buf url = BUF_INIT, from = BUF_INIT, to = BUF_INIT;
	const char *args[2];
	int rc, periods = strcmp(a->kind, "periods") == 0;

	pdfdoc_init(&d, r->app->render, r->lang, 20 + a->nperiods + a->nbalances);
	buf_adds(pdfdoc_block(&d, PDF_FIELD, "attestation.pdf.worker"), name);
	ident_niss_format(pdfdoc_block(&d, PDF_FIELD, "attestation.pdf.niss"), r->session->niss);
	date_fr(pdfdoc_block(&d, PDF_FIELD, "attestation.pdf.issued"), a->issued);
	if (periods) {
		date_fr(&from, a->span_start);
		date_fr(&to, a->span_end);
		args[0] = from.ptr;
		args[1] = to.ptr;
		pdfdoc_text(&d, pdfdoc_block(&d, PDF_FIELD, "attestation.pdf.span"),
		    "attestation.span", args, 2);
		pdfdoc_msg(&d, PDF_HEADING, "attestation.periods.title", NULL, 0);
		periods_blocks(&d, a, "attestation.none.periods");
		pdfdoc_msg(&d, PDF_NOTE, "attestation.pdf.periods.note", NULL, 0);
	} else {
		date_fr(&from, a->issued);
		args[0] = from.ptr;
		pdfdoc_msg(&d, PDF_PARAGRAPH, "attestation.pdf.rights.intro", args, 1);
		pdfdoc_msg(&d, PDF_HEADING, "attestation.balances.title", NULL, 0);
		balance_blocks(&d, a);
		pdfdoc_msg(&d, PDF_HEADING, "attestation.rights.title", NULL, 0);
		periods_blocks(&d, a, "attestation.none.rights");
		pdfdoc_msg(&d, PDF_NOTE, "rights.note.attestation", NULL, 0);
	}
	pdfdoc_msg(&d, PDF_HEADING, "attestation.pdf.verify.title", NULL, 0);
	buf_addf(&url, "%s/verification", r->app->conf->public_url);
	args[0] = url.ptr;
	pdfdoc_msg(&d, PDF_PARAGRAPH, "attestation.pdf.verify", args, 1);
	ident_code_format(pdfdoc_block(&d, PDF_CODE, NULL), code);
	rc = pdfdoc_render(&d, periods ? "attestation.kind.periods" : "attestation.kind.rights",
	    "attestation.pdf.footer", out);
	pdfdoc_release(&d);
	buf_release(&url);
	buf_release(&from);
	buf_release(&to);
	return rc;
}

/* The granted periods (with allowances or not) within the span, cut to it, oldest first. */
static int
granted_periods(struct db *db, const char *niss, struct attestation *a)
{
	struct buf from = BUF_INIT, to = BUF_INIT;
	size_t i;
	int rc;

	date_iso(&from, a->span_start);
	date_iso(&to, a->span_end);
	rc = db_exec(db, &a->keep, "SELECT type, motive, regime, GREATEST(start_date, ?),"
	    " LEAST(end_date, ?) FROM request WHERE worker_niss = ? AND status IN ('granted', 'unpaid')"
	    " AND start_date <= ? AND end_date >= ? ORDER BY start_date, id LIMIT 120",
	    "sssss", from.ptr, to.ptr, niss, to.ptr, from.ptr);
	buf_release(&from);
	buf_release(&to);
	if (rc < 0)
		return -1;
	a->periods = xcalloc(a->keep.nrows + 1, sizeof(*a->periods));
	for (i = 0; i < a->keep.nrows; i++) {
		struct rule_usage *p = &a->periods[a->nperiods];

		p->type = (enum leave_type)leave_type_parse(db_cell(&a->keep, i, 0));
		p->motive = (enum motive)motive_parse(db_cell(&a->keep, i, 1));
		p->regime = (enum regime)regime_parse(db_cell(&a->keep, i, 2));
		if ((int)p->type < 0 || (int)p->motive < 0 || (int)p->regime < 0 ||
		    date_parse(db_cell(&a->keep, i, 3), &p->start) < 0 ||
		    date_parse(db_cell(&a->keep, i, 4), &p->end) < 0)
			continue;
		a->nperiods++;
	}
	return 0;
}

/* What the attestation says, read from the database inside the transaction. */
static int
gather(struct req *r, struct attestation *a)
{
	size_t n;

	if (strcmp(a->kind, "periods") == 0)
		return granted_periods(r->app->db, r->session->niss, a);
	if (request_usage(r->app->db, r->session->niss, 0, &a->periods, &a->nperiods,
	    &a->keep) < 0)
		return -1;
	if (a->nperiods > PERIODS_MAX)
		a->nperiods = PERIODS_MAX;
	n = rules_balances(a->periods, a->nperiods, a->issued, a->balances, BALANCES_MAX);
	a->nbalances = n < BALANCES_MAX ? n : BALANCES_MAX;
	return 0;
}

/* "M. D.": the first letter of each name (a whole UTF-8 character). */
static void
initials(struct buf *out, const char *given, const char *family)
{
	const char *names[2] = { given, family };
	size_t i, len;

	for (i = 0; i < 2; i++) {
		if (names[i] == NULL || names[i][0] == '\0')
			continue;
		for (len = 1; (names[i][len] & 0xC0) == 0x80; len++)
			continue;
		buf_addf(out, "%s%.*s.", out->len ? " " : "", (int)len, names[i]);
	}
}

/* The attestation's row and its periods and balances, in the open transaction. */
static int
store(struct db *db, struct req *r, const struct attestation *a, const char *code,
    const char *initials_text, const struct buf *pdf)
{
	struct db_rows ins = { 0 };
	struct buf from = BUF_INIT, to = BUF_INIT, regimes = BUF_INIT, who = BUF_INIT;
	const struct rule_balance *b;
	long long id;
	size_t i;
	int rc = -1;

	if (strcmp(a->kind, "periods") == 0) {
		date_iso(&from, a->span_start);
		date_iso(&to, a->span_end);
	}
	if (db_exec(db, &ins, "INSERT INTO attestation (code, worker_niss, kind, span_start,"
	    " span_end, initials, lang, pdf) VALUES (?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?)",
	    "sssssssb", code, r->session->niss, a->kind, from.ptr, to.ptr, initials_text, r->lang,
	    pdf->ptr, pdf->len) < 0)
		goto out;
	id = (long long)ins.insert_id;
	for (i = 0; i < a->nperiods; i++) {
		buf_reset(&from);
		buf_reset(&to);
		date_iso(&from, a->periods[i].start);
		date_iso(&to, a->periods[i].end);
		if (db_exec(db, NULL, "INSERT INTO attestation_period (attestation_id, seq, type,"
		    " motive, regime, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
		    "iisssss", id, (long long)i, leave_type_code(a->periods[i].type),
		    motive_code(a->periods[i].motive), regime_code(a->periods[i].regime),
		    from.ptr, to.ptr) < 0)
			goto out;
	}
	for (i = 0; i < a->nbalances; i++) {
		b = &a->balances[i];
		buf_reset(&regimes);
		buf_reset(&who);
		regime_list(&regimes, b->regimes);
		if (b->concerned != NULL)
			ident_niss_format(&who, b->concerned);
		if (db_exec(db, NULL, "INSERT INTO attestation_balance (attestation_id, seq, type,"
		    " motive, concerned, regimes, unit, used, remaining, max, used_days,"
		    " remaining_days) VALUES (?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?)",
		    "iisssssiiiii", id, (long long)i, leave_type_code(b->type),
		    motive_code(b->motive), who.ptr, regimes.ptr,
		    b->days ? "days" : "months", (long long)b->used_months,
		    (long long)b->remaining_months, (long long)b->max_months,
		    (long long)b->used_days, (long long)b->remaining_days) < 0)
			goto out;
	}
	rc = 0;
out:
	db_rows_release(&ins);
	buf_release(&from);
	buf_release(&to);
	buf_release(&regimes);
	buf_release(&who);
	return rc;
}

/*
 * Issue the attestation in one transaction, the person's row locked so
 * that two clicks cannot both pass the daily limit: the same attestation
 * asked again within a minute is the one already issued. Writes the code
 * into `code`; 0, 1 over the daily limit, -1 error.
 */
static int
issue(struct req *r, struct attestation *a, struct buf *code)
{
	struct db *db = r->app->db;
	struct db_rows person = { 0 }, seen = { 0 };
	struct buf from = BUF_INIT, to = BUF_INIT, name = BUF_INIT, ini = BUF_INIT, pdf = BUF_INIT;
	int rc = -1, open = 1;

	if (strcmp(a->kind, "periods") == 0) {
		date_iso(&from, a->span_start);
		date_iso(&to, a->span_end);
	}
	if (db_begin(db) < 0)
		return -1;
	/*
	 * The person's row is the lock (signing in writes it; it is made here
	 * all the same). The names are the identity service's, from the session.
	 */
	if (db_exec(db, NULL, "INSERT INTO person (niss, given_name, family_name) VALUES (?, ?, ?)"
	    " ON DUPLICATE KEY UPDATE niss = niss", "sss", r->session->niss,
	    r->session->given_name, r->session->family_name) < 0 ||
	    db_exec(db, &person, "SELECT niss FROM person WHERE niss = ? FOR UPDATE", "s",
	    r->session->niss) < 0 || person.nrows != 1 ||
	    db_exec(db, &seen, "SELECT code FROM attestation WHERE worker_niss = ? AND kind = ?"
	    " AND span_start <=> NULLIF(?, '') AND span_end <=> NULLIF(?, '')"
	    " AND created_at >= NOW() - INTERVAL 1 MINUTE ORDER BY id DESC LIMIT 1", "ssss",
	    r->session->niss, a->kind, from.ptr, to.ptr) < 0)
		goto out;
	if (seen.nrows == 1) {
		buf_adds(code, db_cell(&seen, 0, 0));
		rc = 0;
		goto out;
	}
	db_rows_release(&seen);
	if (db_exec(db, &seen, "SELECT COUNT(*) FROM attestation WHERE worker_niss = ?"
	    " AND created_at >= NOW() - INTERVAL 1 DAY", "s", r->session->niss) < 0)
		goto out;
	if (atoi(db_cell(&seen, 0, 0)) >= r->app->conf->attestations_per_day) {
		rc = 1;
		goto out;
	}
	buf_addf(&name, "%s %s", r->session->given_name ? r->session->given_name : "",
	    r->session->family_name ? r->session->family_name : "");
	initials(&ini, r->session->given_name, r->session->family_name);
	if (gather(r, a) < 0 || ident_code_new(code) < 0 ||
	    render_pdf(r, a, name.ptr, code->ptr, &pdf) < 0 ||
	    store(db, r, a, code->ptr, ini.ptr, &pdf) < 0)
		goto out;
	open = 0;
	rc = db_commit(db) < 0 ? -1 : 0;
out:
	if (open)
		db_rollback(db);
	db_rows_release(&person);
	db_rows_release(&seen);
	buf_release(&from);
	buf_release(&to);
	buf_release(&name);
	buf_release(&ini);
	buf_release(&pdf);
	return rc;
}

/* The form's answers into `a`; errors go to the form. */
static void
read_request(struct req *r, struct form *f, struct attestation *a)
{
	static const char *const fields[] = { "kind", "start", "end", NULL };
	const char *kind = kv_get(&r->form, "kind");
	int first, last, y, m, d;

	form_values_from(f, &r->form, fields);
	if (kind != NULL && strcmp(kind, "rights") == 0) {
		a->kind = "rights";
		return;
	}
	if (kind == NULL || strcmp(kind, "periods") != 0) {
		form_error(f, "kind", "attestations.error.kind", NULL, 0);
		return;
	}
	a->kind = "periods";
	form_date(f, &r->form, "start", &a->span_start);
	form_date(f, &r->form, "end", &a->span_end);
	if (f->nerrors > 0)
		return;
	date_to_ymd(a->issued, &y, &m, &d);
	date_from_ymd(SPAN_FIRST_YEAR, 1, 1, &first);
	date_from_ymd(y + SPAN_YEARS_AHEAD, 12, 31, &last);
	if (a->span_end < a->span_start)
		form_error(f, "end", "attestations.error.order", NULL, 0);
	else if (a->span_start < first)
		form_error(f, "start", "attestations.error.early", NULL, 0);
	else if (a->span_end > last)
		form_error(f, "end", "attestations.error.late", NULL, 0);
}

/* The worker's attestations, newest first, under <attestations>. */
static int
list_xml(struct req *r, xmlNodePtr content)
{
	struct db_rows rows = { 0 };
	struct buf code = BUF_INIT;
	xmlNodePtr list, n;
	size_t i;

	if (db_exec(r->app->db, &rows, "SELECT code, kind, DATE_FORMAT(created_at, '%d/%m/%Y'),"
	    " DATE_FORMAT(span_start, '%d/%m/%Y'), DATE_FORMAT(span_end, '%d/%m/%Y')"
	    " FROM attestation WHERE worker_niss = ? ORDER BY id DESC LIMIT 100", "s",
	    r->session->niss) < 0)
		return -1;
	list = xml_node(content, "attestations");
	for (i = 0; i < rows.nrows && i < LIST_MAX; i++) {
		n = xml_node(list, "attestation");
		buf_reset(&code);
		ident_code_format(&code, db_cell(&rows, i, 0));
		xml_attr(n, "code", db_cell(&rows, i, 0));
		xml_attr(n, "code-display", code.ptr);
		xml_attr(n, "kind", db_cell(&rows, i, 1));
		xml_attr(n, "issued", db_cell(&rows, i, 2));
		if (db_cell(&rows, i, 3) != NULL) {
			xml_attr(n, "span-start", db_cell(&rows, i, 3));
			xml_attr(n, "span-end", db_cell(&rows, i, 4));
		}
	}
	db_rows_release(&rows);
	buf_release(&code);
	return 0;
}

/* GET and POST /attestations: the list and the form asking for a new one. */
static int
list_page(struct req *r)
{
	struct attestation a;
	struct buf code = BUF_INIT, to = BUF_INIT;
	struct form f;
	xmlNodePtr content = req_page(r, "attestations");
	int rc = 200;

	memset(&a, 0, sizeof(a));
	a.issued = date_today();
	form_start(&f, r, content);
	if (strcmp(r->method, "POST") == 0) {
		read_request(r, &f, &a);
		if (f.nerrors == 0) {
			rc = issue(r, &a, &code);
			if (rc == 1) {
				char most[16];
				const char *args[1] = { most };

				snprintf(most, sizeof(most), "%d", r->app->conf->attestations_per_day);
				form_error(&f, "kind", "attestations.error.many", args, 1);
			}
			else if (rc == 0) {
				buf_addf(&to, "/attestations/%s?nouvelle=1", code.ptr);
				rc = req_redirect(r, to.ptr);
				goto out;
			} else {
				rc = 500;
				goto out;
			}
		}
		rc = 422;
	}
	if (list_xml(r, content) < 0)
		rc = 500;
out:
	free(a.periods);
	db_rows_release(&a.keep);
	buf_release(&code);
	buf_release(&to);
	return rc;
}

/*
 * GET /attestations/<code>: one of the worker's attestations as a page;
 * /attestations/<code>.pdf: the PDF exactly as issued.
 */
static int
one(struct req *r, const char *segment)
{
	struct db_rows rows = { 0 };
	struct buf typed = BUF_INIT, code = BUF_INIT;
	const char *dot = strchr(segment, '.');
	char disposition[96];
	xmlNodePtr content;
	int rc = 404;

	buf_addf(&typed, "%.*s", (int)(dot ? (size_t)(dot - segment) : strlen(segment)), segment);
	if (ident_code_parse(&code, typed.ptr) < 0 || (dot != NULL && strcmp(dot, ".pdf") != 0))
		goto out;
	if (dot == NULL) {
		content = req_page(r, "attestation");
		if (kv_get(&r->args, "nouvelle") != NULL)
			xml_node(content, "issued");
		rc = attestation_xml(r->app->db, content, code.ptr, r->session->niss);
		if (rc == 1)
			req_page_drop(r);	/* not theirs: the 404 error page */
		rc = rc == 0 ? 200 : rc == 1 ? 404 : 500;
		goto out;
	}
	if (db_exec(r->app->db, &rows, "SELECT pdf FROM attestation WHERE code = ?"
	    " AND worker_niss = ?", "ss", code.ptr, r->session->niss) < 0) {
		rc = 500;
		goto out;
	}
	if (rows.nrows == 1) {
		snprintf(disposition, sizeof(disposition),
		    "attachment; filename=\"attestation-%s.pdf\"", code.ptr);
		req_header(r, "Content-Disposition", disposition);
		req_header(r, "Cache-Control", "private, no-store");
		rc = req_send_raw(r, 200, "application/pdf", db_cell(&rows, 0, 0), rows.lens[0]);
	}
out:
	db_rows_release(&rows);
	buf_release(&typed);
	buf_release(&code);
	return rc;
}

/*
 * "Attestations" ("Consulter ou demander des attestations d'interruption
 * de carrière"): the attestations already issued, and a form issuing a
 * new one as a PDF — the granted periods over a chosen span, or the
 * remaining rights the worker gives the employer with the notice for time
 * credit. Each carries a verification code that /verification checks.
 */
int
page_attestations(struct req *r)
{
	struct buf segment = BUF_INIT;
	int rc;

	if (req_path_segment(r, 1, &segment) == 0)
		rc = one(r, segment.ptr);
	else
		rc = list_page(r);
	buf_release(&segment);
	return rc;
}
