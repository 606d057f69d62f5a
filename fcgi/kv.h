/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Parsers for the name=value lists a request carries: the query string and
 * urlencoded bodies ("a=1&b=%C3%A9") and the Cookie header ("a=1; b=2").
 * Names and values are percent-decoded (forms only; '+' is a space) and
 * copied; the list owns them. Limits make hostile input cheap to refuse.
 */
#ifndef KV_H
#define KV_H

#include <stddef.h>

#include "buf.h"

struct kv {
	char	*name;
	char	*value;
	size_t	 value_len;	/* values may hold NUL bytes after decoding */
};

struct kv_list {
	struct kv	*items;
	size_t		 count;
	size_t		 cap;
};

enum kv_status {
	KV_OK = 0,
	KV_MALFORMED,	/* bad percent escape, empty name, NUL in a name */
	KV_TOO_MANY,	/* more pairs than max_pairs */
	KV_TOO_LONG,	/* input longer than max_bytes */
};

void		 kv_list_init(struct kv_list *l);
void		 kv_list_release(struct kv_list *l);
void		 kv_list_add(struct kv_list *l, const char *name, const char *value,
		    size_t value_len);
enum kv_status	 kv_parse_urlencoded(struct kv_list *l, const char *s, size_t len,
		    size_t max_pairs, size_t max_bytes);
enum kv_status	 kv_parse_cookies(struct kv_list *l, const char *s,
		    size_t max_pairs, size_t max_bytes);
/* The first value named `name`, or NULL. */
const char	*kv_get(const struct kv_list *l, const char *name);
/* Percent-decode s[0..len) into out; '+' becomes ' ' when plus_is_space. */
int		 url_decode(struct buf *out, const char *s, size_t len, int plus_is_space);
/* Percent-encode s for use in a query string value. */
void		 url_encode(struct buf *out, const char *s);

#endif
