/* SPDX-License-Identifier: EUPL-1.2 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <libxml/tree.h>

#include "app.h"
#include "auth/oidc.h"
#include "conf.h"
#include "crypto.h"
#include "db.h"
#include "log.h"
#include "outbox.h"
#include "upload.h"
#include "pages.h"
#include "redis.h"
#include "render.h"
#include "req.h"
#include "router.h"
#include "session.h"
#include "worker.h"
#include "banned.h"

#define LANG_COOKIE "lang"

static volatile sig_atomic_t stopping;

/* SIGTERM: finish the request in progress, accept no other. */
static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
	FCGX_ShutdownPending();
}

static int
is_lang(const char *s)
{
	return render_lang_index(s) >= 0;
}

/* The first supported language of an Accept-Language header, or NULL. */
static const char *
lang_from_header(const char *h)
{
	while (h != NULL && *h != '\0') {
		int i;

		while (*h == ' ' || *h == ',')
			h++;
		for (i = 0; i < RENDER_NLANGS; i++)
			if (strncmp(h, render_langs[i], 2) == 0 &&
			    (h[2] == '\0' || h[2] == '-' || h[2] == ',' || h[2] == ';'))
				return render_langs[i];
		h = strchr(h, ',');
	}
	return NULL;
}

/* The user's explicit choice (?lang=, then the cookie), Accept-Language, else French. */
static void
choose_lang(struct req *r)
{
	const char *q = kv_get(&r->args, "lang");
	const char *c = kv_get(&r->cookies, LANG_COOKIE);
	const char *h;

	if (q != NULL && is_lang(q)) {
		r->lang = render_langs[render_lang_index(q)];
		r->lang_from_query = 1;
	} else if (c != NULL && is_lang(c))
		r->lang = render_langs[render_lang_index(c)];
	else if ((h = lang_from_header(req_param(r, "HTTP_ACCEPT_LANGUAGE"))) != NULL)
		r->lang = h;
	else
		r->lang = "fr";
}

static int
wants_xml(const char *accept)
{
	return accept != NULL && strstr(accept, "application/xml") != NULL &&
	    strstr(accept, "text/html") == NULL;
}

/* Read an urlencoded (or multipart, or XML) body. Returns 0 or an HTTP status. */
static int
read_form(struct req *r)
{
	const struct conf *c = r->app->conf;
	const char *type = req_param(r, "CONTENT_TYPE");
	const char *len_s = req_param(r, "CONTENT_LENGTH");
	long len = len_s ? strtol(len_s, NULL, 10) : 0;
	char *body;
	int got, status = 0;

	if (len <= 0)
		return 0;
	if (type != NULL && strncmp(type, "multipart/form-data", 19) == 0)
		return upload_read(r, len);
	if (len > c->max_form_bytes)
		return 413;
	if (type != NULL && strncmp(type, "application/xml", 15) == 0) {
		/* The XML channel of payroll packages: the handler parses it. */
		buf_grow(&r->body, (size_t)len);
		got = FCGX_GetStr(r->body.ptr, (int)len, r->fcgi->in);
		if (got != len)
			return 400;
		r->body.len = (size_t)len;
		r->body.ptr[len] = '\0';
		return 0;
	}
	if (type == NULL || strncmp(type, "application/x-www-form-urlencoded", 33) != 0)
		return 0;
	body = malloc((size_t)len);
	if (body == NULL)
		return 500;
	got = FCGX_GetStr(body, (int)len, r->fcgi->in);
	if (got != len)
		status = 400;
	else
		switch (kv_parse_urlencoded(&r->form, body, (size_t)len,
		    (size_t)c->max_form_fields, (size_t)c->max_form_bytes)) {
		case KV_OK:
			break;
		case KV_TOO_LONG:
			status = 413;
			break;
		default:
			status = 400;
		}
	free(body);
	return status;
}

/* Parse what every route needs. Returns 0 or an HTTP status. */
static int
parse_request(struct req *r)
{
	const struct conf *c = r->app->conf;
	const char *cookie = req_param(r, "HTTP_COOKIE");
	const char *uri;

	r->method = req_param(r, "REQUEST_METHOD");
	if (r->method == NULL)
		r->method = "GET";
	r->query = req_param(r, "QUERY_STRING");
	if (r->query == NULL)
		r->query = "";
	/* nginx's $document_uri: decoded and normalised, no query. */
	uri = req_param(r, "DOCUMENT_URI");
	r->path = uri && *uri == '/' ? uri : "/";
	r->request_id = req_param(r, "REQUEST_ID");
	if (r->request_id == NULL)
		r->request_id = "-";
	r->lang = "fr";
	if (cookie != NULL && kv_parse_cookies(&r->cookies, cookie,
	    (size_t)c->max_cookies, (size_t)c->max_cookie_bytes) != KV_OK) {
		kv_list_release(&r->cookies);
		choose_lang(r);
		return 400;
	}
	/* A bad query is answered in the language the cookie or browser asks for. */
	if (kv_parse_urlencoded(&r->args, r->query, strlen(r->query),
	    (size_t)c->max_form_fields, (size_t)c->max_form_bytes) != KV_OK) {
		kv_list_release(&r->args);
		choose_lang(r);
		return 400;
	}
	choose_lang(r);
	r->wants_xml = wants_xml(req_param(r, "HTTP_ACCEPT"));
	return 0;
}

