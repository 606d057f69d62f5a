/* SPDX-License-Identifier: EUPL-1.2 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "employer_part.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "log.h"
#include "outbox.h"
#include "render.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "rules.h"
#include "session.h"
#include "banned.h"

const char *const employer_part_fields[] = {
	"worker_niss", "type", "motive", "regime", "start", "end", "allowances",
	"concerned_niss", "handicapped_child", "employer_name", "employer_street",
	"employer_postcode", "employer_city", "employer_onss", "joint_committee",
	"work_percent", "headcount", NULL
};

/* An integer in [lo, hi]; -1 (after an error on the field) otherwise. */
static long
int_field(struct form *f, const struct kv_list *in, const char *name, long lo, long hi)
{
	const char *v = kv_get(in, name);
	char *end = NULL;
	long n = -1;

	if (v != NULL && isdigit((unsigned char)v[0]))
		n = strtol(v, &end, 10);
	if (n < lo || n > hi || *end != '\0') {
		char los[24], his[24];
		const char *args[2] = { los, his };

		snprintf(los, sizeof(los), "%ld", lo);
		snprintf(his, sizeof(his), "%ld", hi);
		form_error(f, name, "employer.error.number", args, 2);
		return -1;
	}
	return n;
}

/* A code of leave.h through `parse`; -1 after an error on the field. */
static int
code_field(struct form *f, const struct kv_list *in, const char *name, int (*parse)(const char *))
{
	const char *v = kv_get(in, name);
	int c = v != NULL && v[0] != '\0' ? parse(v) : -1;

	if (c < 0)
		form_error(f, name, "employer.error.choose", NULL, 0);
	return c;
}

/* A NISS by its check digits, compacted into out; -1 after an error. */
static int
niss_field(struct form *f, const struct kv_list *in, const char *name, struct buf *out)
{
	ident_compact(out, kv_get(in, name));
	if (out->len == 0) {
		form_error(f, name, "employer.error.niss.missing", NULL, 0);
		return -1;
	}
	if (!ident_niss_valid(out->ptr)) {
		form_error(f, name, "employer.error.niss.invalid", NULL, 0);
		return -1;
	}
	return 0;
}

/* The joint committee: "200" or "330.01". */
static int
joint_committee_ok(const char *s)
{
	size_t n = strspn(s, "0123456789");

	if (n != 3)
		return 0;
	return s[3] == '\0' || (s[3] == '.' && strlen(s + 4) == 2 &&
	    strspn(s + 4, "0123456789") == 2);
}

/* The rules of rules.c, with the worker's other requests. */
static enum part_verdict
judge(struct form *f, const struct kv_list *in, long long except_id,
    const struct employer_part *p)
{
	struct rule_input ri;
	struct rule_result res;
	struct db_rows keep = { 0 };
	struct rule_usage *usage = NULL;
	size_t nusage, i;
	enum part_verdict v = PART_FAILED;

	if (request_usage(f->r->app->db, p->worker_niss.ptr, except_id, &usage, &nusage,
	    &keep) < 0)
		goto out;
	memset(&ri, 0, sizeof(ri));
	ri.type = p->type;
	ri.motive = p->motive;
	ri.regime = p->regime;
	ri.start = p->start;
	ri.end = p->end;
	ri.filed = date_today();
	ri.allowances = p->allowances;
	ri.work_percent = p->work_percent;
	ri.worker_birth = ident_niss_birth_day(p->worker_niss.ptr);
	ri.worker_female = ident_niss_female(p->worker_niss.ptr);
	ri.concerned = p->concerned.len ? p->concerned.ptr : NULL;
	ri.concerned_birth = p->concerned.len ? ident_niss_birth_day(p->concerned.ptr) : -1;
	ri.handicapped_child = p->handicapped_child;
	ri.career_years = -1;
	ri.earlier = usage;
	ri.nearlier = nusage;
	rules_check(&ri, &res);
	for (i = 0; i < res.n; i++) {
		char a[3][24];
		const char *args[3] = { a[0], a[1], a[2] };
		int k;

		for (k = 0; k < 3; k++)
			snprintf(a[k], sizeof(a[k]), "%ld", res.f[i].arg[k]);
		if (res.f[i].warning)
			form_warning(f, res.f[i].field, res.f[i].key, args, 3);
		else
			form_error(f, res.f[i].field, res.f[i].key, args, 3);
	}
	if (f->nerrors > 0)
		v = PART_ERRORS;
	else if (f->nwarnings > 0 && strcmp(kv_get(in, "acknowledge") ?: "", "1") != 0)
		v = PART_WARNINGS;
	else
		v = PART_OK;
out:
	free(usage);
	db_rows_release(&keep);
	return v;
}

