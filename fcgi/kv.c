/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "kv.h"
#include "xalloc.h"
#include "banned.h"

void
kv_list_init(struct kv_list *l)
{
	l->items = NULL;
	l->count = 0;
	l->cap = 0;
}

void
kv_list_release(struct kv_list *l)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		free(l->items[i].name);
		free(l->items[i].value);
	}
	free(l->items);
	kv_list_init(l);
}

void
kv_list_add(struct kv_list *l, const char *name, const char *value, size_t value_len)
{
	struct kv *kv;

	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->items = xrealloc(l->items, l->cap * sizeof(*l->items));
	}
	kv = &l->items[l->count++];
	kv->name = xstrdup(name);
	kv->value = xstrndup(value, value_len);
	kv->value_len = value_len;
}

const char *
kv_get(const struct kv_list *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		if (strcmp(l->items[i].name, name) == 0)
			return l->items[i].value;
	return NULL;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
url_decode(struct buf *out, const char *s, size_t len, int plus_is_space)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '%') {
			int hi, lo;

			if (len - i < 3)
				return -1;
			hi = hex_value(s[i + 1]);
			lo = hex_value(s[i + 2]);
			if (hi < 0 || lo < 0)
				return -1;
			buf_addc(out, (char)(hi * 16 + lo));
			i += 2;
		} else if (s[i] == '+' && plus_is_space)
			buf_addc(out, ' ');
		else
			buf_addc(out, s[i]);
	}
	return 0;
}

void
url_encode(struct buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' ||
		    *p == '.' || *p == '~')
			buf_addc(out, (char)*p);
		else {
			buf_addc(out, '%');
			buf_addc(out, hex[*p >> 4]);
			buf_addc(out, hex[*p & 15]);
		}
	}
}

/*
 * Split s[0..len) on `sep`, each piece "name=value" (or a bare "name"),
 * skipping leading spaces when `trim` (cookies). Percent-decode when
 * `decode` (forms). A piece without a name is malformed.
 */
static enum kv_status
parse_pairs(struct kv_list *l, const char *s, size_t len, char sep, int trim,
    int decode, size_t max_pairs, size_t max_bytes)
{
	struct buf name = BUF_INIT, value = BUF_INIT;
	enum kv_status rc = KV_MALFORMED;
	size_t pos = 0, pairs = 0;

	if (len > max_bytes)
		return KV_TOO_LONG;
	while (pos < len) {
		const char *piece = s + pos, *end, *eq;
		size_t plen;

		end = memchr(piece, sep, len - pos);
		plen = end ? (size_t)(end - piece) : len - pos;
		pos += plen + 1;
		while (trim && plen > 0 && *piece == ' ') {
			piece++;
			plen--;
		}
		if (plen == 0)
			continue;
		if (++pairs > max_pairs) {
			rc = KV_TOO_MANY;
			goto out;
		}
		eq = memchr(piece, '=', plen);
		buf_reset(&name);
		buf_reset(&value);
		if (decode) {
			if (url_decode(&name, piece, eq ? (size_t)(eq - piece) : plen, 1) < 0)
				goto out;
			if (eq && url_decode(&value, eq + 1, plen - (size_t)(eq - piece) - 1, 1) < 0)
				goto out;
		} else {
			buf_add(&name, piece, eq ? (size_t)(eq - piece) : plen);
			if (eq)
				buf_add(&value, eq + 1, plen - (size_t)(eq - piece) - 1);
		}
		if (name.len == 0 || memchr(name.ptr, '\0', name.len) != NULL)
			goto out;
		kv_list_add(l, name.ptr, value.ptr, value.len);
	}
	rc = KV_OK;
out:
	buf_release(&name);
	buf_release(&value);
	return rc;
}

enum kv_status
kv_parse_urlencoded(struct kv_list *l, const char *s, size_t len,
    size_t max_pairs, size_t max_bytes)
{
	return parse_pairs(l, s, len, '&', 0, 1, max_pairs, max_bytes);
}

enum kv_status
kv_parse_cookies(struct kv_list *l, const char *s, size_t max_pairs, size_t max_bytes)
{
	return parse_pairs(l, s, strlen(s), ';', 1, 0, max_pairs, max_bytes);
}
