/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The key page "S'identifier à l'administration en ligne" and its five
 * keys. Every page belongs to the browser's pending authorization request
 * (the csam_tx cookie); every form carries that request's csrf token.
 * Wrong passwords and codes count against the account: after
 * [login] max_failures it is locked for [login] lockout seconds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <libxml/tree.h>
#include <openssl/rand.h>

#include "crypto.h"
#include "ident.h"
#include "idp.h"
#include "log.h"
#include "mail.h"
#include "people.h"
#include "render.h"
#include "store.h"
#include "totp.h"
#include "banned.h"

/* What every key page needs: the transaction and, for a POST, a good csrf. */
struct login {
	const char	*tx;
	json_t		*req;
};

/*
 * Load the browser's pending request. 0, or the status of the page already
 * built: no request (400), Redis down (503), forged POST (403).
 */
static int
login_begin(struct idp_req *r, struct login *l)
{
	enum store_status st;

	l->req = NULL;
	l->tx = kv_get(&r->cookies, TX_COOKIE);
	if (l->tx == NULL || l->tx[0] == '\0')
		return idp_error_page(r, 400, "error.no-request");
	st = store_get(r->idp->redis, "tx", l->tx, 0, &l->req);
	if (st == STORE_DOWN)
		return idp_error_page(r, 503, "error.unavailable");
	if (st != STORE_OK)
		return idp_error_page(r, 400, "error.expired");
	if (strcmp(r->method, "POST") == 0 &&
	    !crypto_equal(kv_get(&r->form, "csrf"),
	    json_string_value(json_object_get(l->req, "csrf")))) {
		log_warn("key page POST without a valid csrf token");
		return idp_error_page(r, 403, "error.csrf");
	}
	return 0;
}

/* The page `id` with the form's csrf token; returns <content>. */
static xmlNodePtr
login_page(struct idp_req *r, const struct login *l, const char *id)
{
	xmlNodePtr content = idp_page(r, id);
	xmlNodePtr form = xmlNewChild(content, NULL, BAD_CAST "form", NULL);

	xmlSetProp(form, BAD_CAST "csrf",
	    BAD_CAST json_string_value(json_object_get(l->req, "csrf")));
	return content;
}

static void
add_error(xmlNodePtr content, const char *key)
{
	xmlNewTextChild(content, NULL, BAD_CAST "error", BAD_CAST key);
}

/* 1 when `uid` is locked out now, 0 when not, -1 when Redis cannot tell. */
static int
locked(struct idp_req *r, const char *uid)
{
	long long n = store_failures(r->idp->redis, uid);

	if (n < 0)
		return -1;
	return n >= r->idp->conf->max_failures;
}

/* Count a failure for `uid`; the catalogue key of the message to show. */
static const char *
failed(struct idp_req *r, const char *uid, const char *message)
{
	const struct idp_conf *c = r->idp->conf;

	log_info("login failure");
	if (store_fail(r->idp->redis, uid, c->lockout, c->max_failures) >= c->max_failures) {
		log_warn("account locked for %d s after %d failures", c->lockout,
		    c->max_failures);
		return "error.locked";
	}
	return message;
}

/* GET /login: the five keys. */
int
idp_login_keys(struct idp_req *r)
{
	struct login l;
	int status;

	if ((status = login_begin(r, &l)) != 0)
		return status;
	login_page(r, &l, "keys");
	json_decref(l.req);
	return 200;
}

/* A 6-digit code from the CSPRNG, without modulo bias. 0 or -1. */
static int
six_digits(char out[7])
{
	uint32_t v;

	do {
		if (RAND_bytes((unsigned char *)&v, sizeof(v)) != 1)
			return -1;
	} while (v >= 4294000000U);	/* a multiple of 10^6 */
	snprintf(out, 7, "%06u", (unsigned)(v % 1000000U));
	return 0;
}

/* "j***@example.be": enough for the person to recognise the address. */
static void
mask_email(struct buf *out, const char *email)
{
	const char *at = strchr(email, '@');

	if (at == NULL || at == email) {
		buf_adds(out, "***");
		return;
	}
	buf_addc(out, email[0]);
	buf_adds(out, "***");
	buf_adds(out, at);
}

/* Send the code to the person in the page's language. 0 or -1. */
static int
send_code(struct idp_req *r, const struct person *p, const char *code)
{
	const struct render *rd = r->idp->render;
	const char *subject = render_msg(rd, r->lang, "mail.subject");
	const char *intro = render_msg(rd, r->lang, "mail.body");
	const char *validity = render_msg(rd, r->lang, "mail.validity");
	const struct idp_conf *c = r->idp->conf;
	const struct mail_relay relay = { c->smtp_url, c->smtp_from, "csam-dev",
	    c->smtp_timeout };
	struct buf body = BUF_INIT;
	int rc;

	buf_addf(&body, "%s\n\n    %s\n\n%s\n", intro ? intro : "", code,
	    validity ? validity : "");
	rc = mail_send(&relay, p->email, subject ? subject : "csam-dev", body.ptr);
	memset(body.ptr, 0, body.len);
	buf_release(&body);
	return rc;
}