enum part_verdict
employer_part_check(struct form *f, const struct kv_list *in, long long except_id,
    struct employer_part *p)
{
	const char *flag;
	int type, motive, regime;

	memset(p, 0, sizeof(*p));
	buf_init(&p->worker_niss);
	buf_init(&p->concerned);
	buf_init(&p->onss);
	niss_field(f, in, "worker_niss", &p->worker_niss);
	type = code_field(f, in, "type", leave_type_parse);
	motive = motive_parse(kv_get(in, "motive"));
	if (motive < 0)
		form_error(f, "motive", "employer.error.choose", NULL, 0);
	regime = code_field(f, in, "regime", regime_parse);
	form_date(f, in, "start", &p->start);
	form_date(f, in, "end", &p->end);
	flag = kv_get(in, "allowances");
	if (flag == NULL || (strcmp(flag, "1") != 0 && strcmp(flag, "0") != 0))
		form_error(f, "allowances", "employer.error.choose", NULL, 0);
	else
		p->allowances = flag[0] == '1';
	p->handicapped_child = strcmp(kv_get(in, "handicapped_child") ?: "", "1") == 0;
	if (type >= 0 && motive >= 0 &&
	    rules_needs_concerned((enum leave_type)type, (enum motive)motive) &&
	    niss_field(f, in, "concerned_niss", &p->concerned) == 0 &&
	    strcmp(p->concerned.ptr, p->worker_niss.ptr) == 0)
		form_error(f, "concerned_niss", "employer.error.concerned.self", NULL, 0);
	p->employer_name = form_text(f, in, "employer_name", 200, 0);
	p->employer_street = form_text(f, in, "employer_street", 200, 0);
	p->employer_postcode = form_text(f, in, "employer_postcode", 10, 0);
	p->employer_city = form_text(f, in, "employer_city", 100, 0);
	ident_compact(&p->onss, kv_get(in, "employer_onss"));
	if ((p->onss.len != 9 && p->onss.len != 10) ||
	    strspn(p->onss.ptr, "0123456789") != p->onss.len)
		form_error(f, "employer_onss", "employer.error.onss", NULL, 0);
	p->joint_committee = kv_get(in, "joint_committee");
	if (p->joint_committee == NULL || !joint_committee_ok(p->joint_committee))
		form_error(f, "joint_committee", "employer.error.joint_committee", NULL, 0);
	p->work_percent = (int)int_field(f, in, "work_percent", 1, 100);
	p->headcount = int_field(f, in, "headcount", 1, 1000000);
	if (f->nerrors > 0)
		return PART_ERRORS;
	p->type = (enum leave_type)type;
	p->motive = (enum motive)motive;
	p->regime = (enum regime)regime;
	return judge(f, in, except_id, p);
}

void
employer_part_release(struct employer_part *p)
{
	buf_release(&p->worker_niss);
	buf_release(&p->concerned);
	buf_release(&p->onss);
}

int
employer_part_find(struct req *r, const char *token, char ticket[13])
{
	struct db_rows rows = { 0 };
	int rc = -1;

	if (db_exec(r->app->db, &rows, "SELECT ticket FROM request WHERE employer_bce = ?"
	    " AND form_token = ?", "ss", r->session->bce, token) < 0)
		goto out;
	rc = 1;
	if (rows.nrows == 1) {
		snprintf(ticket, 13, "%s", db_cell(&rows, 0, 0));
		rc = 0;
	}
out:
	db_rows_release(&rows);
	return rc;
}

/* The notice telling the worker a request waits for their part. */
static int
notify_worker(struct req *r, const struct employer_part *p, const char *ticket)
{
	struct buf tk = BUF_INIT;
	const char *args[2];
	int rc;

	ident_ticket_format(&tk, ticket);
	args[0] = p->employer_name;
	args[1] = tk.ptr;
	rc = request_page_notify(r, p->worker_niss.ptr, "mail.request.subject",
	    "mail.request.intro", args, 2, "mail.request.action", "/demandes");
	buf_release(&tk);
	return rc;
}