/* Whether the query holds nothing but the language: a shared page is then the same for all. */
static int
only_lang_args(const struct req *r)
{
	size_t i;

	for (i = 0; i < r->args.count; i++)
		if (strcmp(r->args.items[i].name, "lang") != 0)
			return 0;
	return 1;
}

/* Write the page document as HTML (or XML when asked). */
static void
send_page(struct req *r, int status)
{
	struct buf html = BUF_INIT;
	const struct buf *kept;
	xmlChar *xml = NULL;
	int len = 0;
	int shared = r->shared && r->session == NULL && status == 200 && only_lang_args(r);

	if (r->wants_xml) {
		xmlDocDumpFormatMemoryEnc(r->page, &xml, &len, "UTF-8", 0);
		req_send_raw(r, status, "application/xml; charset=utf-8", xml, (size_t)len);
		xmlFree(xml);
		return;
	}
	if (shared && (kept = render_cached(r->app->render, r->path, r->lang)) != NULL) {
		req_send_raw(r, status, "text/html; charset=utf-8", kept->ptr, kept->len);
		return;
	}
	if (render_html(r->app->render, r->page, &html) < 0) {
		static const char msg[] = "500 Internal Server Error\n";

		req_send_raw(r, 500, "text/plain; charset=utf-8", msg, sizeof(msg) - 1);
	} else {
		if (shared)
			render_keep(r->app->render, r->path, r->lang, &html);
		req_send_raw(r, status, "text/html; charset=utf-8", html.ptr, html.len);
	}
	buf_release(&html);
}

/* Where to send a request that needs a session it does not have. */
static int
to_login(struct req *r, const struct route *route)
{
	struct buf url = BUF_INIT;
	int status;

	if (route->access == ACCESS_AGENT)
		return req_redirect(r, "/onem/login");
	buf_adds(&url, "/auth/login?next=");
	url_encode(&url, r->path);
	status = req_redirect(r, url.ptr);
	buf_release(&url);
	return status;
}

/*
 * The route's access rule against the session: 0 to go on, or the status
 * already answered (a redirect to sign in or to choose a role, or 403).
 */
static int
check_access(struct req *r, const struct route *route)
{
	const struct session *s = r->session;
	enum role need;
	struct buf url = BUF_INIT;
	int status;

	switch (route->access) {
	case ACCESS_PUBLIC:
	case ACCESS_CHECK:
		return 0;
	case ACCESS_SIGNED_IN:
		if (s == NULL)
			return to_login(r, route);
		return s->role == ROLE_AGENT ? 403 : 0;
	case ACCESS_WORKER:
		need = ROLE_WORKER;
		break;
	case ACCESS_EMPLOYER:
		need = ROLE_EMPLOYER;
		break;
	default:
		need = ROLE_AGENT;
	}
	if (s == NULL)
		return to_login(r, route);
	if (s->role == need)
		return 0;
	if (s->role != ROLE_NONE || need == ROLE_AGENT)
		return 403;
	buf_adds(&url, "/auth/role?next=");
	url_encode(&url, r->path);
	status = req_redirect(r, url.ptr);
	buf_release(&url);
	return status;
}

/*
 * Every POST of the application carries the form field "csrf" (an XML
 * document: the X-CSRF-Token header): the session's token, or before any
 * session the bw_csrf cookie's.
 */
static int
csrf_ok(struct req *r)
{
	const char *expected = r->session ? r->session->csrf :
	    kv_get(&r->cookies, CSRF_COOKIE);
	/* Programs posting XML send it in a header (a form cannot set one). */
	const char *given = r->body.len > 0 ? req_param(r, "HTTP_X_CSRF_TOKEN") :
	    kv_get(&r->form, "csrf");

	return expected != NULL && expected[0] != '\0' && crypto_equal(given, expected);
}

