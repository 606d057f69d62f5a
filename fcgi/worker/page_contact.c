/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "ident.h"
#include "kv.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

/* The new data in the person's record with its event, then in the session's header block. */
static int
save(struct req *r, const char *email, const char *phone)
{
	struct db *db = r->app->db;
	struct session *s = r->session;

	if (db_begin(db) < 0)
		return -1;
	if (db_exec(db, NULL, "UPDATE person SET email = ?, phone = NULLIF(?, '')"
	    " WHERE niss = ?", "sss", email, phone, s->niss) < 0 ||
	    db_exec(db, NULL, "INSERT INTO person_event (niss, what) VALUES (?, 'contact-changed')",
	    "s", s->niss) < 0 ||
	    db_commit(db) < 0) {
		db_rollback(db);
		return -1;
	}
	free(s->email);
	free(s->phone);
	s->email = xstrdup(email);
	s->phone = xstrdup(phone);
	return session_save_contact(r);
}

/*
 * GET and POST /contact ("Données de contact"): the worker's phone (any
 * usual way of typing it, kept as E.164) and e-mail address; the header
 * block shows the new values at once.
 */
int
page_contact(struct req *r)
{
	struct buf phone = BUF_INIT;
	struct form f;
	const char *email = kv_get(&r->form, "email"), *typed = kv_get(&r->form, "phone");
	xmlNodePtr content = req_page(r, "contact");
	int rc = 200;

	form_start(&f, r, content);
	if (strcmp(r->method, "GET") == 0) {
		form_value(&f, "email", r->session->email);
		form_value(&f, "phone", r->session->phone);
		if (kv_get(&r->args, "enregistre") != NULL)
			xml_node(content, "saved");
		goto out;
	}
	form_value(&f, "email", email);
	form_value(&f, "phone", typed);
	if (!ident_email_valid(email))
		form_error(&f, "email", "contactdata.error.email", NULL, 0);
	if (typed != NULL && typed[strspn(typed, " ")] != '\0' && ident_phone_e164(&phone, typed) < 0)
		form_error(&f, "phone", "contactdata.error.phone", NULL, 0);
	if (f.nerrors > 0) {
		rc = 422;
		goto out;
	}
	rc = save(r, email, phone.ptr) < 0 ? 500 : req_redirect(r, "/contact?enregistre=1");
out:
	buf_release(&phone);
	return rc;
}
