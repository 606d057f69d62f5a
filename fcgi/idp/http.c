/* SPDX-License-Identifier: EUPL-1.2 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fcgiapp.h>
#include <libxml/tree.h>

#include "idp.h"
#include "log.h"
#include "redis.h"
#include "render.h"
#include "xalloc.h"
#include "banned.h"

/* Bounds on what a client may send; csam-dev's forms are tiny. */
#define MAX_BODY	16384
#define MAX_FIELDS	64
#define MAX_COOKIES	32
#define MAX_COOKIE_BYTES 4096

/* Shared with the application on the same host: one language choice. */
#define LANG_COOKIE "lang"

static volatile sig_atomic_t stopping;

static const struct {
	const char	*method;
	const char	*path;
	int		(*handler)(struct idp_req *);
} routes[] = {
	{ "GET", "/.well-known/openid-configuration", idp_discovery },
	{ "GET", "/jwks", idp_jwks },
	{ "GET", "/authorize", idp_authorize },
	{ "POST", "/token", idp_token },
	{ "GET", "/userinfo", idp_userinfo },
	{ "POST", "/userinfo", idp_userinfo },
	{ "GET", "/logout", idp_logout },
	{ "GET", "/login", idp_login_keys },
	{ "GET", "/login/mail", idp_login_mail },
	{ "POST", "/login/mail", idp_login_mail },
	{ "POST", "/login/mail/code", idp_login_mail_code },
	{ "GET", "/login/app", idp_login_app },
	{ "POST", "/login/app", idp_login_app },
	{ "GET", "/login/eid", idp_login_simulated },
	{ "POST", "/login/eid", idp_login_simulated },
	{ "GET", "/login/itsme", idp_login_simulated },
	{ "POST", "/login/itsme", idp_login_simulated },
	{ "GET", "/login/eidas", idp_login_simulated },
	{ "POST", "/login/eidas", idp_login_simulated },
};

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
	FCGX_ShutdownPending();
}

const char *
idp_env(const struct idp_req *r, const char *name)
{
	return FCGX_GetParam(name, r->fcgi->envp);
}

void
idp_header(struct idp_req *r, const char *name, const char *value)
{
	if (strpbrk(value, "\r\n") != NULL)
		return;
	buf_addf(&r->headers, "%s: %s\r\n", name, value);
}

void
idp_cookie(struct idp_req *r, const char *name, const char *value, int max_age)
{
	struct buf c = BUF_INIT;

	buf_addf(&c, "%s=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Lax%s", name, value,
	    max_age, strncmp(r->idp->conf->issuer, "https://", 8) == 0 ? "; Secure" : "");
	idp_header(r, "Set-Cookie", c.ptr);
	buf_release(&c);
}

xmlNodePtr
idp_page(struct idp_req *r, const char *page_id)
{
	xmlNodePtr root;

	if (r->page != NULL)
		xmlFreeDoc(r->page);
	r->page = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewNode(NULL, BAD_CAST "page");
	xmlDocSetRootElement(r->page, root);
	xmlSetProp(root, BAD_CAST "id", BAD_CAST page_id);
	xmlSetProp(root, BAD_CAST "lang", BAD_CAST r->lang);
	xmlSetProp(root, BAD_CAST "path", BAD_CAST r->path);
	r->content = xmlNewChild(root, NULL, BAD_CAST "content", NULL);
	return r->content;
}

static const char *
reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 302: return "Found";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 413: return "Payload Too Large";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

int
idp_send(struct idp_req *r, int status, const char *type, const char *body, size_t len)
{
	FCGX_Stream *out = r->fcgi->out;

	FCGX_FPrintF(out, "Status: %d %s\r\nContent-Type: %s\r\nContent-Length: %lu\r\n"
	    "Cache-Control: no-store\r\nPragma: no-cache\r\nContent-Language: %s\r\n",
	    status, reason(status), type, (unsigned long)len, r->lang);
	FCGX_PutStr(r->headers.ptr, (int)r->headers.len, out);
	FCGX_PutS("\r\n", out);
	if (strcmp(r->method, "HEAD") != 0 && len > 0)
		FCGX_PutStr(body, (int)len, out);
	r->sent = 1;
	return status;
}

int
idp_json(struct idp_req *r, int status, const char *json)
{
	return idp_send(r, status, "application/json", json, strlen(json));
}

int
idp_redirect(struct idp_req *r, const char *url)
{
	idp_header(r, "Location", url);
	return idp_send(r, 303, "text/plain; charset=utf-8", "", 0);
}

int
idp_error_page(struct idp_req *r, int status, const char *key)
{
	xmlNodePtr err = xmlNewTextChild(idp_page(r, "error"), NULL, BAD_CAST "error",
	    BAD_CAST key);
	char code[8];

	snprintf(code, sizeof(code), "%d", status);
	xmlSetProp(err, BAD_CAST "status", BAD_CAST code);
	return status;
}

/* ?lang=, the shared lang cookie, Accept-Language, else French. */
static void
choose_lang(struct idp_req *r)
{
	const char *q = kv_get(&r->args, "lang");
	const char *c = kv_get(&r->cookies, LANG_COOKIE);
	const char *h = idp_env(r, "HTTP_ACCEPT_LANGUAGE");
	int i;

	r->lang = "fr";
	if (q != NULL && (i = render_lang_index(q)) >= 0) {
		struct buf cookie = BUF_INIT;

		r->lang = render_langs[i];
		buf_addf(&cookie, "%s=%s; Path=/; Max-Age=31536000; SameSite=Lax",
		    LANG_COOKIE, r->lang);
		idp_header(r, "Set-Cookie", cookie.ptr);
		buf_release(&cookie);
	} else if (c != NULL && (i = render_lang_index(c)) >= 0)
		r->lang = render_langs[i];
	else if (h != NULL) {
		char two[3] = { h[0], h[0] ? h[1] : '\0', '\0' };

		if ((i = render_lang_index(two)) >= 0)
			r->lang = render_langs[i];
	}
}

