/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * A streaming multipart/form-data parser (RFC 7578, RFC 2046 §5.1).
 *
 * The body is fed in chunks of any size, down to one byte; the parser
 * never holds more than one part's header section and a partial
 * delimiter, so its memory is bounded by max_header_bytes and the
 * boundary length, whatever the body's size. Parts are reported through
 * callbacks: part_begin() with the part's headers, part_data() with its
 * bytes exactly (binary safe, in pieces of any size), part_end() when the
 * next delimiter is seen. A callback returning non-zero (-1) stops the
 * parse with MULTIPART_STOPPED.
 *
 * Strict on what browsers send: CRLF line ends (a body in LF is
 * refused), a Content-Disposition of type form-data with a non-empty
 * name on every part. The preamble and epilogue are ignored;
 * Content-Transfer-Encoding and filename* (RFC 7578 §4.2, §4.7) too.
 * Once a status other than MULTIPART_OK is returned, every later call
 * returns it again.
 */
#ifndef MULTIPART_H
#define MULTIPART_H

#include <stddef.h>

struct multipart_limits {
	size_t	 max_header_bytes;	/* one part's header section, CRLFs
					   included; at most 65536 */
	size_t	 max_parts;
};

struct multipart_handler {
	/*
	 * A part starts. `filename` and `content_type` are NULL when the
	 * part has none (a text field); filename may be "" (a file input
	 * left empty). The strings live until the callback returns.
	 */
	int	(*part_begin)(void *arg, const char *name, const char *filename,
		    const char *content_type);
	int	(*part_data)(void *arg, const char *data, size_t len);
	int	(*part_end)(void *arg);
};

enum multipart_status {
	MULTIPART_OK = 0,
	MULTIPART_MALFORMED,	/* bad syntax, LF line ends, truncated body */
	MULTIPART_TOO_BIG,	/* a header section or the part count over a limit */
	MULTIPART_STOPPED,	/* a callback returned non-zero */
};

struct multipart;

/*
 * A parser for a body of type `content_type` (the Content-Type header:
 * "multipart/form-data; boundary=..."; the parameter name is
 * case-insensitive, the value a token or a quoted string of 1 to 70
 * RFC 2046 characters). NULL when the type is not multipart/form-data or
 * the boundary is absent or invalid. The limits and handler are copied.
 */
struct multipart	*multipart_new(const char *content_type,
			    const struct multipart_limits *lim,
			    const struct multipart_handler *h, void *arg);
enum multipart_status	 multipart_feed(struct multipart *m, const char *data,
			    size_t len);
/*
 * The end of the body: MULTIPART_OK only when the close delimiter
 * "--boundary--" was seen (every part begun has then ended); a body cut
 * anywhere before it is MULTIPART_MALFORMED.
 */
enum multipart_status	 multipart_finish(struct multipart *m);
void			 multipart_free(struct multipart *m);

#endif
