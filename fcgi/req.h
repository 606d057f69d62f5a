/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * One HTTP request as a page handler sees it, and the response it builds.
 * A handler gets `struct req *` as its only argument, fills req->page (the
 * XML document of the page) and returns the HTTP status; worker.c renders
 * the page through the stylesheets (or as XML for Accept: application/xml)
 * and writes the headers. Handlers that answer something other than a page
 * (a redirect, a file, plain text) use req_redirect()/req_send_raw().
 */
#ifndef REQ_H
#define REQ_H

#include <stddef.h>

#include <fcgiapp.h>
#include <libxml/tree.h>

#include "buf.h"
#include "kv.h"

struct app;
struct session;

/* A file of a multipart/form-data POST, held in memory up to [limits] max_file_bytes. */
struct upload {
	char		*field;		/* the form input's name */
	char		*filename;	/* as the browser sent it: display only */
	struct buf	 data;
	size_t		 size;		/* the whole file's size, also past the limit */
	int		 too_big;	/* data holds only the start */
};

struct req {
	struct app	*app;
	FCGX_Request	*fcgi;

	const char	*method;	/* "GET", "POST", ... */
	const char	*path;		/* decoded path, no query string */
	const char	*query;		/* raw query string, never NULL */
	const char	*request_id;	/* nginx $request_id, or "-" */
	const char	*lang;		/* "fr", "nl", "de" or "en" */
	int		 lang_from_query; /* ?lang= chose it: remember in a cookie */
	int		 wants_xml;	/* Accept: application/xml */

	struct kv_list	 args;		/* query string */
	struct kv_list	 form;		/* urlencoded body (POST) */
	struct kv_list	 cookies;
	struct buf	 body;		/* raw application/xml body (POST), else empty */
	struct upload	*uploads;	/* the files of a multipart/form-data POST */
	size_t		 nuploads;

	/* The page: <page id=".." lang=".."> with <meta> and <content>. */
	xmlDocPtr	 page;
	xmlNodePtr	 content;
	int		 shared;	/* the same for every visitor without a session: rendered once (render_cached) */

	struct session	*session;	/* the signed-in person, or NULL */

	struct buf	 headers;	/* extra response header lines, CRLF-ended */
	int		 sent;		/* the response was written by the handler */
};

/* Segment `i` (0-based) of req->path into `out`; 0, or -1 when absent. */
int		 req_path_segment(const struct req *r, size_t i, struct buf *out);

/* Whether browsers reach the service over TLS ([server] public_url). */
int		 req_is_tls(const struct req *r);

/* A request parameter from the FastCGI environment, or NULL. */
const char	*req_param(const struct req *r, const char *name);

/*
 * Start the page document with id `page_id` (the stylesheet matches on it).
 * Sets req->page and req->content; returns req->content.
 */
xmlNodePtr	 req_page(struct req *r, const char *page_id);

/*
 * Forget the page begun: the answer becomes the error page of the
 * handler's status (after a 5xx the worker does it by itself).
 */
void		 req_page_drop(struct req *r);

/* The cookie holding the CSRF token of a browser without a session. */
#define CSRF_COOKIE "bw_csrf"

/*
 * Put the CSRF token into the page's <meta><csrf>: the session's, or for
 * a form shown before any session the bw_csrf cookie's (set when absent).
 * req_page() does it by itself when there is a session.
 */
void		 req_page_csrf(struct req *r);

/* Append <name>text</name> under parent; text is escaped by libxml2. */
xmlNodePtr	 xml_text(xmlNodePtr parent, const char *name, const char *text);
xmlNodePtr	 xml_node(xmlNodePtr parent, const char *name);
void		 xml_attr(xmlNodePtr node, const char *name, const char *value);
/* A number as the attribute's value. */
void		 xml_attr_num(xmlNodePtr node, const char *name, long value);

/* Add a response header line ("Name: value"); value must not hold CR/LF. */
void		 req_header(struct req *r, const char *name, const char *value);

/* Answer 303 See Other to `location` (a same-origin path). Returns 303. */
int		 req_redirect(struct req *r, const char *location);

/* Write a complete non-page response. Returns status. */
int		 req_send_raw(struct req *r, int status, const char *content_type,
		    const void *body, size_t len);

#endif
