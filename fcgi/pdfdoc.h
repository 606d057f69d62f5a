/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * A PDF document (pdf.h) written block by block from the catalogues in
 * one language: the acknowledgement of receipt, attestations, decisions.
 * The builder owns the texts its blocks point to.
 */
#ifndef PDFDOC_H
#define PDFDOC_H

#include <stddef.h>

#include "buf.h"
#include "leave.h"
#include "pdf.h"

struct render;

struct pdfdoc {
	const struct render	*render;
	const char		*lang;
	struct pdf_block	*blocks;
	struct buf		*labels, *texts;
	size_t			 n, max;
};

/* Room for `max` blocks; more are dropped (a spare block takes them). */
void	 pdfdoc_init(struct pdfdoc *d, const struct render *render, const char *lang,
	    size_t max);
/* A new block, labelled with the text of `label_key` (NULL: none); write its text into the buffer returned. */
struct buf *pdfdoc_block(struct pdfdoc *d, enum pdf_block_kind kind, const char *label_key);
/* A new block whose text is the catalogue text of `key` with {1}.. = args. */
void	 pdfdoc_msg(struct pdfdoc *d, enum pdf_block_kind kind, const char *key,
	    const char *const *args, size_t nargs);
/* The catalogue text of `key` into out (appended). */
void	 pdfdoc_text(const struct pdfdoc *d, struct buf *out, const char *key,
	    const char *const *args, size_t nargs);
/* "Crédit-temps avec motif (motive)" into out (appended). */
void	 pdfdoc_type(const struct pdfdoc *d, struct buf *out, enum leave_type type,
	    enum motive motive);
/*
 * The PDF into out: the title of `title_key`, the agency under it and the
 * footer of `footer_key` on every page. 0, or -1 with out unchanged.
 */
int	 pdfdoc_render(struct pdfdoc *d, const char *title_key, const char *footer_key,
	    struct buf *out);
void	 pdfdoc_release(struct pdfdoc *d);

#endif
