/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * What an uploaded file is, judged by its bytes, never by its name or
 * declared type; and its name made fit for display.
 */
#ifndef FILETYPE_H
#define FILETYPE_H

#include <stddef.h>

#include "buf.h"

/*
 * "application/pdf", "image/jpeg" or NULL (empty, or anything else).
 * A PDF starts with "%PDF-1." or "%PDF-2." and ends with "%%EOF" in its
 * last 1024 bytes, followed only by white space. A JPEG starts with
 * FF D8 FF and ends with FF D9, followed by at most 32 bytes of NUL or
 * white space padding. Both ends are checked so that a truncated upload
 * is refused.
 */
const char	*filetype_sniff(const unsigned char *data, size_t len);

/*
 * Append to out a file name fit for display only, never for a path: the
 * last component of raw (after '/' or '\'), without control characters,
 * bidirectional overrides or double quotes, invalid UTF-8 bytes replaced
 * by '?', trimmed of spaces and cut to at most 100 bytes on a character
 * boundary; "document" when nothing is left (or raw is NULL).
 */
void		 filetype_display_name(struct buf *out, const char *raw);

#endif
