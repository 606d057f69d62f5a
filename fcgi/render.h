/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Page rendering: one stylesheet compiled once per process, applied to each
 * page document. The language catalogues (<catalogue><msg key=..>) are
 * loaded once too; stylesheets read them through the XSLT extension
 * function t:msg('key') in namespace urn:x-breakatwork:i18n, which answers
 * in the language of the page being rendered (page/@lang).
 *
 * libxslt's security preferences forbid writing files, creating
 * directories and any network access; documents are parsed with
 * XML_PARSE_NONET.
 */
#ifndef RENDER_H
#define RENDER_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"

#define RENDER_NLANGS 4
extern const char *const render_langs[RENDER_NLANGS];	/* fr nl de en */

struct render;

/*
 * Compile `dir`/`stylesheet` and load `i18n_dir`/{fr,nl,de,en}.xml.
 * Returns NULL (after logging why) when anything is missing or invalid.
 */
struct render	*render_open(const char *dir, const char *stylesheet, const char *i18n_dir);
void		 render_free(struct render *r);

/* Transform `page` to HTML into `out`. Returns 0 or -1. */
int		 render_html(struct render *r, xmlDocPtr page, struct buf *out);

/*
 * Pages that are the same for every visitor without a session (the start
 * and information pages) are rendered once per worker, path and language:
 * the stylesheets change only with a reload, which starts new workers.
 * render_cached() gives the HTML kept for `path` in `lang`, or NULL;
 * render_keep() keeps a copy (the first RENDER_CACHED paths only).
 */
#define RENDER_CACHED 16
const struct buf *render_cached(const struct render *r, const char *path, const char *lang);
void		 render_keep(struct render *r, const char *path, const char *lang,
		    const struct buf *html);

/* The catalogue text for `key` in `lang`, or NULL. */
const char	*render_msg(const struct render *r, const char *lang, const char *key);

/*
 * Append the text for `key` in `lang` to `out`, with {1}..{9} replaced by
 * args[0..]; a placeholder without its argument gives nothing, a missing
 * key gives the key (and a warning in the log).
 */
void		 render_format(const struct render *r, const char *lang, const char *key,
		    const char *const *args, size_t nargs, struct buf *out);

/* Index of `lang` in render_langs, or -1. */
int		 render_lang_index(const char *lang);

/* One-time libxml2/libxslt set-up (process-wide, before fork). */
void		 render_global_init(void);

#endif
