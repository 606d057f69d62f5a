/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "conf.h"
#include "crypto.h"
#include "ident.h"
#include "req.h"
#include "session.h"
#include "banned.h"

int
req_is_tls(const struct req *r)
{
	return strncmp(r->app->conf->public_url, "https://", 8) == 0;
}

const char *
req_param(const struct req *r, const char *name)
{
	return FCGX_GetParam(name, r->fcgi->envp);
}

int
req_path_segment(const struct req *r, size_t i, struct buf *out)
{
	const char *p = r->path;

	buf_reset(out);
	while (*p == '/')
		p++;
	while (i > 0) {
		p = strchr(p, '/');
		if (p == NULL)
			return -1;
		p++;
		i--;
	}
	if (*p == '\0')
		return -1;
	buf_add(out, p, strcspn(p, "/"));
	return 0;
}

xmlNodePtr
xml_node(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, BAD_CAST name, NULL);
}

xmlNodePtr
xml_text(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST (text ? text : ""));
}

void
xml_attr(xmlNodePtr node, const char *name, const char *value)
{
	xmlSetProp(node, BAD_CAST name, BAD_CAST (value ? value : ""));
}

void
xml_attr_num(xmlNodePtr node, const char *name, long value)
{
	char s[24];

	snprintf(s, sizeof(s), "%ld", value);
	xml_attr(node, name, s);
}

void
req_page_csrf(struct req *r)
{
	xmlNodePtr meta = xmlDocGetRootElement(r->page)->children;
	const char *token = r->session ? r->session->csrf : kv_get(&r->cookies, CSRF_COOKIE);
	struct buf fresh = BUF_INIT, cookie = BUF_INIT;

	if (token == NULL || strlen(token) != 43) {
		if (crypto_random_b64url(&fresh, 32) < 0)
			return;
		token = fresh.ptr;
		buf_addf(&cookie, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s", CSRF_COOKIE,
		    token, req_is_tls(r) ? "; Secure" : "");
		req_header(r, "Set-Cookie", cookie.ptr);
	}
	xml_text(meta, "csrf", token);
	buf_release(&fresh);
	buf_release(&cookie);
}

/* The signed-in person, for the layout's header block. */
static void
add_user(xmlNodePtr root, const struct session *s)
{
	xmlNodePtr user = xml_node(root, "user");
	struct buf name = BUF_INIT, niss = BUF_INIT;

	buf_addf(&name, "%s%s%s", s->given_name ? s->given_name : "",
	    s->given_name && s->family_name ? " " : "", s->family_name ? s->family_name : "");
	xml_text(user, "name", name.ptr);
	if (s->role != ROLE_AGENT && s->niss != NULL) {
		ident_niss_format(&niss, s->niss);
		xml_text(user, "niss", niss.ptr);
	}
	xml_text(user, "phone", s->phone);
	xml_text(user, "email", s->email);
	xml_attr(user, "role", role_name(s->role));
	if (s->bce != NULL)
		xml_attr(user, "bce", s->bce);
	if (s->office != NULL)
		xml_attr(user, "office", s->office);
	buf_release(&name);
	buf_release(&niss);
}

void
req_page_drop(struct req *r)
{
	xmlFreeDoc(r->page);
	r->page = NULL;
	r->content = NULL;
}

xmlNodePtr
req_page(struct req *r, const char *page_id)
{
	xmlNodePtr root, meta;

	if (r->page != NULL)
		xmlFreeDoc(r->page);
	r->page = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewNode(NULL, BAD_CAST "page");
	xmlDocSetRootElement(r->page, root);
	xml_attr(root, "id", page_id);
	xml_attr(root, "lang", r->lang);
	xml_attr(root, "path", r->path);
	meta = xml_node(root, "meta");
	xml_text(meta, "source-url", r->app->conf->source_url);
	xml_text(meta, "request-id", r->request_id);
	if (r->session != NULL) {
		xml_text(meta, "csrf", r->session->csrf);
		add_user(root, r->session);
	}
	r->content = xml_node(root, "content");
	return r->content;
}

void
req_header(struct req *r, const char *name, const char *value)
{
	if (strpbrk(value, "\r\n") != NULL)
		return;
	buf_addf(&r->headers, "%s: %s\r\n", name, value);
}

int
req_redirect(struct req *r, const char *location)
{
	req_header(r, "Location", location);
	return req_send_raw(r, 303, "text/plain; charset=utf-8", "", 0);
}

static const char *
reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 413: return "Payload Too Large";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Status";
	}
}

int
req_send_raw(struct req *r, int status, const char *content_type, const void *body,
    size_t len)
{
	FCGX_Stream *out = r->fcgi->out;

	FCGX_FPrintF(out, "Status: %d %s\r\nContent-Type: %s\r\n"
	    "Content-Length: %lu\r\nCache-Control: no-store\r\n"
	    "Content-Language: %s\r\nVary: Accept, Accept-Language, Cookie\r\n",
	    status, reason(status), content_type, (unsigned long)len, r->lang);
	FCGX_PutStr(r->headers.ptr, (int)r->headers.len, out);
	FCGX_PutS("\r\n", out);
	if (strcmp(r->method, "HEAD") != 0 && len > 0)
		FCGX_PutStr(body, (int)len, out);
	r->sent = 1;
	return status;
}
