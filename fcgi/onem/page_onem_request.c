/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "attachments.h"
#include "db.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "pages.h"
#include "pdfdoc.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "sentences.h"
#include "session.h"
#include "banned.h"

/* Longest reason an agent writes (bytes). */
#define REASON_MAX 4000
/* Blocks of the decision PDF at most. */
#define DECISION_BLOCKS 40

/* A decision's outcome and the status it gives the request. */
static const struct {
	const char	*code;
	enum status	 status;
} outcomes[] = {
	{ "granted", STATUS_GRANTED },
	{ "unpaid", STATUS_UNPAID },
	{ "refused", STATUS_REFUSED },
};

/* The page of one request of the office: both parts, documents, history, decision. */
static int
show(struct req *r, const struct leave_request *lr, int status)
{
	request_xml(r->content, lr);
	request_page_describe(r, r->content, lr);
	if (attachments_xml(r->app->db, r->content, lr) < 0 ||
	    request_history_xml(r->app->db, r->content, lr->id) < 0 ||
	    request_page_decision(r, r->content, lr) < 0)
		return 500;
	return status;
}

/*
 * The decision (the C62 of the paper procedure) as a PDF in the worker's
 * language `lang`: who, the request in sentences, the outcome for the
 * period, the reason, and how to appeal.
 */
static int
decision_pdf(struct req *r, const struct leave_request *lr, const char *outcome,
    const char *reason, const char *lang, struct buf *out)
{
	struct pdfdoc d;
	struct sentences s;
	struct buf type = BUF_INIT, from = BUF_INIT, to = BUF_INIT;
	const char *args[3];
	char key[48];
	size_t i;
	int rc;

	pdfdoc_init(&d, r->app->render, lang, DECISION_BLOCKS);
	sentences_build(r->app->render, lang, lr, &s);
	buf_addf(pdfdoc_block(&d, PDF_FIELD, "receipt.worker"), "%s %s",
	    lr->worker_given_name ? lr->worker_given_name : "",
	    lr->worker_family_name ? lr->worker_family_name : "");
	ident_niss_format(pdfdoc_block(&d, PDF_FIELD, "attestation.pdf.niss"), lr->worker_niss);
	ident_ticket_format(pdfdoc_block(&d, PDF_FIELD, "requests.col.ticket"), lr->ticket);
	buf_adds(pdfdoc_block(&d, PDF_FIELD, "receipt.employer.name"), lr->employer_name);
	snprintf(key, sizeof(key), "office.%s", lr->office_code);
	pdfdoc_text(&d, pdfdoc_block(&d, PDF_FIELD, "dossier.col.office"), key, NULL, 0);
	date_fr(pdfdoc_block(&d, PDF_FIELD, "decision.pdf.date"), date_today());
	pdfdoc_msg(&d, PDF_HEADING, "decision.pdf.request", NULL, 0);
	for (i = 0; i < s.n; i++)
		buf_adds(pdfdoc_block(&d, PDF_PARAGRAPH, NULL), s.s[i].ptr);
	pdfdoc_msg(&d, PDF_HEADING, "decision.pdf.outcome", NULL, 0);
	pdfdoc_type(&d, &type, lr->type, lr->motive);
	date_fr(&from, lr->start);
	date_fr(&to, lr->end);
	args[0] = type.ptr;
	args[1] = from.ptr;
	args[2] = to.ptr;
	snprintf(key, sizeof(key), "decision.outcome.%s", outcome);
	pdfdoc_msg(&d, PDF_PARAGRAPH, key, args, 3);
	if (reason[0] != '\0') {
		pdfdoc_msg(&d, PDF_HEADING, "decision.reason", NULL, 0);
		buf_adds(pdfdoc_block(&d, PDF_PARAGRAPH, NULL), reason);
	}
	pdfdoc_msg(&d, PDF_HEADING, "decision.appeal.title", NULL, 0);
	pdfdoc_msg(&d, PDF_PARAGRAPH, "decision.appeal", NULL, 0);
	rc = pdfdoc_render(&d, "decision.pdf.title", "decision.pdf.footer", out);
	pdfdoc_release(&d);
	sentences_release(&s);
	buf_release(&type);
	buf_release(&from);
	buf_release(&to);
	return rc;
}

/*
 * Record the decision on `lr` (locked, in hand) in the open transaction:
 * its row with the PDF, the status with its event, and the worker's
 * notice. 0 or -1.
 */
static int
record(struct req *r, const struct leave_request *lr, size_t k, const char *reason)
{
	struct db_rows person = { 0 };
	struct buf pdf = BUF_INIT, tk = BUF_INIT;
	const char *args[1];
	char path[48];
	int rc = -1;

	if (db_exec(r->app->db, &person, "SELECT lang FROM person WHERE niss = ?", "s",
	    lr->worker_niss) < 0 || person.nrows != 1 ||
	    decision_pdf(r, lr, outcomes[k].code, reason, db_cell(&person, 0, 0), &pdf) < 0)
		goto out;
	ident_ticket_format(&tk, lr->ticket);
	args[0] = tk.ptr;
	snprintf(path, sizeof(path), "/dossier/%s", lr->ticket);
	if (db_exec(r->app->db, NULL, "INSERT INTO decision (request_id, outcome, reason, agent_uid,"
	    " office_code, lang, pdf) VALUES (?, ?, ?, ?, ?, ?, ?)", "isssssb", lr->id,
	    outcomes[k].code, reason, r->session->niss, lr->office_code, db_cell(&person, 0, 0),
	    pdf.ptr, pdf.len) < 0 ||
	    request_set_status(r->app->db, lr, outcomes[k].status, "agent", r->session->niss,
	    "decided") != 0 ||
	    request_page_notify(r, lr->worker_niss, "mail.decision.subject", "mail.decision.intro",
	    args, 1, NULL, path) < 0)
		goto out;
	rc = 0;
out:
	db_rows_release(&person);
	buf_release(&pdf);
	buf_release(&tk);
	return rc;
}

