/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "attachments.h"
#include "conf.h"
#include "db.h"
#include "filetype.h"
#include "form.h"
#include "kv.h"
#include "outbox.h"
#include "pages.h"
#include "req.h"
#include "request.h"
#include "request_page.h"
#include "session.h"
#include "banned.h"

/*
 * Whose page it is: the worker's (/pieces/<ticket>) or the employer's
 * (/employeur/demandes/<ticket>/pieces), who may add and delete documents
 * but not send the request, which is the worker's act.
 */
struct side {
	enum request_scope	 scope;
	const char		*who;		/* the worker's NISS or the enterprise's BCE */
	const char		*role;		/* as recorded: "worker" or "employer" */
	size_t			 ticket_seg;	/* path segment of the ticket */
	struct buf		 base;		/* the page's address */
	struct buf		 back;		/* where "back" leads */
};

/* Requests sent to the ONEM keep their documents as they were. */
static int
editable(const struct leave_request *lr)
{
	return lr->status == STATUS_PARTIAL || lr->status == STATUS_ANNEXES;
}

/* The attachment page of `lr`, answered with `status`. */
static int
show(struct req *r, const struct side *sd, const struct leave_request *lr, int status)
{
	const char *missing[DOCUMENTS_MAX];
	int nmissing = attachments_missing(r->app->db, lr, missing);

	if (nmissing < 0 || attachments_xml(r->app->db, r->content, lr) < 0)
		return 500;
	request_xml(r->content, lr);
	request_page_describe(r, r->content, lr);
	xml_attr(r->content, "base", sd->base.ptr);
	xml_attr(r->content, "back", sd->back.ptr);
	if (editable(lr))
		xml_attr(r->content, "editable", "1");
	/* "Envoi de la demande": the worker's, once confirmed and nothing is missing. */
	if (nmissing == 0 && lr->status == STATUS_ANNEXES && sd->scope == SCOPE_WORKER)
		xml_attr(r->content, "complete", "1");
	return status;
}

/*
 * Open a transaction and lock the side's request `ticket` when it may
 * still change: 0 (the caller commits or rolls back), else the status
 * to answer, with nothing left open.
 */
static int
lock_editable(struct req *r, const struct side *sd, const char *ticket,
    struct leave_request *lr)
{
	int rc;

	if (db_begin(r->app->db) < 0)
		return 500;
	rc = request_find(r->app->db, ticket, sd->scope, sd->who, 1, lr);
	if (rc == 0 && editable(lr))
		return 0;
	db_rollback(r->app->db);
	request_release(lr);
	return rc == 0 ? 409 : rc == 1 ? 404 : 500;
}

/* The kind of document an input is for: "file-<code>", a mandatory code or "other". */
static const char *
doc_of(const struct leave_request *lr, const char *field)
{
	const char *need[DOCUMENTS_MAX];
	size_t i, n = documents_required(lr, need);

	if (strncmp(field, "file-", 5) != 0)
		return NULL;
	for (i = 0; i < n; i++)
		if (strcmp(field + 5, need[i]) == 0)
			return need[i];
	return strcmp(field + 5, "other") == 0 ? "other" : NULL;
}

/* An error on `field` whose text takes one number. */
static void
number_error(struct form *f, const char *field, const char *key, long n)
{
	char s[24];
	const char *args[1] = { s };

	snprintf(s, sizeof(s), "%ld", n);
	form_error(f, field, key, args, 1);
}

/*
 * Check every file of the POST against the limits, with the request's
 * stored documents (count, bytes); errors go to `f` on each file's input.
 */
static void
check_files(struct req *r, struct form *f, const struct leave_request *lr, long count,
    long bytes)
{
	const struct conf *c = r->app->conf;
	size_t i;

	for (i = 0; i < r->nuploads; i++) {
		const struct upload *u = &r->uploads[i];
		struct buf name = BUF_INIT;
		const char *args[1];

		filetype_display_name(&name, u->filename);
		args[0] = name.ptr;
		if (doc_of(lr, u->field) == NULL || (!u->too_big &&
		    filetype_sniff((const unsigned char *)u->data.ptr, u->data.len) == NULL &&
		    u->size > 0))
			form_error(f, u->field, "pieces.error.type", args, 1);
		else if (u->size == 0)
			form_error(f, u->field, "pieces.error.empty", args, 1);
		else if (u->too_big)
			form_error(f, u->field, "pieces.error.size", args, 1);
		count++;
		bytes += (long)u->size;
		buf_release(&name);
	}
	if (r->nuploads == 0)
		return;
	if (count > c->max_request_files)
		number_error(f, r->uploads[0].field, "pieces.error.count", c->max_request_files);
	else if (bytes > c->max_request_file_bytes)
		number_error(f, r->uploads[0].field, "pieces.error.total",
		    c->max_request_file_bytes / 1048576);
}

