/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "auth/lockout.h"
#include "directory.h"
#include "log.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

#define MAX_UID 64

static int
form_page(struct req *r, const char *uid, const char *error, int status)
{
	xmlNodePtr content = req_page(r, "onem-login");

	req_page_csrf(r);
	xml_text(content, "uid", uid);
	if (error != NULL)
		xml_text(content, "error", error);
	return status;
}

/*
 * GET /onem/login: the ONEM agents' sign-in form. POST checks the user
 * name and password against the directory (bind), with the lock-out of
 * auth/lockout.h; success opens an agent session and goes to /onem/.
 * Errors come back on the form: 400 (missing), 401 (wrong), 429 (locked),
 * 503 (directory or Redis unavailable).
 */
int
page_onem_login(struct req *r)
{
	struct buf office = BUF_INIT, name = BUF_INIT;
	const char *uid, *password;
	struct session *s;
	int locked, status;

	if (strcmp(r->method, "POST") != 0)
		return form_page(r, "", NULL, 200);
	uid = kv_get(&r->form, "uid");
	password = kv_get(&r->form, "password");
	if (uid == NULL || uid[0] == '\0' || strlen(uid) > MAX_UID ||
	    password == NULL || password[0] == '\0')
		return form_page(r, uid && strlen(uid) <= MAX_UID ? uid : "", "missing", 400);
	if ((locked = lockout_is_locked(r, uid)) < 0)
		return 503;
	if (locked)
		return form_page(r, uid, "locked", 429);
	switch (directory_agent_login(r->app->conf, uid, password, &office, &name)) {
	case DIRECTORY_OK:
		break;
	case DIRECTORY_NOT_FOUND:
		log_info("agent sign-in refused");
		status = lockout_fail(r, uid) < 0 ? 503 : form_page(r, uid, "wrong", 401);
		goto out;
	default:
		status = form_page(r, uid, "unavailable", 503);
		goto out;
	}
	lockout_clear(r, uid);
	s = xcalloc(1, sizeof(*s));
	s->niss = xstrdup(uid);
	s->family_name = buf_detach(&name, NULL);
	s->office = buf_detach(&office, NULL);
	s->role = ROLE_AGENT;
	if (session_create(r, s) < 0) {
		session_free(s);
		status = 503;
		goto out;
	}
	status = req_redirect(r, "/onem/");
out:
	buf_release(&office);
	buf_release(&name);
	return status;
}
