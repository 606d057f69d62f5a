/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "log.h"
#include "render.h"
#include "xalloc.h"
#include "banned.h"

#define I18N_NS "urn:x-breakatwork:i18n"

const char *const render_langs[RENDER_NLANGS] = { "fr", "nl", "de", "en" };

struct render {
	xsltStylesheetPtr	 style;
	xmlHashTablePtr		 msgs[RENDER_NLANGS];	/* key -> xmlChar * text */
	struct {
		char		*path;
		struct buf	 html[RENDER_NLANGS];	/* empty until rendered */
	} cached[RENDER_CACHED];
};

/* What t:msg() needs during one transformation. */
struct render_call {
	const struct render	*render;
	int			 lang;
};

int
render_lang_index(const char *lang)
{
	int i;

	for (i = 0; i < RENDER_NLANGS; i++)
		if (lang != NULL && strcmp(lang, render_langs[i]) == 0)
			return i;
	return -1;
}

const char *
render_msg(const struct render *r, const char *lang, const char *key)
{
	int i = render_lang_index(lang);

	if (i < 0)
		return NULL;
	return xmlHashLookup(r->msgs[i], BAD_CAST key);
}

void
render_format(const struct render *r, const char *lang, const char *key,
    const char *const *args, size_t nargs, struct buf *out)
{
	const char *text = render_msg(r, lang, key);
	const char *p;
	size_t i;

	if (text == NULL) {
		log_warn("no catalogue text for \"%s\"", key);
		buf_adds(out, key);
		return;
	}
	for (p = text; *p != '\0'; p++) {
		i = (size_t)(p[1] - '1');
		if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
			if (i < nargs && args[i] != NULL)
				buf_adds(out, args[i]);
			p += 2;
		} else
			buf_addc(out, *p);
	}
}

/* t:msg('key'): the catalogue text in the page's language, else the key. */
static void
xpath_msg(xmlXPathParserContextPtr ctxt, int nargs)
{
	xsltTransformContextPtr tctxt;
	const struct render_call *call;
	xmlChar *key;
	const xmlChar *text = NULL;

	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	key = xmlXPathPopString(ctxt);
	tctxt = xsltXPathGetTransformContext(ctxt);
	call = tctxt ? tctxt->_private : NULL;
	if (call != NULL && key != NULL)
		text = xmlHashLookup(call->render->msgs[call->lang], key);
	if (text == NULL && key != NULL)
		log_warn("no catalogue text for \"%s\"", (const char *)key);
	valuePush(ctxt, xmlXPathNewString(text ? text : key));
	xmlFree(key);
}

static void
free_text(void *payload, const xmlChar *name)
{
	(void)name;
	xmlFree(payload);
}

static int
load_catalogue(xmlHashTablePtr table, const char *path)
{
	xmlDocPtr doc;
	xmlNodePtr root, n;
	int rc = -1;

	doc = xmlReadFile(path, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOENT);
	if (doc == NULL)
		return log_err("cannot parse catalogue %s", path);
	root = xmlDocGetRootElement(doc);
	if (root == NULL || !xmlStrEqual(root->name, BAD_CAST "catalogue")) {
		log_err("%s: root element is not <catalogue>", path);
		goto out;
	}
	for (n = root->children; n != NULL; n = n->next) {
		xmlChar *key;

		if (n->type != XML_ELEMENT_NODE || !xmlStrEqual(n->name, BAD_CAST "msg"))
			continue;
		key = xmlGetProp(n, BAD_CAST "key");
		if (key == NULL) {
			log_err("%s:%ld: <msg> without key", path, (long)xmlGetLineNo(n));
			goto out;
		}
		if (xmlHashAddEntry(table, key, xmlNodeGetContent(n)) != 0) {
			log_err("%s: duplicate key \"%s\"", path, (const char *)key);
			xmlFree(key);
			goto out;
		}
		xmlFree(key);
	}
	rc = 0;
out:
	xmlFreeDoc(doc);
	return rc;
}

void
render_global_init(void)
{
	xsltSecurityPrefsPtr sec;

	xmlInitParser();
	xmlSubstituteEntitiesDefault(1);
	xmlLoadExtDtdDefaultValue = 0;
	sec = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xsltSetDefaultSecurityPrefs(sec);
	xsltRegisterExtModuleFunction(BAD_CAST "msg", BAD_CAST I18N_NS, xpath_msg);
}