/* The values of every form field `name` (the documents ticked to delete). */
static size_t
all_values(const struct kv_list *l, const char *name, const char **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < l->count && n < max; i++)
		if (strcmp(l->items[i].name, name) == 0)
			out[n++] = l->items[i].value;
	return n;
}

/*
 * POST /pieces/<ticket> ("Appliquer les changements"): the files chosen
 * are stored — all of them or, when one is refused, none — in one
 * transaction on the locked request, so two uploads at once keep the
 * limits; documents ticked for deletion are then confirmed on a page of
 * their own.
 */
static int
apply(struct req *r, struct form *f, const struct side *sd, const char *ticket)
{
	struct db *db = r->app->db;
	struct leave_request lr;
	const char *del[32];
	size_t i, ndel = all_values(&r->form, "delete", del, 32);
	long count, bytes;
	xmlNodePtr added = NULL;
	int rc = 500;

	if ((rc = lock_editable(r, sd, ticket, &lr)) != 0)
		return rc;
	rc = 500;
	if (attachments_usage(db, lr.id, &count, &bytes) < 0)
		goto fail;
	check_files(r, f, &lr, count, bytes);
	if (f->nerrors > 0) {
		db_rollback(db);
		rc = show(r, sd, &lr, 422);
		request_release(&lr);
		return rc;
	}
	if (r->nuploads == 0 && ndel == 0) {
		db_rollback(db);
		form_error(f, "file-other", "pieces.error.nothing", NULL, 0);
		rc = show(r, sd, &lr, 422);
		request_release(&lr);
		return rc;
	}
	for (i = 0; i < r->nuploads; i++) {
		const struct upload *u = &r->uploads[i];
		struct buf name = BUF_INIT;
		int failed;

		filetype_display_name(&name, u->filename);
		failed = attachments_add(db, lr.id, doc_of(&lr, u->field), name.ptr,
		    filetype_sniff((const unsigned char *)u->data.ptr, u->data.len),
		    u->data.ptr, u->data.len, sd->role, r->session->niss) < 0;
		if (!failed) {
			if (added == NULL)
				added = xml_node(r->content, "added");
			xml_attr(xml_node(added, "attachment"), "name", name.ptr);
		}
		buf_release(&name);
		if (failed)
			goto fail;
	}
	if (r->nuploads > 0 && request_event(db, lr.id, (int)lr.status, lr.status, sd->role,
	    r->session->niss, "documents-added") < 0)
		goto fail;
	if (db_commit(db) < 0)
		goto fail;
	if (ndel > 0) {
		/* Deleting asks first: the confirmation lists what goes. */
		req_page(r, "attachments-delete");
		xml_attr(r->content, "base", sd->base.ptr);
		request_xml(r->content, &lr);
		rc = attachments_xml_only(db, r->content, lr.id, del, ndel) < 0 ? 500 : 200;
	} else
		rc = show(r, sd, &lr, 200);
	request_release(&lr);
	return rc;
fail:
	db_rollback(db);
	request_release(&lr);
	return rc;
}

/* POST /pieces/<ticket>/supprimer (confirmed): the documents go, with the event. */
static int
delete_confirmed(struct req *r, const struct side *sd, const char *ticket)
{
	struct db *db = r->app->db;
	struct leave_request lr;
	const char *del[32];
	size_t ndel = all_values(&r->form, "delete", del, 32);
	int rc, n;

	if ((rc = lock_editable(r, sd, ticket, &lr)) != 0)
		return rc;
	rc = 500;
	if ((n = attachments_delete(db, lr.id, del, ndel)) < 0 ||
	    (n > 0 && request_event(db, lr.id, (int)lr.status, lr.status, sd->role,
	    r->session->niss, "documents-deleted") < 0) ||
	    db_commit(db) < 0)
		goto fail;
	request_release(&lr);
	return req_redirect(r, sd->base.ptr);
fail:
	db_rollback(db);
	request_release(&lr);
	return rc;
}

