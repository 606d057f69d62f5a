/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "attachments.h"
#include "ident.h"
#include "outbox.h"
#include "render.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "sentences.h"
#include "session.h"
#include "banned.h"

void
request_page_describe(struct req *r, xmlNodePtr parent, const struct leave_request *lr)
{
	struct sentences s;
	xmlNodePtr list;
	size_t i;

	sentences_build(r->app->render, r->lang, lr, &s);
	list = xml_node(parent, "sentences");
	for (i = 0; i < s.n; i++)
		xml_text(list, "sentence", s.s[i].ptr);
	sentences_release(&s);
}

int
request_page_missing(struct req *r, xmlNodePtr parent, const struct leave_request *lr)
{
	const char *missing[DOCUMENTS_MAX];
	xmlNodePtr list;
	int i, n = attachments_missing(r->app->db, lr, missing);

	if (n < 0)
		return -1;
	list = xml_node(parent, "documents");
	for (i = 0; i < n; i++)
		xml_attr(xml_node(list, "document"), "code", missing[i]);
	return 0;
}

int
request_page_notify(struct req *r, const char *niss, const char *subject_key,
    const char *intro_key, const char *const *args, size_t nargs, const char *action_key,
    const char *path)
{
	const struct render *rd = r->app->render;
	struct db_rows rows = { 0 };
	struct buf subject = BUF_INIT, body = BUF_INIT;
	const char *lang;
	int rc = -1;

	if (db_exec(r->app->db, &rows, "SELECT email, lang FROM person WHERE niss = ?", "s",
	    niss) < 0)
		goto out;
	rc = 0;
	if (rows.nrows != 1 || db_cell(&rows, 0, 0) == NULL)
		goto out;	/* no address: they see it at their next visit */
	lang = db_cell(&rows, 0, 1);
	render_format(rd, lang, subject_key, NULL, 0, &subject);
	render_format(rd, lang, intro_key, args, nargs, &body);
	buf_adds(&body, "\n\n");
	if (action_key != NULL) {
		render_format(rd, lang, action_key, NULL, 0, &body);
		buf_adds(&body, "\n");
	}
	buf_addf(&body, "%s%s\n\n", r->app->conf->public_url, path);
	render_format(rd, lang, "mail.footer", NULL, 0, &body);
	buf_adds(&body, "\n");
	rc = outbox_add(r->app->db, db_cell(&rows, 0, 0), subject.ptr, body.ptr);
out:
	db_rows_release(&rows);
	buf_release(&subject);
	buf_release(&body);
	return rc;
}

int
request_page_send(struct req *r, const struct leave_request *lr, const char *reason)
{
	struct buf today = BUF_INIT, tk = BUF_INIT;
	char office[4], path[64];
	const char *args[1];
	int rc = -1;

	if (request_office(r->app->db, lr->postcode, office) != 0)
		goto out;
	date_iso(&today, date_today());
	ident_ticket_format(&tk, lr->ticket);
	args[0] = tk.ptr;
	snprintf(path, sizeof(path), "/demandes/%s/accuse", lr->ticket);
	if (db_exec(r->app->db, NULL, "UPDATE request SET received_on = ?, office_code = ?"
	    " WHERE id = ?", "ssi", today.ptr, office, lr->id) < 0 ||
	    request_set_status(r->app->db, lr, STATUS_SENT, "worker", r->session->niss,
	    reason) != 0 ||
	    request_page_notify(r, lr->worker_niss, "mail.sent.subject", "mail.sent.intro",
	    args, 1, NULL, path) < 0)
		goto out;
	rc = 0;
out:
	buf_release(&today);
	buf_release(&tk);
	return rc;
}

int
request_page_account(struct req *r, xmlNodePtr parent)
{
	struct db_rows rows = { 0 };
	struct buf iban = BUF_INIT;
	xmlNodePtr a;

	if (db_exec(r->app->db, &rows, "SELECT payment, iban, bic FROM person WHERE niss = ?",
	    "s", r->session->niss) < 0)
		return -1;
	if (rows.nrows == 1 && db_cell(&rows, 0, 0) != NULL) {
		a = xml_node(parent, "account");
		xml_attr(a, "payment", db_cell(&rows, 0, 0));
		if (db_cell(&rows, 0, 1) != NULL) {
			ident_iban_format(&iban, db_cell(&rows, 0, 1));
			xml_attr(a, "iban", iban.ptr);
		}
		if (db_cell(&rows, 0, 2) != NULL)
			xml_attr(a, "bic", db_cell(&rows, 0, 2));
	}
	db_rows_release(&rows);
	buf_release(&iban);
	return 0;
}

int
request_page_decision(struct req *r, xmlNodePtr parent, const struct leave_request *lr)
{
	struct db_rows rows = { 0 };
	xmlNodePtr n;

	if (db_exec(r->app->db, &rows, "SELECT outcome, reason, DATE_FORMAT(decided_at, '%d/%m/%Y'),"
	    " LENGTH(pdf) FROM decision WHERE request_id = ?", "i", lr->id) < 0)
		return -1;
	if (rows.nrows == 1) {
		n = xml_node(parent, "decision");
		xml_attr(n, "outcome", db_cell(&rows, 0, 0));
		xml_attr(n, "decided", db_cell(&rows, 0, 2));
		xml_attr(n, "size", db_cell(&rows, 0, 3));
		if (db_cell(&rows, 0, 1)[0] != '\0')
			xml_text(n, "reason", db_cell(&rows, 0, 1));
	}
	db_rows_release(&rows);
	return 0;
}

int
request_page_decision_pdf(struct req *r, const struct leave_request *lr)
{
	struct db_rows rows = { 0 };
	char disposition[96];
	int rc = 404;

	if (db_exec(r->app->db, &rows, "SELECT pdf FROM decision WHERE request_id = ?", "i",
	    lr->id) < 0)
		return 500;
	if (rows.nrows == 1) {
		snprintf(disposition, sizeof(disposition),
		    "attachment; filename=\"decision-%s.pdf\"", lr->ticket);
		req_header(r, "Content-Disposition", disposition);
		req_header(r, "Cache-Control", "private, no-store");
		rc = req_send_raw(r, 200, "application/pdf", db_cell(&rows, 0, 0), rows.lens[0]);
	}
	db_rows_release(&rows);
	return rc;
}