/* Read the urlencoded body. 0 or an HTTP status. */
static int
read_form(struct idp_req *r)
{
	const char *len_s = idp_env(r, "CONTENT_LENGTH");
	const char *type = idp_env(r, "CONTENT_TYPE");
	long len = len_s ? strtol(len_s, NULL, 10) : 0;
	char *body;
	int status = 0;

	if (len <= 0)
		return 0;
	if (len > MAX_BODY)
		return 413;
	if (type == NULL || strncmp(type, "application/x-www-form-urlencoded", 33) != 0)
		return 400;
	body = xmalloc((size_t)len);
	if (FCGX_GetStr(body, (int)len, r->fcgi->in) != len ||
	    kv_parse_urlencoded(&r->form, body, (size_t)len, MAX_FIELDS, MAX_BODY) != KV_OK)
		status = 400;
	free(body);
	return status;
}

static int
dispatch(struct idp_req *r)
{
	const char *cookie = idp_env(r, "HTTP_COOKIE");
	const char *query = idp_env(r, "QUERY_STRING");
	const char *uri = idp_env(r, "DOCUMENT_URI");
	const char *method = idp_env(r, "REQUEST_METHOD");
	size_t i;
	int known = 0, status;

	r->method = method ? method : "GET";
	r->path = uri && *uri == '/' ? uri : "/";
	if (query != NULL && kv_parse_urlencoded(&r->args, query, strlen(query), MAX_FIELDS,
	    MAX_BODY) != KV_OK)
		return idp_error_page(r, 400, "error.request");
	if (cookie != NULL && kv_parse_cookies(&r->cookies, cookie, MAX_COOKIES,
	    MAX_COOKIE_BYTES) != KV_OK)
		return idp_error_page(r, 400, "error.request");
	choose_lang(r);
	for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
		const char *m = strcmp(r->method, "HEAD") == 0 ? "GET" : r->method;

		if (strcmp(routes[i].path, r->path) != 0)
			continue;
		known = 1;
		if (strcmp(routes[i].method, m) != 0)
			continue;
		if (strcmp(r->method, "POST") == 0 && (status = read_form(r)) != 0)
			return idp_error_page(r, status, "error.request");
		return routes[i].handler(r);
	}
	if (known)
		return idp_error_page(r, 405, "error.method");
	return idp_error_page(r, 404, "error.not-found");
}

static void
serve(struct idp *idp, FCGX_Request *fcgi)
{
	struct idp_req r;
	struct buf html = BUF_INIT;
	int status;

	memset(&r, 0, sizeof(r));
	r.idp = idp;
	r.fcgi = fcgi;
	r.method = "GET";
	r.path = "/";
	r.lang = "fr";
	kv_list_init(&r.args);
	kv_list_init(&r.form);
	kv_list_init(&r.cookies);
	buf_init(&r.headers);
	log_set_request_id(idp_env(&r, "REQUEST_ID"));

	status = dispatch(&r);
	if (!r.sent) {
		if (r.page == NULL)
			idp_error_page(&r, status, "error.internal");
		if (render_html(idp->render, r.page, &html) < 0) {
			static const char msg[] = "500 Internal Server Error\n";

			status = idp_send(&r, 500, "text/plain; charset=utf-8", msg, sizeof(msg) - 1);
		} else
			idp_send(&r, status, "text/html; charset=utf-8", html.ptr, html.len);
	}
	log_info("%s %s %d", r.method, r.path, status);
	log_set_request_id(NULL);
	buf_release(&html);
	kv_list_release(&r.args);
	kv_list_release(&r.form);
	kv_list_release(&r.cookies);
	buf_release(&r.headers);
	if (r.page != NULL)
		xmlFreeDoc(r.page);
}

int
idp_worker_main(const struct idp_conf *c, int listen_fd)
{
	struct idp idp;
	struct sigaction sa;
	FCGX_Request fcgi;
	char i18n[4096];
	int rc = 1;

	memset(&idp, 0, sizeof(idp));
	idp.conf = c;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;	/* no SA_RESTART: interrupt accept() */
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);

	if ((size_t)snprintf(i18n, sizeof(i18n), "%s/i18n", c->xsl_dir) >= sizeof(i18n))
		goto out;
	if ((idp.render = render_open(c->xsl_dir, "page.xsl", i18n)) == NULL ||
	    keys_refresh(&idp.keys, c->key_dir) < 0)
		goto out;
	idp.redis = redis_new(&c->core);
	if (FCGX_InitRequest(&fcgi, listen_fd, 0) != 0)
		goto out;
	while (!stopping && FCGX_Accept_r(&fcgi) >= 0) {
		/* Keys may have rotated since the last request. */
		keys_refresh(&idp.keys, c->key_dir);
		serve(&idp, &fcgi);
		FCGX_Finish_r(&fcgi);
	}
	FCGX_Free(&fcgi, 0);
	rc = 0;
out:
	keys_release(&idp.keys);
	redis_free(idp.redis);
	render_free(idp.render);
	return rc;
}