/* POST /pieces/<ticket>/envoi ("Envoi de la demande"), once every mandatory document is there. */
static int
send(struct req *r, struct form *f, const struct side *sd, const char *ticket)
{
	struct db *db = r->app->db;
	struct leave_request lr;
	const char *missing[DOCUMENTS_MAX];
	char location[64];
	int rc, nmissing;

	if ((rc = lock_editable(r, sd, ticket, &lr)) != 0)
		return rc;
	rc = 409;
	if (lr.status != STATUS_ANNEXES || sd->scope != SCOPE_WORKER)
		goto fail;
	rc = 500;
	if ((nmissing = attachments_missing(db, &lr, missing)) < 0)
		goto fail;
	if (nmissing > 0) {
		db_rollback(db);
		form_error(f, "file-other", "pieces.error.incomplete", NULL, 0);
		rc = show(r, sd, &lr, 422);
		request_release(&lr);
		return rc;
	}
	if (request_page_send(r, &lr, "sent") < 0 || db_commit(db) < 0)
		goto fail;
	outbox_flush_soon();
	snprintf(location, sizeof(location), "/demandes/%s/accuse", lr.ticket);
	request_release(&lr);
	return req_redirect(r, location);
fail:
	db_rollback(db);
	request_release(&lr);
	return rc;
}

/* The page of `sd`'s side; segments after the ticket: [action [id]]. */
static int
attachments_page(struct req *r, struct side *sd)
{
	struct buf ticket = BUF_INIT, action = BUF_INIT, id = BUF_INIT;
	struct leave_request lr;
	struct form f;
	size_t seg = sd->ticket_seg;
	int rc;

	memset(&lr, 0, sizeof(lr));
	req_path_segment(r, seg, &ticket);
	/* The employer's address has "pieces" after the ticket. */
	req_path_segment(r, sd->scope == SCOPE_WORKER ? seg + 1 : seg + 2, &action);
	req_path_segment(r, sd->scope == SCOPE_WORKER ? seg + 2 : seg + 3, &id);
	if (sd->scope == SCOPE_WORKER) {
		buf_addf(&sd->base, "/pieces/%s", ticket.ptr);
		buf_adds(&sd->back, "/pieces");
	} else {
		buf_addf(&sd->back, "/employeur/demandes/%s", ticket.ptr);
		buf_addf(&sd->base, "%s/pieces", sd->back.ptr);
	}
	req_page(r, "attachments");
	form_start(&f, r, r->content);
	if (strcmp(r->method, "POST") == 0) {
		if (action.len == 0)
			rc = apply(r, &f, sd, ticket.ptr);
		else if (strcmp(action.ptr, "supprimer") == 0)
			rc = delete_confirmed(r, sd, ticket.ptr);
		else
			rc = send(r, &f, sd, ticket.ptr);
		goto out;
	}
	rc = request_find(r->app->db, ticket.ptr, sd->scope, sd->who, 0, &lr);
	if (rc != 0) {
		rc = rc == 1 ? 404 : 500;
		goto out;
	}
	rc = action.len > 0 ? attachments_download(r, &lr, id.ptr) : show(r, sd, &lr, 200);
out:
	if (rc >= 400 && rc != 422 && r->page != NULL && !r->sent) {
		/* An error page, not the half-built attachment page. */
		xmlFreeDoc(r->page);
		r->page = NULL;
	}
	request_release(&lr);
	buf_release(&ticket);
	buf_release(&action);
	buf_release(&id);
	buf_release(&sd->base);
	buf_release(&sd->back);
	return rc;
}

/*
 * /pieces/<ticket>: the seed's "Pièces jointes" page of one of the
 * worker's requests — the mandatory and optional documents, the files
 * already added (by the worker or the employer) to view or delete, and
 * "Envoi de la demande" once nothing mandatory is missing.
 */
int
page_attachments(struct req *r)
{
	struct side sd = { SCOPE_WORKER, r->session->niss, "worker", 1, BUF_INIT, BUF_INIT };

	return attachments_page(r, &sd);
}

/*
 * /employeur/demandes/<ticket>/pieces: the same page for the employer,
 * who adds documents for its worker (the worker sees them) until the
 * request is sent.
 */
int
page_employer_attachments(struct req *r)
{
	struct side sd = { SCOPE_EMPLOYER, r->session->bce, "employer", 2, BUF_INIT, BUF_INIT };

	return attachments_page(r, &sd);
}
