/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "auth/login_state.h"
#include "auth/oidc.h"
#include "conf.h"
#include "crypto.h"
#include "db.h"
#include "directory.h"
#include "ident.h"
#include "log.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

static void
clear_login_cookie(struct req *r)
{
	req_header(r, "Set-Cookie", LOGIN_COOKIE "=; Path=/auth/; HttpOnly; SameSite=Lax; Max-Age=0");
}

/*
 * Record the person (a worker may be known only by the NISS an employer
 * typed) and take their contact data: what they set in Break@work wins
 * over the provider's e-mail address. A failure only leaves the header
 * block without them.
 */
static void
sync_person(struct req *r, struct session *s)
{
	struct db_rows rows = { 0 };

	if (db_exec(r->app->db, NULL, "INSERT INTO person (niss, given_name, family_name, email,"
	    " lang) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE given_name ="
	    " VALUES(given_name), family_name = VALUES(family_name),"
	    " email = COALESCE(email, VALUES(email))", "sssss", s->niss, s->given_name,
	    s->family_name, s->email, r->lang) < 0 ||
	    db_exec(r->app->db, &rows, "SELECT email, phone FROM person WHERE niss = ?", "s",
	    s->niss) < 0 || rows.nrows != 1) {
		log_warn("the person's contact data could not be read");
		goto out;
	}
	free(s->email);
	s->email = db_cell(&rows, 0, 0) ? xstrdup(db_cell(&rows, 0, 0)) : NULL;
	s->phone = db_cell(&rows, 0, 1) ? xstrdup(db_cell(&rows, 0, 1)) : NULL;
out:
	db_rows_release(&rows);
}

/* Build the session of the person the provider vouched for. */
static int
open_session(struct req *r, struct oidc_identity *id, const char *mandates)
{
	struct session *s = xcalloc(1, sizeof(*s));

	s->niss = id->niss;
	s->given_name = id->given_name;
	s->family_name = id->family_name;
	s->email = id->email;
	s->id_token = id->id_token;
	s->mandates = xstrdup(mandates);
	/* A person without mandates can only be a worker: no choice to make. */
	s->role = mandates[0] ? ROLE_NONE : ROLE_WORKER;
	id->niss = id->given_name = id->family_name = id->email = id->id_token = NULL;
	sync_person(r, s);
	if (session_create(r, s) < 0) {
		session_free(s);
		return -1;
	}
	return 0;
}

/*
 * GET /auth/callback?code=..&state=.. (or ?error=..&state=..): finish the
 * login. The state must be the one this browser started (cookie) and
 * still unused; the provider's answer must pass every check of
 * oidc_redeem(). On success a new session and 303 to the page first asked
 * for (or to the role choice); otherwise a page saying what happened,
 * with no session.
 */
int
page_auth_callback(struct req *r)
{
	const char *state = kv_get(&r->args, "state");
	const char *code = kv_get(&r->args, "code");
	const char *error = kv_get(&r->args, "error");
	struct oidc_identity id = { 0 };
	struct login_state ls = { 0 };
	struct buf mandates = BUF_INIT;
	const char *next;
	int found, status;

	clear_login_cookie(r);
	if (state == NULL || !crypto_equal(state, kv_get(&r->cookies, LOGIN_COOKIE))) {
		log_warn("callback: state is not this browser's");
		return page_show_auth_error(r, "expired", 400);
	}
	if ((found = login_state_take(r, state, &ls)) < 0)
		return 503;
	if (found == 0) {
		log_warn("callback: unknown or used state");
		return page_show_auth_error(r, "expired", 400);
	}
	if (error != NULL) {
		log_info("callback: provider answered %s", error);
		status = page_show_auth_error(r, strcmp(error, "access_denied") == 0 ?
		    "cancelled" : "failed", 403);
		goto out;
	}
	if (code == NULL) {
		status = page_show_auth_error(r, "failed", 400);
		goto out;
	}
	switch (oidc_redeem(r->app->oidc, code, ls.verifier, ls.nonce, &id)) {
	case OIDC_OK:
		break;
	case OIDC_UNAVAILABLE:
		status = page_show_auth_error(r, "unavailable", 503);
		goto out;
	default:
		status = page_show_auth_error(r, "failed", 403);
		goto out;
	}
	if (id.niss == NULL || !ident_niss_valid(id.niss)) {
		log_warn("callback: no valid national number released");
		status = page_show_auth_error(r, "no-niss", 403);
		goto out;
	}
	if (directory_mandates(r->app->conf, id.niss, &mandates) != DIRECTORY_OK) {
		status = page_show_auth_error(r, "unavailable", 503);
		goto out;
	}
	if (open_session(r, &id, mandates.ptr) < 0) {
		status = 503;
		goto out;
	}
	log_info("login: %s", role_name(r->session->role));
	next = login_safe_next(ls.next);
	if (r->session->role == ROLE_NONE) {
		struct buf url = BUF_INIT;

		buf_adds(&url, "/auth/role?next=");
		url_encode(&url, next);
		status = req_redirect(r, url.ptr);
		buf_release(&url);
	} else
		status = req_redirect(r, next);
out:
	oidc_identity_release(&id);
	login_state_release(&ls);
	buf_release(&mandates);
	return status;
}
