/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * libFuzzer harness for the parsers every request feeds with what a
 * client typed or sent: the query string and form body (kv.c), the
 * Cookie header, percent-decoding, and the identifiers and dates of the
 * forms (ident.c, leave.c). The input's first byte picks the parser; the
 * rest is its input. Each parser's promises are checked, abort() on a
 * broken one.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ident.h"
#include "kv.h"
#include "leave.h"
#include "banned.h"

#define MAX_PAIRS 16
#define MAX_BYTES 4096

static void
check(int cond)
{
	if (!cond)
		abort();
}

/* A parsed list keeps its promises: a few pairs, named, values as long as said. */
static void
check_list(const struct kv_list *l, enum kv_status st)
{
	size_t i;

	if (st != KV_OK)
		return;
	check(l->count <= MAX_PAIRS);
	for (i = 0; i < l->count; i++) {
		check(l->items[i].name != NULL && l->items[i].name[0] != '\0');
		check(l->items[i].value != NULL);
		check(l->items[i].value[l->items[i].value_len] == '\0');
		check(kv_get(l, l->items[i].name) != NULL);
	}
}

/* Identifiers and dates: no crash, and what is accepted formats and parses back. */
static void
identifiers(const char *s)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	int day, y, m, d;

	ident_compact(&a, s);
	if (ident_niss_valid(a.ptr)) {
		ident_niss_format(&b, a.ptr);
		buf_reset(&a);
		ident_compact(&a, b.ptr);
		check(ident_niss_valid(a.ptr));
		(void)ident_niss_birth(a.ptr, &y, &m, &d);
		(void)ident_niss_female(a.ptr);
	}
	(void)ident_bce_valid(s);
	(void)ident_iban_valid(s);
	(void)ident_email_valid(s);
	if (ident_phone_e164(&a, s) == 0)
		check(a.ptr[0] == '+' && a.len >= 9 && a.len <= 16);
	if (ident_code_parse(&a, s) == 0) {
		buf_reset(&b);
		ident_code_format(&b, a.ptr);
		check(ident_code_parse(&a, b.ptr) == 0);
	}
	if (date_parse(s, &day) == 0) {
		buf_reset(&b);
		date_iso(&b, day);
		check(date_parse(b.ptr, &y) == 0 && y == day);
	}
	buf_release(&a);
	buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kv_list l;
	struct buf out = BUF_INIT;
	char *s;

	if (size < 1)
		return 0;
	/* The string parsers read NUL-terminated text: a copy with the NUL. */
	s = malloc(size);
	check(s != NULL);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	kv_list_init(&l);
	switch (data[0] % 4) {
	case 0:
		check_list(&l, kv_parse_urlencoded(&l, (const char *)data + 1, size - 1, MAX_PAIRS,
		    MAX_BYTES));
		break;
	case 1:
		check_list(&l, kv_parse_cookies(&l, s, MAX_PAIRS, MAX_BYTES));
		break;
	case 2:
		if (url_decode(&out, (const char *)data + 1, size - 1, data[0] & 4) == 0)
			check(out.len <= size - 1);
		break;
	default:
		identifiers(s);
	}
	kv_list_release(&l);
	buf_release(&out);
	free(s);
	return 0;
}
