/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "ident.h"
#include "log.h"
#include "req.h"
#include "request.h"
#include "xalloc.h"
#include "banned.h"

/* The columns of request_find(), in the order of enum col. */
#define REQUEST_COLUMNS \
	"r.id, r.ticket, r.communication, r.employer_bce, r.worker_niss, " \
	"p.given_name, p.family_name, r.type, r.motive, r.regime, r.start_date, " \
	"r.end_date, r.allowances, r.concerned_niss, r.handicapped_child, " \
	"r.employer_name, r.employer_street, r.employer_postcode, r.employer_city, " \
	"r.employer_onss, r.joint_committee, r.work_percent, r.headcount, " \
	"r.career_years, r.family_situation, r.payment, r.iban, r.bic, " \
	"r.secondary_activity, r.postcode, r.fiscal_consent, r.status, " \
	"r.created_at, r.confirmed_at, r.received_on, r.office_code"

enum col {
	C_ID, C_TICKET, C_COMMUNICATION, C_BCE, C_NISS, C_GIVEN, C_FAMILY, C_TYPE,
	C_MOTIVE, C_REGIME, C_START, C_END, C_ALLOWANCES, C_CONCERNED, C_HANDICAP,
	C_EMP_NAME, C_EMP_STREET, C_EMP_POSTCODE, C_EMP_CITY, C_EMP_ONSS, C_JC,
	C_WORK_PERCENT, C_HEADCOUNT, C_CAREER, C_FAMILY_SIT, C_PAYMENT, C_IBAN,
	C_BIC, C_SECONDARY, C_POSTCODE, C_FISCAL, C_STATUS, C_CREATED, C_CONFIRMED,
	C_RECEIVED, C_OFFICE
};

/* An integer column, or `none` for SQL NULL. */
static long
num(const struct db_rows *rows, enum col c, long none)
{
	const char *s = db_cell(rows, 0, c);

	return s != NULL ? strtol(s, NULL, 10) : none;
}

static int
day_of(const struct db_rows *rows, enum col c)
{
	const char *s = db_cell(rows, 0, c);
	int day;

	return s != NULL && date_parse(s, &day) == 0 ? day : -1;
}

/* Fill lr's fields from its one row; -1 when a stored code is unknown. */
static int
fill(struct leave_request *lr)
{
	const struct db_rows *rw = &lr->rows;
	int type = leave_type_parse(db_cell(rw, 0, C_TYPE));
	int motive = motive_parse(db_cell(rw, 0, C_MOTIVE));
	int regime = regime_parse(db_cell(rw, 0, C_REGIME));
	int status = status_parse(db_cell(rw, 0, C_STATUS));

	if (type < 0 || motive < 0 || regime < 0 || status < 0)
		return log_err("request %s: unknown code in the database",
		    db_cell(rw, 0, C_TICKET));
	lr->id = strtoll(db_cell(rw, 0, C_ID), NULL, 10);
	lr->ticket = db_cell(rw, 0, C_TICKET);
	lr->communication = db_cell(rw, 0, C_COMMUNICATION);
	lr->employer_bce = db_cell(rw, 0, C_BCE);
	lr->worker_niss = db_cell(rw, 0, C_NISS);
	lr->worker_given_name = db_cell(rw, 0, C_GIVEN);
	lr->worker_family_name = db_cell(rw, 0, C_FAMILY);
	lr->type = (enum leave_type)type;
	lr->motive = (enum motive)motive;
	lr->regime = (enum regime)regime;
	lr->start = day_of(rw, C_START);
	lr->end = day_of(rw, C_END);
	lr->allowances = (int)num(rw, C_ALLOWANCES, 0);
	lr->concerned = db_cell(rw, 0, C_CONCERNED);
	lr->handicapped_child = (int)num(rw, C_HANDICAP, 0);
	lr->employer_name = db_cell(rw, 0, C_EMP_NAME);
	lr->employer_street = db_cell(rw, 0, C_EMP_STREET);
	lr->employer_postcode = db_cell(rw, 0, C_EMP_POSTCODE);
	lr->employer_city = db_cell(rw, 0, C_EMP_CITY);
	lr->employer_onss = db_cell(rw, 0, C_EMP_ONSS);
	lr->joint_committee = db_cell(rw, 0, C_JC);
	lr->work_percent = (int)num(rw, C_WORK_PERCENT, 100);
	lr->headcount = num(rw, C_HEADCOUNT, 0);
	lr->career_years = (int)num(rw, C_CAREER, -1);
	lr->family_situation = db_cell(rw, 0, C_FAMILY_SIT);
	lr->payment = db_cell(rw, 0, C_PAYMENT);
	lr->iban = db_cell(rw, 0, C_IBAN);
	lr->bic = db_cell(rw, 0, C_BIC);
	lr->secondary_activity = (int)num(rw, C_SECONDARY, -1);
	lr->postcode = (int)num(rw, C_POSTCODE, -1);
	lr->fiscal_consent = (int)num(rw, C_FISCAL, -1);
	lr->status = (enum status)status;
	lr->created_at = db_cell(rw, 0, C_CREATED);
	lr->confirmed_at = db_cell(rw, 0, C_CONFIRMED);
	lr->received = day_of(rw, C_RECEIVED);
	lr->office_code = db_cell(rw, 0, C_OFFICE);
	return 0;
}