static int
dispatch(struct req *r)
{
	struct buf allow = BUF_INIT;
	const struct route *route;
	int status;

	if ((status = parse_request(r)) != 0)
		goto out;
	if (r->lang_from_query) {
		struct buf cookie = BUF_INIT;

		buf_addf(&cookie, "%s=%s; Path=/; Max-Age=31536000; SameSite=Lax",
		    LANG_COOKIE, r->lang);
		req_header(r, "Set-Cookie", cookie.ptr);
		buf_release(&cookie);
	}
	route = router_find(routes, nroutes, r->method, r->path, &allow);
	if (route == NULL) {
		status = allow.len ? 405 : 404;
		if (status == 405)
			req_header(r, "Allow", allow.ptr);
		goto out;
	}
	if (strcmp(r->method, "POST") == 0 && (status = read_form(r)) != 0)
		goto out;
	if (session_load(r) < 0 && route->access != ACCESS_CHECK) {
		status = 503;
		goto out;
	}
	if ((status = check_access(r, route)) != 0)
		goto out;
	if (strcmp(r->method, "POST") == 0 && !csrf_ok(r)) {
		log_warn("POST %s without a valid CSRF token", r->path);
		status = 403;
		goto out;
	}
	status = route->handler(r);
out:
	buf_release(&allow);
	return status;
}

static void
serve(struct app *app, FCGX_Request *fcgi)
{
	struct req r;
	struct timespec t0, t1;
	int status;

	memset(&r, 0, sizeof(r));
	r.app = app;
	r.fcgi = fcgi;
	r.method = "GET";
	r.path = "/";
	r.query = "";
	r.lang = "fr";
	kv_list_init(&r.args);
	kv_list_init(&r.form);
	kv_list_init(&r.cookies);
	buf_init(&r.headers);
	buf_init(&r.body);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	log_set_request_id(req_param(&r, "REQUEST_ID"));

	status = dispatch(&r);
	if (!r.sent) {
		/* A page that failed half-way shows the error page, never half of itself. */
		if (status >= 500 && r.page != NULL)
			req_page_drop(&r);
		if (r.page == NULL)
			page_show_error(&r, status);
		send_page(&r, status);
	}

	clock_gettime(CLOCK_MONOTONIC, &t1);
	log_info("%s %s %d %ldus", r.method, r.path, status,
	    (long)((t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000));
	log_set_request_id(NULL);
	session_free(r.session);
	kv_list_release(&r.args);
	kv_list_release(&r.form);
	kv_list_release(&r.cookies);
	buf_release(&r.headers);
	buf_release(&r.body);
	upload_release(&r);
	if (r.page != NULL)
		xmlFreeDoc(r.page);
}

/*
 * Wait for the next connection. Every [mail] retry seconds without one,
 * send the notices that are due, so that a notice the relay refused is
 * tried again even when nobody uses the service. 1 to accept, 0 to stop.
 */
static int
wait_for_request(struct app *app, int listen_fd)
{
	struct pollfd p = { .fd = listen_fd, .events = POLLIN };
	int n;

	for (;;) {
		n = poll(&p, 1, app->conf->mail_retry * 1000);
		if (stopping)
			return 0;
		if (n > 0 || (n < 0 && errno != EINTR))
			return 1;	/* a connection, or an error accept() will report */
		if (n == 0)
			outbox_after_request(app);
	}
}

int
worker_main(const struct conf *c, int listen_fd)
{
	struct app app = { c, NULL, NULL, NULL, NULL };
	struct sigaction sa;
	FCGX_Request fcgi;
	char i18n[4096];
	int served = 0, rc = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;	/* no SA_RESTART: interrupt accept() */
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);

	if ((size_t)snprintf(i18n, sizeof(i18n), "%s/i18n", c->xsl_dir) >= sizeof(i18n))
		goto out;
	app.render = render_open(c->xsl_dir, "page.xsl", i18n);
	if (app.render == NULL)
		goto out;
	app.redis = redis_new(c);
	app.db = db_new(c);
	app.oidc = oidc_new(c);
	if (FCGX_InitRequest(&fcgi, listen_fd, 0) != 0)
		goto out;

	while (!stopping && served < c->max_requests) {
		if (!wait_for_request(&app, listen_fd) || FCGX_Accept_r(&fcgi) < 0)
			break;
		/* A request that runs past the limit kills the worker; the master replaces it. */
		alarm((unsigned int)c->request_timeout);
		serve(&app, &fcgi);
		alarm(0);
		FCGX_Finish_r(&fcgi);
		outbox_after_request(&app);
		served++;
	}
	FCGX_Free(&fcgi, 0);
	rc = 0;
out:
	oidc_free(app.oidc);
	db_free(app.db);
	redis_free(app.redis);
	render_free(app.render);
	return rc;
}