/*
 * The user name and password step of the mail and app keys: 0 with the
 * person in p, or the status to answer, with *error the form's message
 * (NULL when an error page is already built).
 */
static int
check_password(struct idp_req *r, const char *uid, const char *password, struct person *p,
    const char **error)
{
	*error = NULL;
	if (uid == NULL || uid[0] == '\0' || password == NULL || password[0] == '\0') {
		*error = "error.missing";
		return 400;
	}
	switch (locked(r, uid)) {
	case 0:
		break;
	case 1:
		*error = "error.locked";
		return 429;
	default:
		return idp_error_page(r, 503, "error.unavailable");
	}
	switch (people_authenticate(r->idp->conf, uid, password, p)) {
	case PEOPLE_OK:
		return 0;
	case PEOPLE_NOT_FOUND:
		*error = failed(r, uid, "error.credentials");
		return 401;
	default:
		return idp_error_page(r, 503, "error.unavailable");
	}
}

/* The form page `id` with the user name typed and the message `error`. Returns status. */
static int
show_form(struct idp_req *r, const struct login *l, const char *id, const char *uid,
    const char *error, int status)
{
	xmlNodePtr content = login_page(r, l, id);

	xmlSetProp(content->children, BAD_CAST "uid", BAD_CAST (uid ? uid : ""));
	if (error != NULL)
		add_error(content, error);
	return status;
}

/* GET, POST /login/mail: user name and password, then a code by e-mail. */
int
idp_login_mail(struct idp_req *r)
{
	const char *uid = kv_get(&r->form, "uid");
	const char *password = kv_get(&r->form, "password");
	struct buf masked = BUF_INIT;
	struct login l;
	struct person p;
	xmlNodePtr content;
	const char *error;
	char code[7];
	json_t *pending = NULL;
	int status;

	memset(&p, 0, sizeof(p));
	if ((status = login_begin(r, &l)) != 0)
		return status;
	if (strcmp(r->method, "POST") != 0) {
		status = show_form(r, &l, "mail", NULL, NULL, 200);
		goto out;
	}
	if ((status = check_password(r, uid, password, &p, &error)) != 0) {
		if (error != NULL)
			show_form(r, &l, "mail", uid, error, status);
		goto out;
	}
	if (p.email == NULL || six_digits(code) < 0) {
		status = idp_error_page(r, 503, "error.mail");
		goto out;
	}
	pending = json_pack("{s:s, s:s}", "uid", uid, "code", code);
	if (store_put(r->idp->redis, "mail", l.tx, pending, r->idp->conf->mail_code_ttl) < 0) {
		status = idp_error_page(r, 503, "error.unavailable");
		goto out;
	}
	if (send_code(r, &p, code) < 0) {
		status = idp_error_page(r, 503, "error.mail");
		goto out;
	}
	memset(code, 0, sizeof(code));
	content = login_page(r, &l, "mail-code");
	mask_email(&masked, p.email);
	xmlNewTextChild(content, NULL, BAD_CAST "email", BAD_CAST masked.ptr);
	status = 200;
out:
	person_release(&p);
	json_decref(pending);
	json_decref(l.req);
	buf_release(&masked);
	return status;
}

/* POST /login/mail/code: the code received by e-mail. */
int
idp_login_mail_code(struct idp_req *r)
{
	const char *code = kv_get(&r->form, "code");
	struct buf typed = BUF_INIT;
	struct login l;
	json_t *pending = NULL;
	xmlNodePtr content;
	const char *uid, *error;
	int lock, status;

	if ((status = login_begin(r, &l)) != 0)
		return status;
	if (store_get(r->idp->redis, "mail", l.tx, 0, &pending) != STORE_OK) {
		content = login_page(r, &l, "mail");
		add_error(content, "error.code-expired");
		status = 400;
		goto out;
	}
	uid = json_string_value(json_object_get(pending, "uid"));
	ident_compact(&typed, code ? code : "");
	if (uid == NULL || (lock = locked(r, uid)) < 0) {
		status = idp_error_page(r, 503, "error.unavailable");
		goto out;
	}
	if (lock)
		error = "error.locked";
	else if (crypto_equal(typed.ptr, json_string_value(json_object_get(pending, "code")))) {
		/* Single use: the code is gone before the login completes. */
		store_del(r->idp->redis, "mail", l.tx);
		store_fail_clear(r->idp->redis, uid);
		status = idp_finish_login(r, l.tx, uid, "mail");
		goto out;
	} else
		error = failed(r, uid, "error.code");
	if (strcmp(error, "error.locked") == 0) {
		store_del(r->idp->redis, "mail", l.tx);
		content = login_page(r, &l, "mail");
		status = 429;
	} else {
		content = login_page(r, &l, "mail-code");
		status = 401;
	}
	add_error(content, error);
out:
	json_decref(pending);
	json_decref(l.req);
	buf_release(&typed);
	return status;
}

