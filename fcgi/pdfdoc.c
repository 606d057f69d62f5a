/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdfdoc.h"
#include "render.h"
#include "xalloc.h"
#include "banned.h"

void
pdfdoc_init(struct pdfdoc *d, const struct render *render, const char *lang, size_t max)
{
	size_t i;

	memset(d, 0, sizeof(*d));
	d->render = render;
	d->lang = lang;
	d->max = max;
	d->blocks = xcalloc(max + 1, sizeof(*d->blocks));
	d->labels = xcalloc(max + 1, sizeof(*d->labels));
	d->texts = xcalloc(max + 1, sizeof(*d->texts));
	for (i = 0; i <= max; i++) {
		buf_init(&d->labels[i]);
		buf_init(&d->texts[i]);
	}
}

struct buf *
pdfdoc_block(struct pdfdoc *d, enum pdf_block_kind kind, const char *label_key)
{
	size_t i = d->n < d->max ? d->n++ : d->max;

	d->blocks[i].kind = kind;
	if (label_key != NULL)
		render_format(d->render, d->lang, label_key, NULL, 0, &d->labels[i]);
	return &d->texts[i];
}

void
pdfdoc_msg(struct pdfdoc *d, enum pdf_block_kind kind, const char *key, const char *const *args,
    size_t nargs)
{
	render_format(d->render, d->lang, key, args, nargs, pdfdoc_block(d, kind, NULL));
}

void
pdfdoc_text(const struct pdfdoc *d, struct buf *out, const char *key, const char *const *args,
    size_t nargs)
{
	render_format(d->render, d->lang, key, args, nargs, out);
}

void
pdfdoc_type(const struct pdfdoc *d, struct buf *out, enum leave_type type, enum motive motive)
{
	char key[48];

	snprintf(key, sizeof(key), "leave.type.%s", leave_type_code(type));
	pdfdoc_text(d, out, key, NULL, 0);
	if (motive == MOTIVE_NONE)
		return;
	snprintf(key, sizeof(key), "leave.motive.%s", motive_code(motive));
	buf_adds(out, " (");
	pdfdoc_text(d, out, key, NULL, 0);
	buf_adds(out, ")");
}

int
pdfdoc_render(struct pdfdoc *d, const char *title_key, const char *footer_key, struct buf *out)
{
	struct buf title = BUF_INIT, agency = BUF_INIT, footer = BUF_INIT;
	struct pdf_doc doc;
	size_t i;
	int rc;

	for (i = 0; i < d->n; i++) {
		d->blocks[i].label = d->labels[i].ptr;
		d->blocks[i].text = d->texts[i].ptr;
	}
	pdfdoc_text(d, &title, title_key, NULL, 0);
	pdfdoc_text(d, &agency, "site.agency", NULL, 0);
	pdfdoc_text(d, &footer, footer_key, NULL, 0);
	memset(&doc, 0, sizeof(doc));
	doc.title = title.ptr;
	doc.subtitle = agency.ptr;
	doc.footer = footer.ptr;
	doc.lang = d->lang;
	doc.blocks = d->blocks;
	doc.nblocks = d->n;
	rc = pdf_render(&doc, out);
	buf_release(&title);
	buf_release(&agency);
	buf_release(&footer);
	return rc;
}

void
pdfdoc_release(struct pdfdoc *d)
{
	size_t i;

	for (i = 0; d->texts != NULL && i <= d->max; i++) {
		buf_release(&d->labels[i]);
		buf_release(&d->texts[i]);
	}
	free(d->blocks);
	free(d->labels);
	free(d->texts);
	memset(d, 0, sizeof(*d));
}