int
request_find(struct db *db, const char *ticket, enum request_scope scope, const char *who,
    int lock, struct leave_request *out)
{
	static const char *const sql[3][2] = {
		{ "SELECT " REQUEST_COLUMNS " FROM request r JOIN person p ON p.niss = r.worker_niss"
		  " WHERE r.ticket = ? AND r.worker_niss = ?",
		  "SELECT " REQUEST_COLUMNS " FROM request r JOIN person p ON p.niss = r.worker_niss"
		  " WHERE r.ticket = ? AND r.worker_niss = ? FOR UPDATE" },
		{ "SELECT " REQUEST_COLUMNS " FROM request r JOIN person p ON p.niss = r.worker_niss"
		  " WHERE r.ticket = ? AND r.employer_bce = ?",
		  "SELECT " REQUEST_COLUMNS " FROM request r JOIN person p ON p.niss = r.worker_niss"
		  " WHERE r.ticket = ? AND r.employer_bce = ? FOR UPDATE" },
		{ "SELECT " REQUEST_COLUMNS " FROM request r JOIN person p ON p.niss = r.worker_niss"
		  " WHERE r.ticket = ? AND r.office_code = ?",
		  "SELECT " REQUEST_COLUMNS " FROM request r JOIN person p ON p.niss = r.worker_niss"
		  " WHERE r.ticket = ? AND r.office_code = ? FOR UPDATE" },
	};
	struct buf compact = BUF_INIT;
	int rc = 1;

	memset(out, 0, sizeof(*out));
	ident_compact(&compact, ticket);
	if (!ident_ticket_valid(compact.ptr) || who == NULL)
		goto out;
	rc = -1;
	if (db_exec(db, &out->rows, sql[scope][lock ? 1 : 0], "ss", compact.ptr, who) < 0)
		goto out;
	rc = out->rows.nrows == 1 ? fill(out) : 1;
out:
	buf_release(&compact);
	return rc;
}

void
request_release(struct leave_request *lr)
{
	db_rows_release(&lr->rows);
	memset(lr, 0, sizeof(*lr));
}

int
request_usage(struct db *db, const char *worker_niss, long long except_id,
    struct rule_usage **out, size_t *n, struct db_rows *keep)
{
	struct rule_usage *u;
	size_t i, k = 0;

	*out = NULL;
	*n = 0;
	if (db_exec(db, keep, "SELECT type, motive, regime, start_date, end_date,"
	    " concerned_niss FROM request WHERE worker_niss = ? AND id <> ?"
	    " AND status NOT IN ('cancelled', 'withdrawn', 'refused')", "si",
	    worker_niss, except_id) < 0)
		return -1;
	u = xcalloc(keep->nrows + 1, sizeof(*u));
	for (i = 0; i < keep->nrows; i++) {
		int type = leave_type_parse(db_cell(keep, i, 0));
		int motive = motive_parse(db_cell(keep, i, 1));
		int regime = regime_parse(db_cell(keep, i, 2));

		if (type < 0 || motive < 0 || regime < 0 ||
		    date_parse(db_cell(keep, i, 3), &u[k].start) < 0 ||
		    date_parse(db_cell(keep, i, 4), &u[k].end) < 0)
			continue;
		u[k].type = (enum leave_type)type;
		u[k].motive = (enum motive)motive;
		u[k].regime = (enum regime)regime;
		u[k].concerned = db_cell(keep, i, 5);
		k++;
	}
	*out = u;
	*n = k;
	return 0;
}

int
request_event(struct db *db, long long id, int from, enum status to, const char *actor_role,
    const char *actor_id, const char *reason)
{
	if (from < 0)
		return db_exec(db, NULL, "INSERT INTO request_event (request_id, actor_role,"
		    " actor_id, from_status, to_status, reason) VALUES (?, ?, ?, NULL, ?, ?)",
		    "issss", id, actor_role, actor_id, status_code(to), reason);
	return db_exec(db, NULL, "INSERT INTO request_event (request_id, actor_role, actor_id,"
	    " from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?)", "isssss", id,
	    actor_role, actor_id, status_code((enum status)from), status_code(to), reason);
}

