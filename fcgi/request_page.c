/* SPDX-License-Identifier: EUPL-1.2 */
#include "app.h"
#include "conf.h"
#include "db.h"
#include "documents.h"
#include "outbox.h"
#include "render.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "sentences.h"
#include "banned.h"

void
request_page_describe(struct req *r, xmlNodePtr parent, const struct leave_request *lr)
{
	struct sentences s;
	const char *docs[DOCUMENTS_MAX];
	xmlNodePtr list;
	size_t i, n;

	sentences_build(r->app->render, r->lang, lr, &s);
	list = xml_node(parent, "sentences");
	for (i = 0; i < s.n; i++)
		xml_text(list, "sentence", s.s[i].ptr);
	sentences_release(&s);
	n = documents_required(lr, docs);
	list = xml_node(parent, "documents");
	for (i = 0; i < n; i++)
		xml_attr(xml_node(list, "document"), "code", docs[i]);
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