/* The employer table keeps the latest data the enterprise filed. */
static int
save_employer(struct db *db, const char *bce, const struct employer_part *p)
{
	return db_exec(db, NULL, "INSERT INTO employer (bce, onss, name, street, postcode,"
	    " city, joint_committee) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
	    " onss = VALUES(onss), name = VALUES(name), street = VALUES(street),"
	    " postcode = VALUES(postcode), city = VALUES(city),"
	    " joint_committee = VALUES(joint_committee)", "sssssss", bce, p->onss.ptr,
	    p->employer_name, p->employer_street, p->employer_postcode, p->employer_city,
	    p->joint_committee);
}

int
employer_part_insert(struct req *r, const struct employer_part *p, const char *token,
    char ticket[13])
{
	struct db *db = r->app->db;
	const char *bce = r->session->bce;
	struct buf start = BUF_INIT, end = BUF_INIT, comm = BUF_INIT;
	struct db_rows rows = { 0 };
	int rc = -1;

	date_iso(&start, p->start);
	date_iso(&end, p->end);
	if (request_new_ticket(ticket) < 0 ||
	    request_new_communication(&comm, date_today()) < 0 ||
	    db_exec(db, NULL, "INSERT IGNORE INTO person (niss) VALUES (?)", "s",
	    p->worker_niss.ptr) < 0 ||
	    save_employer(db, bce, p) < 0)
		goto out;
	if (db_exec(db, &rows, "INSERT INTO request (ticket, communication, employer_bce,"
	    " worker_niss, type, motive, regime, start_date, end_date, allowances,"
	    " concerned_niss, handicapped_child, employer_name, employer_street,"
	    " employer_postcode, employer_city, employer_onss, joint_committee, work_percent,"
	    " headcount, form_token, created_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	    " NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'partial')",
	    "sssssssssisissssssiiss",
	    ticket, comm.ptr, bce, p->worker_niss.ptr, leave_type_code(p->type),
	    motive_code(p->motive), regime_code(p->regime), start.ptr, end.ptr,
	    (long long)p->allowances, p->concerned.ptr, (long long)p->handicapped_child,
	    p->employer_name, p->employer_street, p->employer_postcode, p->employer_city,
	    p->onss.ptr, p->joint_committee, (long long)p->work_percent,
	    (long long)p->headcount, token, r->session->niss) < 0)
		goto out;
	if (request_event(db, (long long)rows.insert_id, -1, STATUS_PARTIAL, "employer",
	    r->session->niss, "created") < 0 ||
	    notify_worker(r, p, ticket) < 0)
		goto out;
	rc = 0;
out:
	db_rows_release(&rows);
	buf_release(&start);
	buf_release(&end);
	buf_release(&comm);
	return rc;
}

int
employer_part_update(struct req *r, const struct employer_part *p,
    const struct leave_request *lr)
{
	struct db *db = r->app->db;
	struct buf start = BUF_INIT, end = BUF_INIT;
	int rc = -1;

	date_iso(&start, p->start);
	date_iso(&end, p->end);
	if (save_employer(db, lr->employer_bce, p) < 0 ||
	    db_exec(db, NULL, "UPDATE request SET type = ?, motive = ?, regime = ?,"
	    " start_date = ?, end_date = ?, allowances = ?, concerned_niss = NULLIF(?, ''),"
	    " handicapped_child = ?, employer_name = ?, employer_street = ?,"
	    " employer_postcode = ?, employer_city = ?, employer_onss = ?,"
	    " joint_committee = ?, work_percent = ?, headcount = ? WHERE id = ?",
	    "sssssisissssssiii", leave_type_code(p->type), motive_code(p->motive),
	    regime_code(p->regime), start.ptr, end.ptr, (long long)p->allowances,
	    p->concerned.ptr, (long long)p->handicapped_child, p->employer_name,
	    p->employer_street, p->employer_postcode, p->employer_city, p->onss.ptr,
	    p->joint_committee, (long long)p->work_percent, (long long)p->headcount,
	    lr->id) < 0 ||
	    request_event(db, lr->id, (int)lr->status, lr->status, "employer",
	    r->session->niss, "changed") < 0)
		goto out;
	rc = 0;
out:
	buf_release(&start);
	buf_release(&end);
	return rc;
}