int
request_set_status(struct db *db, const struct leave_request *lr, enum status to,
    const char *actor_role, const char *actor_id, const char *reason)
{
	struct db_rows rows = { 0 };
	int rc = -1;

	if (db_exec(db, &rows, "UPDATE request SET status = ? WHERE id = ? AND status = ?",
	    "sis", status_code(to), lr->id, status_code(lr->status)) < 0)
		goto out;
	rc = 1;
	if (rows.affected != 1)
		goto out;
	rc = request_event(db, lr->id, (int)lr->status, to, actor_role, actor_id, reason);
out:
	db_rows_release(&rows);
	return rc;
}

/* `n` random decimal digits into out[0..n). 0 or -1. */
static int
random_digits(char *out, size_t n)
{
	struct buf hex = BUF_INIT;
	size_t i;
	int rc = -1;

	/* Two random bytes per digit: the bias of % 10 on 65536 is negligible. */
	if (crypto_random_hex(&hex, 2 * n) < 0)
		goto out;
	for (i = 0; i < n; i++) {
		char word[5];

		memcpy(word, hex.ptr + 4 * i, 4);
		word[4] = '\0';
		out[i] = (char)('0' + strtoul(word, NULL, 16) % 10);
	}
	rc = 0;
out:
	buf_release(&hex);
	return rc;
}

int
request_new_ticket(char out[13])
{
	if (random_digits(out, 10) < 0)
		return -1;
	if (out[0] == '0')
		out[0] = '1';
	ident_ticket_check(out);
	return 0;
}

int
request_new_communication(struct buf *out, int day)
{
	char digits[9];
	int y, m, d;

	if (random_digits(digits, 8) < 0)
		return -1;
	digits[8] = '\0';
	date_to_ymd(day, &y, &m, &d);
	buf_addf(out, "%04d%02d%02d-%s", y, m, d, digits);
	return 0;
}

int
request_office(struct db *db, int postcode, char out[4])
{
	struct db_rows rows = { 0 };
	int rc = -1;

	if (db_exec(db, &rows, "SELECT o.code FROM onem_office_postcode p JOIN onem_office o"
	    " ON o.id = p.office_id WHERE ? BETWEEN p.postcode_from AND p.postcode_to",
	    "i", (long long)postcode) < 0)
		goto out;
	rc = 1;
	if (rows.nrows != 1 || db_cell(&rows, 0, 0) == NULL)
		goto out;
	snprintf(out, 4, "%s", db_cell(&rows, 0, 0));
	rc = 0;
out:
	db_rows_release(&rows);
	return rc;
}

/* attr="YYYY-MM-DD" and attr-fr="DD/MM/YYYY", when day is known. */
static void
date_attrs(xmlNodePtr node, const char *name, int day)
{
	struct buf b = BUF_INIT, attr = BUF_INIT;

	if (day < 0)
		return;
	date_iso(&b, day);
	xml_attr(node, name, b.ptr);
	buf_reset(&b);
	date_fr(&b, day);
	buf_addf(&attr, "%s-fr", name);
	xml_attr(node, attr.ptr, b.ptr);
	buf_release(&b);
	buf_release(&attr);
}

/* A number, left out when not known (-1). */
static void
int_attr(xmlNodePtr node, const char *name, long v)
{
	if (v >= 0)
		xml_attr_num(node, name, v);
}

static void
str_attr(xmlNodePtr node, const char *name, const char *v)
{
	if (v != NULL && v[0] != '\0')
		xml_attr(node, name, v);
}

