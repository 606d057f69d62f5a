/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include <libxml/xmlstring.h>

#include "app.h"
#include "form.h"
#include "kv.h"
#include "leave.h"
#include "render.h"
#include "req.h"
#include "banned.h"

void
form_start(struct form *f, struct req *r, xmlNodePtr parent)
{
	f->r = r;
	f->node = xml_node(parent, "form");
	f->nerrors = 0;
	f->nwarnings = 0;
}

void
form_value(struct form *f, const char *name, const char *value)
{
	if (value == NULL || value[0] == '\0')
		return;
	xml_attr(xml_text(f->node, "v", value), "name", name);
}

void
form_values_from(struct form *f, const struct kv_list *in, const char *const *names)
{
	for (; *names != NULL; names++)
		form_value(f, *names, kv_get(in, *names));
}

static void
message(struct form *f, const char *element, const char *field, const char *key,
    const char *const *args, size_t nargs)
{
	struct buf text = BUF_INIT;

	render_format(f->r->app->render, f->r->lang, key, args, nargs, &text);
	xml_attr(xml_text(f->node, element, text.ptr), "field", field);
	buf_release(&text);
}

void
form_error(struct form *f, const char *field, const char *key, const char *const *args,
    size_t nargs)
{
	message(f, "error", field, key, args, nargs);
	f->nerrors++;
}

void
form_warning(struct form *f, const char *field, const char *key, const char *const *args,
    size_t nargs)
{
	message(f, "warning", field, key, args, nargs);
	f->nwarnings++;
}

int
form_date(struct form *f, const struct kv_list *in, const char *name, int *day)
{
	const char *v = kv_get(in, name);

	if (v == NULL || v[0] == '\0') {
		form_error(f, name, "form.error.date.missing", NULL, 0);
		return -1;
	}
	if (date_parse(v, day) < 0) {
		form_error(f, name, "form.error.date.invalid", NULL, 0);
		return -1;
	}
	return 0;
}

const char *
form_text(struct form *f, const struct kv_list *in, const char *name, size_t max, int lines)
{
	const char *v = kv_get(in, name);
	const char *p;

	if (v == NULL || v[strspn(v, " \t\r\n")] == '\0') {
		form_error(f, name, "form.error.required", NULL, 0);
		return NULL;
	}
	for (p = v; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 && !(lines && strchr("\t\r\n", *p) != NULL))
			break;
	if (strlen(v) > max || *p != '\0' || !xmlCheckUTF8((const xmlChar *)v)) {
		form_error(f, name, "form.error.text", NULL, 0);
		return NULL;
	}
	return v;
}