struct render *
render_open(const char *dir, const char *stylesheet, const char *i18n_dir)
{
	struct render *r = xcalloc(1, sizeof(*r));
	char path[4096];
	xmlDocPtr doc;
	int i, n;

	for (i = 0; i < RENDER_NLANGS; i++) {
		r->msgs[i] = xmlHashCreate(256);
		n = snprintf(path, sizeof(path), "%s/%s.xml", i18n_dir, render_langs[i]);
		if (n < 0 || (size_t)n >= sizeof(path) || load_catalogue(r->msgs[i], path) < 0)
			goto fail;
	}
	n = snprintf(path, sizeof(path), "%s/%s", dir, stylesheet);
	if (n < 0 || (size_t)n >= sizeof(path))
		goto fail;
	doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOENT);
	if (doc == NULL) {
		log_err("cannot parse stylesheet %s", path);
		goto fail;
	}
	r->style = xsltParseStylesheetDoc(doc);
	if (r->style == NULL || r->style->errors > 0) {
		if (r->style == NULL)
			xmlFreeDoc(doc);
		log_err("stylesheet %s has errors", path);
		goto fail;
	}
	return r;
fail:
	render_free(r);
	return NULL;
}

void
render_free(struct render *r)
{
	size_t k;
	int i;

	if (r == NULL)
		return;
	for (i = 0; i < RENDER_NLANGS; i++)
		if (r->msgs[i] != NULL)
			xmlHashFree(r->msgs[i], free_text);
	for (k = 0; k < RENDER_CACHED && r->cached[k].path != NULL; k++) {
		free(r->cached[k].path);
		for (i = 0; i < RENDER_NLANGS; i++)
			buf_release(&r->cached[k].html[i]);
	}
	if (r->style != NULL)
		xsltFreeStylesheet(r->style);
	free(r);
}

const struct buf *
render_cached(const struct render *r, const char *path, const char *lang)
{
	int l = render_lang_index(lang);
	size_t k;

	for (k = 0; l >= 0 && k < RENDER_CACHED && r->cached[k].path != NULL; k++)
		if (strcmp(r->cached[k].path, path) == 0)
			return r->cached[k].html[l].len > 0 ? &r->cached[k].html[l] : NULL;
	return NULL;
}

void
render_keep(struct render *r, const char *path, const char *lang, const struct buf *html)
{
	int l = render_lang_index(lang), i;
	size_t k;

	if (l < 0)
		return;
	for (k = 0; k < RENDER_CACHED && r->cached[k].path != NULL; k++)
		if (strcmp(r->cached[k].path, path) == 0)
			break;
	if (k == RENDER_CACHED)
		return;
	if (r->cached[k].path == NULL) {
		r->cached[k].path = xstrdup(path);
		for (i = 0; i < RENDER_NLANGS; i++)
			buf_init(&r->cached[k].html[i]);
	}
	buf_reset(&r->cached[k].html[l]);
	buf_add(&r->cached[k].html[l], html->ptr, html->len);
}

int
render_html(struct render *r, xmlDocPtr page, struct buf *out)
{
	struct render_call call = { r, 0 };
	xsltTransformContextPtr tctxt = NULL;
	xmlDocPtr result = NULL;
	xmlChar *html = NULL, *lang;
	int len = 0, rc = -1;

	lang = xmlGetProp(xmlDocGetRootElement(page), BAD_CAST "lang");
	call.lang = render_lang_index((const char *)lang);
	if (call.lang < 0)
		call.lang = 0;
	xmlFree(lang);

	tctxt = xsltNewTransformContext(r->style, page);
	if (tctxt == NULL)
		goto out;
	tctxt->_private = &call;
	result = xsltApplyStylesheetUser(r->style, page, NULL, NULL, NULL, tctxt);
	if (result == NULL || tctxt->state != XSLT_STATE_OK) {
		log_err("transformation failed");
		goto out;
	}
	if (xsltSaveResultToString(&html, &len, result, r->style) < 0)
		goto out;
	buf_add(out, html, (size_t)len);
	rc = 0;
out:
	xmlFree(html);
	xmlFreeDoc(result);
	if (tctxt != NULL)
		xsltFreeTransformContext(tctxt);
	return rc;
}