/* GET, POST /login/app: user name, password and the mobile app's TOTP code. */
int
idp_login_app(struct idp_req *r)
{
	const char *uid = kv_get(&r->form, "uid");
	const char *password = kv_get(&r->form, "password");
	const char *code = kv_get(&r->form, "code");
	struct buf step_id = BUF_INIT, typed = BUF_INIT;
	struct login l;
	struct person p;
	const char *error;
	long long step;
	int status;

	memset(&p, 0, sizeof(p));
	if ((status = login_begin(r, &l)) != 0)
		return status;
	if (strcmp(r->method, "POST") != 0) {
		status = show_form(r, &l, "app", NULL, NULL, 200);
		goto out;
	}
	if (code == NULL || code[0] == '\0') {
		status = show_form(r, &l, "app", uid, "error.missing", 400);
		goto out;
	}
	if ((status = check_password(r, uid, password, &p, &error)) != 0) {
		if (error != NULL)
			show_form(r, &l, "app", uid, error, status);
		goto out;
	}
	ident_compact(&typed, code);
	step = totp_check(p.totp_secret, typed.ptr, time(NULL));
	if (step >= 0) {
		/* A code seen once is spent, even within its 90 s of validity. */
		buf_addf(&step_id, "%s:%lld", uid, step);
		if (store_once(r->idp->redis, "totp", step_id.ptr, 3 * TOTP_STEP) != 1)
			step = -1;
	}
	if (step < 0) {
		status = show_form(r, &l, "app", uid, failed(r, uid, "error.code"), 401);
		goto out;
	}
	store_fail_clear(r->idp->redis, uid);
	status = idp_finish_login(r, l.tx, uid, "app");
out:
	person_release(&p);
	json_decref(l.req);
	buf_release(&step_id);
	buf_release(&typed);
	return status;
}

/* The identities a simulated key offers, under content. */
static int
add_identities(struct idp_req *r, xmlNodePtr content, int foreign)
{
	struct person *list = NULL;
	struct buf niss = BUF_INIT;
	size_t i, n = 0;

	if (people_list(r->idp->conf, foreign, &list, &n) != PEOPLE_OK)
		return -1;
	for (i = 0; i < n; i++) {
		xmlNodePtr node = xmlNewChild(content, NULL, BAD_CAST "person", NULL);

		buf_reset(&niss);
		ident_niss_format(&niss, list[i].niss);
		xmlSetProp(node, BAD_CAST "uid", BAD_CAST list[i].uid);
		xmlSetProp(node, BAD_CAST "niss", BAD_CAST niss.ptr);
		if (list[i].country)
			xmlSetProp(node, BAD_CAST "country", BAD_CAST list[i].country);
		xmlNewTextChild(node, NULL, BAD_CAST "given-name", BAD_CAST list[i].given_name);
		xmlNewTextChild(node, NULL, BAD_CAST "family-name", BAD_CAST list[i].family_name);
		person_release(&list[i]);
	}
	free(list);
	buf_release(&niss);
	return 0;
}

/*
 * GET, POST /login/eid, /login/itsme, /login/eidas: clearly labelled
 * simulations. The tester picks one of the directory's demo identities
 * (foreign ones for eIDAS) and confirms.
 */
int
idp_login_simulated(struct idp_req *r)
{
	const char *method = r->path + strlen("/login/");
	const char *uid = kv_get(&r->form, "uid");
	int foreign = strcmp(method, "eidas") == 0;
	struct login l;
	struct person p;
	xmlNodePtr content;
	int status;

	memset(&p, 0, sizeof(p));
	if ((status = login_begin(r, &l)) != 0)
		return status;
	status = 200;
	if (strcmp(r->method, "POST") == 0) {
		enum people_status st = uid ? people_get(r->idp->conf, uid, &p) : PEOPLE_NOT_FOUND;

		if (st == PEOPLE_UNAVAILABLE) {
			status = idp_error_page(r, 503, "error.unavailable");
			goto out;
		}
		if (st == PEOPLE_OK && p.niss != NULL && p.kind != NULL &&
		    strcmp(p.kind, foreign ? "eidas" : "belgian") == 0) {
			status = idp_finish_login(r, l.tx, p.uid, method);
			goto out;
		}
		status = 400;
	}
	content = login_page(r, &l, "simulated");
	xmlSetProp(content, BAD_CAST "method", BAD_CAST method);
	if (status == 400)
		add_error(content, "error.choose");
	if (add_identities(r, content, foreign) < 0)
		status = idp_error_page(r, 503, "error.unavailable");
out:
	person_release(&p);
	json_decref(l.req);
	return status;
}
