/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "attachments.h"
#include "ident.h"
#include "pages.h"
#include "pdf.h"
#include "render.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "sentences.h"
#include "session.h"
#include "banned.h"

/* Blocks of the acknowledgement PDF at most. */
#define RECEIPT_BLOCKS 32

/* The catalogue text of `key` in the request's language, kept in `pool`. */
static const char *
msg(struct req *r, const char *key, struct buf *pool, size_t *used)
{
	struct buf *b = &pool[(*used)++];

	buf_init(b);
	render_format(r->app->render, r->lang, key, NULL, 0, b);
	return b->ptr;
}

/*
 * The acknowledgement as a PDF (the real service files one in the
 * citizen's e-Box): the same content as the page.
 */
static int
send_pdf(struct req *r, const struct leave_request *lr)
{
	struct pdf_block blocks[RECEIPT_BLOCKS];
	struct buf pool[RECEIPT_BLOCKS], out = BUF_INIT, tk = BUF_INIT, addr = BUF_INIT;
	struct buf bce = BUF_INIT, name = BUF_INIT;
	struct sentences s;
	const char *docs[DOCUMENTS_MAX];
	char disposition[96];
	size_t n = 0, used = 0, i;
	int ndocs;
	struct pdf_doc doc;
	int rc = 500;

	sentences_build(r->app->render, r->lang, lr, &s);
	ident_ticket_format(&tk, lr->ticket);
	ident_bce_format(&bce, lr->employer_bce);
	buf_addf(&addr, "%s, %s %s", lr->employer_street, lr->employer_postcode,
	    lr->employer_city);
	buf_addf(&name, "%s %s", lr->worker_given_name ? lr->worker_given_name : "",
	    lr->worker_family_name ? lr->worker_family_name : "");
	blocks[n++] = (struct pdf_block){ PDF_FIELD, msg(r, "receipt.worker", pool, &used),
	    name.ptr };
	blocks[n++] = (struct pdf_block){ PDF_HEADING, NULL,
	    msg(r, "receipt.employer.title", pool, &used) };
	blocks[n++] = (struct pdf_block){ PDF_FIELD, msg(r, "receipt.employer.name", pool, &used),
	    lr->employer_name };
	blocks[n++] = (struct pdf_block){ PDF_FIELD, msg(r, "receipt.employer.address", pool,
	    &used), addr.ptr };
	blocks[n++] = (struct pdf_block){ PDF_FIELD, msg(r, "receipt.employer.onss", pool, &used),
	    lr->employer_onss };
	blocks[n++] = (struct pdf_block){ PDF_FIELD, msg(r, "receipt.employer.bce", pool, &used),
	    bce.ptr };
	blocks[n++] = (struct pdf_block){ PDF_PARAGRAPH, NULL,
	    msg(r, "receipt.ticket.text", pool, &used) };
	blocks[n++] = (struct pdf_block){ PDF_CODE, NULL, tk.ptr };
	blocks[n++] = (struct pdf_block){ PDF_FIELD, msg(r, "receipt.communication", pool, &used),
	    lr->communication };
	blocks[n++] = (struct pdf_block){ PDF_HEADING, NULL,
	    msg(r, "receipt.worker.title", pool, &used) };
	for (i = 0; i < s.n && n < RECEIPT_BLOCKS - 6 - DOCUMENTS_MAX; i++)
		blocks[n++] = (struct pdf_block){ PDF_PARAGRAPH, NULL, s.s[i].ptr };
	blocks[n++] = (struct pdf_block){ PDF_HEADING, NULL, msg(r, lr->status == STATUS_ANNEXES ?
	    "receipt.status.annexes" : "receipt.status.sent", pool, &used) };
	ndocs = lr->status == STATUS_ANNEXES ? attachments_missing(r->app->db, lr, docs) : 0;
	for (i = 0; (int)i < ndocs; i++) {
		char key[64];

		snprintf(key, sizeof(key), "document.%s", docs[i]);
		blocks[n++] = (struct pdf_block){ PDF_PARAGRAPH, NULL, msg(r, key, pool, &used) };
	}
	memset(&doc, 0, sizeof(doc));
	doc.title = msg(r, "receipt.title", pool, &used);
	doc.subtitle = msg(r, "site.agency", pool, &used);
	doc.footer = msg(r, "receipt.pdf.footer", pool, &used);
	doc.lang = r->lang;
	doc.blocks = blocks;
	doc.nblocks = n;
	if (pdf_render(&doc, &out) < 0)
		goto out;
	snprintf(disposition, sizeof(disposition),
	    "attachment; filename=\"accuse-%s.pdf\"", lr->ticket);
	req_header(r, "Content-Disposition", disposition);
	req_header(r, "Cache-Control", "private, no-store");
	rc = req_send_raw(r, 200, "application/pdf", out.ptr, out.len);
out:
	for (i = 0; i < used; i++)
		buf_release(&pool[i]);
	sentences_release(&s);
	buf_release(&out);
	buf_release(&tk);
	buf_release(&addr);
	buf_release(&bce);
	buf_release(&name);
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