xmlNodePtr
request_xml(xmlNodePtr parent, const struct leave_request *lr)
{
	xmlNodePtr n = xml_node(parent, "request"), e, w;
	struct buf b = BUF_INIT;

	xml_attr(n, "ticket", lr->ticket);
	ident_ticket_format(&b, lr->ticket);
	xml_attr(n, "ticket-display", b.ptr);
	xml_attr(n, "communication", lr->communication);
	xml_attr(n, "status", status_code(lr->status));
	xml_attr(n, "type", leave_type_code(lr->type));
	str_attr(n, "motive", motive_code(lr->motive));
	xml_attr(n, "regime", regime_code(lr->regime));
	date_attrs(n, "start", lr->start);
	date_attrs(n, "end", lr->end);
	xml_attr(n, "allowances", lr->allowances ? "1" : "0");
	if (lr->concerned != NULL) {
		buf_reset(&b);
		ident_niss_format(&b, lr->concerned);
		xml_attr(n, "concerned", b.ptr);
	}
	if (lr->handicapped_child)
		xml_attr(n, "handicapped-child", "1");
	date_attrs(n, "received", lr->received);
	str_attr(n, "office", lr->office_code);
	str_attr(n, "created", lr->created_at);

	e = xml_node(n, "employer");
	buf_reset(&b);
	ident_bce_format(&b, lr->employer_bce);
	xml_attr(e, "bce", b.ptr);
	xml_text(e, "name", lr->employer_name);
	xml_text(e, "street", lr->employer_street);
	xml_text(e, "postcode", lr->employer_postcode);
	xml_text(e, "city", lr->employer_city);
	xml_text(e, "onss", lr->employer_onss);
	xml_text(e, "joint-committee", lr->joint_committee);
	int_attr(e, "work-percent", lr->work_percent);
	int_attr(e, "headcount", lr->headcount);

	w = xml_node(n, "worker");
	buf_reset(&b);
	ident_niss_format(&b, lr->worker_niss);
	xml_attr(w, "niss", b.ptr);
	str_attr(w, "given-name", lr->worker_given_name);
	str_attr(w, "family-name", lr->worker_family_name);
	int_attr(w, "career-years", lr->career_years);
	str_attr(w, "family-situation", lr->family_situation);
	str_attr(w, "payment", lr->payment);
	if (lr->iban != NULL) {
		buf_reset(&b);
		ident_iban_format(&b, lr->iban);
		xml_attr(w, "iban", b.ptr);
	}
	str_attr(w, "bic", lr->bic);
	int_attr(w, "secondary-activity", lr->secondary_activity);
	int_attr(w, "postcode", lr->postcode);
	buf_release(&b);
	return n;
}

xmlNodePtr
request_list_xml(xmlNodePtr parent, const struct db_rows *rows, size_t max)
{
	xmlNodePtr list = xml_node(parent, "requests"), n;
	struct buf b = BUF_INIT;
	size_t i;
	int day;

	for (i = 0; i < rows->nrows && i < max; i++) {
		n = xml_node(list, "request");
		xml_attr(n, "ticket", db_cell(rows, i, 0));
		buf_reset(&b);
		ident_ticket_format(&b, db_cell(rows, i, 0));
		xml_attr(n, "ticket-display", b.ptr);
		xml_attr(n, "status", db_cell(rows, i, 1));
		xml_attr(n, "type", db_cell(rows, i, 2));
		str_attr(n, "motive", db_cell(rows, i, 3));
		xml_attr(n, "regime", db_cell(rows, i, 4));
		date_attrs(n, "start", date_parse(db_cell(rows, i, 5), &day) == 0 ? day : -1);
		date_attrs(n, "end", date_parse(db_cell(rows, i, 6), &day) == 0 ? day : -1);
		buf_reset(&b);
		ident_bce_format(&b, db_cell(rows, i, 7));
		xml_attr(n, "bce", b.ptr);
		xml_attr(n, "employer", db_cell(rows, i, 8));
		buf_reset(&b);
		ident_niss_format(&b, db_cell(rows, i, 9));
		xml_attr(n, "niss", b.ptr);
		str_attr(n, "given-name", db_cell(rows, i, 10));
		str_attr(n, "family-name", db_cell(rows, i, 11));
		xml_attr(n, "communication", db_cell(rows, i, 12));
		str_attr(n, "created", db_cell(rows, i, 13));
		if (db_cell(rows, i, 14) != NULL && date_parse(db_cell(rows, i, 14), &day) == 0)
			date_attrs(n, "received", day);
		str_attr(n, "office", db_cell(rows, i, 15));
	}
	buf_release(&b);
	return list;
}

int
request_history_xml(struct db *db, xmlNodePtr parent, long long id)
{
	struct db_rows rows = { 0 };
	xmlNodePtr history, e;
	size_t i;

	if (db_exec(db, &rows, "SELECT DATE_FORMAT(at, '%d/%m/%Y %H:%i'), actor_role,"
	    " from_status, to_status, reason FROM request_event WHERE request_id = ?"
	    " ORDER BY at, id", "i", id) < 0)
		return -1;
	history = xml_node(parent, "history");
	for (i = 0; i < rows.nrows; i++) {
		e = xml_node(history, "event");
		xml_attr(e, "at", db_cell(&rows, i, 0));
		xml_attr(e, "actor", db_cell(&rows, i, 1));
		str_attr(e, "from", db_cell(&rows, i, 2));
		xml_attr(e, "to", db_cell(&rows, i, 3));
		xml_attr(e, "reason", db_cell(&rows, i, 4));
	}
	db_rows_release(&rows);
	return 0;
}
