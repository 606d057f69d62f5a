/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Plain flowing PDF documents (acknowledgement of receipt, attestations)
 * rendered with libharu.
 *
 * A document is a title, an optional subtitle and footer, and blocks laid
 * out top to bottom on A4 pages with automatic page breaks; every page
 * carries the footer (cut to one line) and "n/N". Texts are UTF-8 and are
 * printed with the standard PDF fonts in WinAnsiEncoding (CP1252): what
 * CP1252 lacks is transliterated by iconv or printed as '?'.
 */
#ifndef PDF_H
#define PDF_H

#include <stddef.h>

struct buf;

enum pdf_block_kind {
	PDF_HEADING,	/* bold, kept on the page of the text that follows */
	PDF_PARAGRAPH,	/* word-wrapped; '\n' starts a new line */
	PDF_FIELD,	/* "label value" on one line, label bold */
	PDF_NOTE,	/* small grey text */
	PDF_CODE	/* a large monospace identifier, e.g. a ticket number */
};

struct pdf_block {
	enum pdf_block_kind	 kind;
	const char		*label;		/* PDF_FIELD only */
	const char		*text;		/* NULL prints as empty */
};

struct pdf_doc {
	const char		*title;		/* page 1 and the Title info */
	const char		*subtitle;	/* e.g. the agency; may be NULL */
	const char		*footer;	/* every page; may be NULL */
	const char		*lang;		/* "fr", "nl", "de", "en"; may be NULL */
	const struct pdf_block	*blocks;
	size_t			 nblocks;
};

/*
 * Render doc (NULL: one empty page) and append the PDF to out.
 * Returns 0, or -1 (logged) with out unchanged.
 */
int	 pdf_render(const struct pdf_doc *doc, struct buf *out);

#endif
