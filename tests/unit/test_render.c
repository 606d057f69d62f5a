/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "../tap.h"

static xmlDocPtr
page(const char *lang, const char *data, const char *link)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "page"), content;

	xmlDocSetRootElement(doc, root);
	xmlSetProp(root, BAD_CAST "lang", BAD_CAST lang);
	content = xmlNewChild(root, NULL, BAD_CAST "content", NULL);
	xmlNewTextChild(content, NULL, BAD_CAST "data", BAD_CAST data);
	xmlNewTextChild(content, NULL, BAD_CAST "link", BAD_CAST link);
	return doc;
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	char dir[4096], i18n[4200];
	struct render *r;
	struct buf out = BUF_INIT;
	xmlDocPtr doc;

	plan(10);
	snprintf(dir, sizeof(dir), "%s/tests/unit/data", top ? top : ".");
	snprintf(i18n, sizeof(i18n), "%s/i18n", dir);
	render_global_init();
	r = render_open(dir, "page.xsl", i18n);
	ok(r != NULL, "stylesheet and catalogues load");
	if (r == NULL)
		return done_testing();

	doc = page("nl", "<script>alert(1)</script> & \"q\"", "javascript:\"><x>");
	ok(render_html(r, doc, &out) == 0, "renders");
	if (getenv("SHOW_HTML"))
		fprintf(stderr, "%s\n", out.ptr);
	ok(strncmp(out.ptr, "<!DOCTYPE html>", 15) == 0, "HTML5 doctype");
	ok(strstr(out.ptr, "<script>") == NULL, "no <script> element comes out of data");
	ok(strstr(out.ptr, "&lt;script&gt;alert(1)&lt;/script&gt; &amp;") != NULL,
	    "markup in data is escaped as text");
	ok(strstr(out.ptr, "<x>") == NULL && strstr(out.ptr, "href=\"javascript:%22&gt;&lt;x&gt;\"") != NULL,
	    "a quote cannot end an attribute value early");
	ok(strstr(out.ptr, "Hallo &amp; co") != NULL, "t:msg answers in the page language (nl)");
	ok(strstr(out.ptr, "no.such.key") != NULL, "a missing key falls back to the key");
	xmlFreeDoc(doc);

	buf_reset(&out);
	doc = page("xx", "", "");
	ok(render_html(r, doc, &out) == 0 && strstr(out.ptr, "Bonjour &amp; co") != NULL,
	    "an unknown language falls back to French");
	xmlFreeDoc(doc);
	is_str(render_msg(r, "de", "title"), "Guten Tag & co", "render_msg");
	buf_release(&out);
	render_free(r);
	return done_testing();
}