/* The outcome chosen (index into outcomes) and the reason; errors go to the form. */
static int
read_decision(struct req *r, struct form *f, const char **reason)
{
	static const char *const fields[] = { "outcome", "reason", NULL };
	const char *outcome = kv_get(&r->form, "outcome"), *typed = kv_get(&r->form, "reason");
	size_t k;

	form_values_from(f, &r->form, fields);
	for (k = 0; k < sizeof(outcomes) / sizeof(outcomes[0]); k++)
		if (outcome != NULL && strcmp(outcome, outcomes[k].code) == 0)
			break;
	if (k == sizeof(outcomes) / sizeof(outcomes[0]))
		form_error(f, "outcome", "onem.error.outcome", NULL, 0);
	/* A refusal says why; a grant may. */
	*reason = "";
	if ((typed != NULL && typed[strspn(typed, " \t\r\n")] != '\0') ||
	    (k < sizeof(outcomes) / sizeof(outcomes[0]) && outcomes[k].status == STATUS_REFUSED))
		*reason = form_text(f, &r->form, "reason", REASON_MAX, 1);
	return f->nerrors > 0 ? -1 : (int)k;
}

/*
 * POST .../traiter (take the request in hand) or .../decision: one
 * transaction with the request locked, from the status the action needs;
 * otherwise 409 and nothing changes. A decision cannot be undone: the
 * first POST shows it for confirmation (confirm=1 records it; edit=1
 * goes back to the form with the values kept).
 */
static int
act(struct req *r, const char *ticket, const char *action)
{
	struct leave_request lr;
	struct form f;
	struct buf to = BUF_INIT;
	const char *reason = "";
	int decide = strcmp(action, "decision") == 0, k = -1, rc;
	int editing = kv_get(&r->form, "edit") != NULL;
	int confirmed = kv_get(&r->form, "confirm") != NULL && !editing;

	form_start(&f, r, req_page(r, "onem-request"));
	if (decide)
		k = read_decision(r, &f, &reason);
	if (db_begin(r->app->db) < 0)
		return 500;
	rc = request_find(r->app->db, ticket, SCOPE_OFFICE, r->session->office, 1, &lr);
	if (rc != 0) {
		db_rollback(r->app->db);
		req_page_drop(r);	/* not found: the 404 error page */
		return rc < 0 ? 500 : 404;
	}
	if (lr.status != (decide ? STATUS_PROCESSING : STATUS_SENT)) {
		db_rollback(r->app->db);
		xml_node(r->content, "conflict");
		rc = show(r, &lr, 409);
		goto out;
	}
	if (decide && (k < 0 || !confirmed)) {
		db_rollback(r->app->db);
		if (k >= 0 && !editing)
			xml_attr(xml_node(r->content, "confirm"), "outcome", outcomes[k].code);
		rc = show(r, &lr, k < 0 && !editing ? 422 : 200);
		goto out;
	}
	if ((decide ? record(r, &lr, (size_t)k, reason) :
	    request_set_status(r->app->db, &lr, STATUS_PROCESSING, "agent", r->session->niss,
	    "taken")) != 0 || db_commit(r->app->db) < 0) {
		db_rollback(r->app->db);
		rc = 500;
		goto out;
	}
	buf_addf(&to, "/onem/demandes/%s%s", lr.ticket, decide ? "?decidee=1" : "");
	rc = req_redirect(r, to.ptr);
out:
	request_release(&lr);
	buf_release(&to);
	return rc;
}

/*
 * The ONEM office's page of one request (/onem/demandes/<ticket>): GET
 * shows it; POST .../traiter takes it in hand, POST .../decision decides
 * (granted, granted without allowances, refused with a reason); GET
 * .../document/<id> and .../decision.pdf give the files. A request of
 * another office is 404.
 */
int
page_onem_request(struct req *r)
{
	struct buf ticket = BUF_INIT, action = BUF_INIT, id = BUF_INIT;
	struct leave_request lr;
	int rc;

	req_path_segment(r, 2, &ticket);
	req_path_segment(r, 3, &action);
	req_path_segment(r, 4, &id);
	if (strcmp(r->method, "POST") == 0) {
		rc = act(r, ticket.ptr, action.ptr);
		goto out;
	}
	rc = request_find(r->app->db, ticket.ptr, SCOPE_OFFICE, r->session->office, 0, &lr);
	if (rc != 0) {
		rc = rc < 0 ? 500 : 404;
		goto out;
	}
	if (strcmp(action.ptr, "document") == 0)
		rc = attachments_download(r, &lr, id.ptr);
	else if (strcmp(action.ptr, "decision.pdf") == 0)
		rc = request_page_decision_pdf(r, &lr);
	else {
		req_page(r, "onem-request");
		if (kv_get(&r->args, "decidee") != NULL)
			xml_node(r->content, "decided");
		rc = show(r, &lr, 200);
	}
	request_release(&lr);
out:
	buf_release(&ticket);
	buf_release(&action);
	buf_release(&id);
	return rc;
}
