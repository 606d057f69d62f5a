/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "employer_part.h"
#include "form.h"
#include "kv.h"
#include "log.h"
#include "outbox.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "banned.h"

#define FILING_NS "urn:x-breakatwork:employer-requests:1"

/* The schema, compiled at the first filing a worker serves. */
static xmlSchemaPtr schema;

static xmlSchemaPtr
load_schema(const struct conf *c)
{
	char path[4096];
	xmlSchemaParserCtxtPtr pc;

	if (schema != NULL)
		return schema;
	snprintf(path, sizeof(path), "%s/schema/employer-requests.xsd", c->xsl_dir);
	if ((pc = xmlSchemaNewParserCtxt(path)) == NULL)
		return NULL;
	schema = xmlSchemaParse(pc);
	xmlSchemaFreeParserCtxt(pc);
	if (schema == NULL)
		log_err("cannot compile %s", path);
	return schema;
}

/* Each schema error becomes <schema-error line="n">message</schema-error>. */
static void
collect(void *arg, xmlErrorPtr e)
{
	xmlNodePtr answer = arg, n;
	char line[16];
	size_t len;

	if (e == NULL || e->message == NULL)
		return;
	len = strlen(e->message);
	n = xml_text(answer, "schema-error", e->message);
	if (len > 0 && e->message[len - 1] == '\n') {
		xmlChar *trimmed = xmlStrndup(BAD_CAST e->message, (int)len - 1);

		xmlNodeSetContent(n, NULL);
		xmlNodeAddContent(n, trimmed);
		xmlFree(trimmed);
	}
	snprintf(line, sizeof(line), "%d", e->line);
	xml_attr(n, "line", line);
}

/* The child elements of <request> as name=value fields. */
static void
fields_of(xmlNodePtr request, struct kv_list *out)
{
	xmlNodePtr c;

	for (c = request->children; c != NULL; c = c->next) {
		xmlChar *text;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		text = xmlNodeGetContent(c);
		kv_list_add(out, (const char *)c->name, (const char *)text,
		    strlen((const char *)text));
		xmlFree(text);
	}
}

/* Send the answer document with `status`. */
static int
answer(struct req *r, xmlDocPtr doc, int status)
{
	xmlChar *text = NULL;
	int len = 0;

	xmlDocDumpFormatMemoryEnc(doc, &text, &len, "UTF-8", 1);
	status = req_send_raw(r, status, "application/xml; charset=utf-8", text, (size_t)len);
	xmlFree(text);
	return status;
}

/*
 * Check and create every request of the document in one transaction:
 * all are created, or none. Returns the HTTP status of the answer.
 */
static int
file_all(struct req *r, xmlNodePtr root, xmlNodePtr out)
{
	xmlNodePtr c;
	int errors = 0;

	if (db_begin(r->app->db) < 0)
		return 500;
	for (c = root->children; c != NULL; c = c->next) {
		struct kv_list fields;
		struct employer_part p;
		struct form f;
		xmlNodePtr item;
		xmlChar *ref;
		char ticket[13];
		enum part_verdict v;
		int rc = 0;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		kv_list_init(&fields);
		fields_of(c, &fields);
		ref = xmlGetProp(c, BAD_CAST "reference");
		item = xml_node(out, "request");
		xml_attr(item, "reference", (const char *)ref);
		form_start(&f, r, item);
		memset(&p, 0, sizeof(p));
		/* A document sent again: its requests exist already. */
		rc = employer_part_find(r, (const char *)ref, ticket);
		if (rc == 0)
			v = PART_OK;
		else if (rc < 0)
			v = PART_FAILED;
		else {
			v = employer_part_check(&f, &fields, 0, &p);
			rc = 0;
			/* A program cannot tick "continue anyway": warnings are told, not blocking. */
			if (v == PART_OK || v == PART_WARNINGS)
				rc = employer_part_insert(r, &p, (const char *)ref, ticket);
		}
		if (v == PART_FAILED || rc < 0)
			errors = -1;
		else if (v == PART_ERRORS)
			errors++;
		else {
			xml_attr(item, "ticket", ticket);
			/* Filed without a word to say: no empty <form/> in the answer. */
			if (f.nwarnings == 0) {
				xmlUnlinkNode(f.node);
				xmlFreeNode(f.node);
			}
		}
		employer_part_release(&p);
		kv_list_release(&fields);
		xmlFree(ref);
		if (errors < 0)
			break;
	}
	if (errors != 0) {
		db_rollback(r->app->db);
		xmlNewProp(out, BAD_CAST "status", BAD_CAST "rejected");
		return errors < 0 ? 500 : 422;
	}
	if (db_commit(r->app->db) < 0) {
		db_rollback(r->app->db);
		return 500;
	}
	xmlNewProp(out, BAD_CAST "status", BAD_CAST "accepted");
	outbox_flush_soon();
	return 200;
}

/*
 * POST /employeur/demandes/nouvelle with Content-Type: application/xml:
 * the employer's part of up to 50 requests from payroll software,
 * validated by xsl/schema/employer-requests.xsd, then by the same checks
 * as the form. The answer is XML: each request's ticket, or its errors.
 */
int
employer_xml_filing(struct req *r)
{
	xmlDocPtr doc = NULL, reply = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr out = xmlNewNode(NULL, BAD_CAST "filing"), root;
	xmlSchemaValidCtxtPtr vc = NULL;
	xmlSchemaPtr s = load_schema(r->app->conf);
	xmlChar *employer = NULL;
	int status = 500;

	xmlDocSetRootElement(reply, out);
	xmlSetNs(out, xmlNewNs(out, BAD_CAST FILING_NS, NULL));
	if (s == NULL || (vc = xmlSchemaNewValidCtxt(s)) == NULL)
		goto out;
	xmlSchemaSetValidStructuredErrors(vc, collect, out);
	/* No network, no entity substitution, no DTD loading. */
	doc = xmlReadMemory(r->body.ptr, (int)r->body.len, "filing.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOBLANKS);
	if (doc == NULL || xmlSchemaValidateDoc(vc, doc) != 0) {
		if (doc == NULL)
			xml_text(out, "schema-error", "not well-formed XML");
		xmlNewProp(out, BAD_CAST "status", BAD_CAST "rejected");
		status = 400;
		goto out;
	}
	root = xmlDocGetRootElement(doc);
	employer = xmlGetProp(root, BAD_CAST "employer");
	if (strcmp((const char *)employer, r->session->bce) != 0) {
		status = 403;
		xmlNewProp(out, BAD_CAST "status", BAD_CAST "forbidden");
		goto out;
	}
	status = file_all(r, root, out);
out:
	status = answer(r, reply, status);
	xmlFree(employer);
	if (vc != NULL)
		xmlSchemaFreeValidCtxt(vc);
	xmlFreeDoc(doc);
	xmlFreeDoc(reply);
	return status;
}
