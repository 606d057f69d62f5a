/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "attachments.h"
#include "ident.h"
#include "pages.h"
#include "pdfdoc.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "sentences.h"
#include "session.h"
#include "banned.h"

/* Blocks of the acknowledgement PDF at most. */
#define RECEIPT_BLOCKS 32

/*
 * The acknowledgement as a PDF (the real service files one in the
 * citizen's e-Box): the same content as the page.
 */
static int
send_pdf(struct req *r, const struct leave_request *lr)
{
	struct pdfdoc d;
	struct buf out = BUF_INIT;
	struct sentences s;
	const char *docs[DOCUMENTS_MAX];
	char disposition[96], key[64];
	size_t i;
	int ndocs, rc = 500;

	pdfdoc_init(&d, r->app->render, r->lang, RECEIPT_BLOCKS);
	sentences_build(r->app->render, r->lang, lr, &s);
	buf_addf(pdfdoc_block(&d, PDF_FIELD, "receipt.worker"), "%s %s",
	    lr->worker_given_name ? lr->worker_given_name : "",
	    lr->worker_family_name ? lr->worker_family_name : "");
	pdfdoc_msg(&d, PDF_HEADING, "receipt.employer.title", NULL, 0);
	buf_adds(pdfdoc_block(&d, PDF_FIELD, "receipt.employer.name"), lr->employer_name);
	buf_addf(pdfdoc_block(&d, PDF_FIELD, "receipt.employer.address"), "%s, %s %s",
	    lr->employer_street, lr->employer_postcode, lr->employer_city);
	buf_adds(pdfdoc_block(&d, PDF_FIELD, "receipt.employer.onss"), lr->employer_onss);
	ident_bce_format(pdfdoc_block(&d, PDF_FIELD, "receipt.employer.bce"), lr->employer_bce);
	pdfdoc_msg(&d, PDF_PARAGRAPH, "receipt.ticket.text", NULL, 0);
	ident_ticket_format(pdfdoc_block(&d, PDF_CODE, NULL), lr->ticket);
	buf_adds(pdfdoc_block(&d, PDF_FIELD, "receipt.communication"), lr->communication);
	pdfdoc_msg(&d, PDF_HEADING, "receipt.worker.title", NULL, 0);
	for (i = 0; i < s.n; i++)
		buf_adds(pdfdoc_block(&d, PDF_PARAGRAPH, NULL), s.s[i].ptr);
	pdfdoc_msg(&d, PDF_HEADING, lr->status == STATUS_ANNEXES ? "receipt.status.annexes" :
	    "receipt.status.sent", NULL, 0);
	ndocs = lr->status == STATUS_ANNEXES ? attachments_missing(r->app->db, lr, docs) : 0;
	for (i = 0; (int)i < ndocs; i++) {
		snprintf(key, sizeof(key), "document.%s", docs[i]);
		pdfdoc_msg(&d, PDF_PARAGRAPH, key, NULL, 0);
	}
	if (pdfdoc_render(&d, "receipt.title", "receipt.pdf.footer", &out) < 0)
		goto out;
	snprintf(disposition, sizeof(disposition),
	    "attachment; filename=\"accuse-%s.pdf\"", lr->ticket);
	req_header(r, "Content-Disposition", disposition);
	req_header(r, "Cache-Control", "private, no-store");
	rc = req_send_raw(r, 200, "application/pdf", out.ptr, out.len);
out:
	pdfdoc_release(&d);
	sentences_release(&s);
	buf_release(&out);
	return rc;
}

/*
 * GET /demandes/<ticket>/accuse: the "Accusé de réception" of a confirmed
 * request — the employer's data, the unique ticket, the employer's
 * communication number, and what happens next; .../accuse.pdf: the same
 * as a PDF.
 */
int
page_receipt(struct req *r)
{
	struct buf ticket = BUF_INIT, file = BUF_INIT;
	struct leave_request lr;
	xmlNodePtr content;
	int rc;

	req_path_segment(r, 1, &ticket);
	rc = request_find(r->app->db, ticket.ptr, SCOPE_WORKER, r->session->niss, 0, &lr);
	if (rc != 0 || lr.confirmed_at == NULL) {
		rc = rc < 0 ? 500 : 404;
		goto out;
	}
	req_path_segment(r, 2, &file);
	if (strcmp(file.ptr, "accuse.pdf") == 0) {
		rc = send_pdf(r, &lr);
		goto out;
	}
	content = req_page(r, "receipt");
	request_xml(content, &lr);
	request_page_describe(r, content, &lr);
	rc = request_page_missing(r, content, &lr) < 0 ? 500 : 200;
out:
	request_release(&lr);
	buf_release(&ticket);
	buf_release(&file);
	return rc;
}
