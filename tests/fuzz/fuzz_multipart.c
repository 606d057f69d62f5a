/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * libFuzzer harness for multipart.c and filetype.c. The input's first
 * byte says how many of the next bytes give the chunk sizes, used in
 * turn, with which the rest is fed to the parser; the same body is also
 * parsed in one piece and both runs must report the same. Callbacks check
 * the parser's promises and abort() on a broken one. A third run stops
 * at the callback the first byte's high bits say.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "filetype.h"
#include "multipart.h"
#include "banned.h"

#define CT		"multipart/form-data; boundary=XyZ123"
#define MAX_HEADER	512
#define MAX_PARTS	8

struct run {
	struct buf	 log;		/* every callback and its arguments */
	int		 in_part;
	size_t		 parts;
	size_t		 data_bytes;
	int		 calls;
	int		 stop_at;	/* the callback returning -1; 0: none */
};

static const struct multipart_limits limits = { MAX_HEADER, MAX_PARTS };

static void
check(int cond)
{
	if (!cond)
		abort();
}

/* No callback after the one that stopped the parse. */
static int
called(struct run *r)
{
	check(r->stop_at == 0 || r->calls < r->stop_at);
	return ++r->calls == r->stop_at ? -1 : 0;
}

/* What filetype_display_name() promises, checked without its code. */
static void
check_display_name(const char *raw)
{
	struct buf b = BUF_INIT;
	const unsigned char *p;
	size_t i, follow = 0;

	buf_adds(&b, "<");	/* the name is appended to what is there */
	filetype_display_name(&b, raw);
	p = (const unsigned char *)b.ptr + 1;
	check(b.len > 1 && b.len - 1 <= 100 && p[0] != ' ' && p[b.len - 2] != ' ');
	for (i = 0; p[i] != '\0'; i++) {
		check(p[i] >= 0x20 && p[i] != 0x7f && p[i] != '"' && p[i] != '/' &&
		    p[i] != '\\');
		if (follow > 0) {
			check((p[i] & 0xc0) == 0x80);
			follow--;
		} else if (p[i] >= 0x80) {
			check(p[i] >= 0xc2 && p[i] <= 0xf4);
			follow = p[i] >= 0xf0 ? 3 : p[i] >= 0xe0 ? 2 : 1;
		}
	}
	check(follow == 0);
	buf_release(&b);
}

static int
on_begin(void *arg, const char *name, const char *filename, const char *type)
{
	struct run *r = arg;
	size_t n = strlen(name);

	check(!r->in_part && n > 0 && ++r->parts <= MAX_PARTS);
	n += filename != NULL ? strlen(filename) : 0;
	n += type != NULL ? strlen(type) : 0;
	check(n <= MAX_HEADER);
	r->in_part = 1;
	buf_addf(&r->log, "<B %s|%s|%s>", name, filename ? filename : "-", type ? type : "-");
	if (filename != NULL)
		check_display_name(filename);
	return called(r);
}

static int
on_data(void *arg, const char *data, size_t len)
{
	struct run *r = arg;

	check(r->in_part && len > 0);
	r->data_bytes += len;
	buf_add(&r->log, data, len);
	return called(r);
}

static int
on_end(void *arg)
{
	struct run *r = arg;

	check(r->in_part);
	r->in_part = 0;
	buf_adds(&r->log, "<E>");
	return called(r);
}

static const struct multipart_handler handler = { on_begin, on_data, on_end };

/* Feed body in chunks of sizes[0], sizes[1]... (all of it when nsizes is 0). */
static enum multipart_status
parse(struct run *r, const uint8_t *sizes, size_t nsizes, const char *body, size_t len)
{
	struct multipart *m = multipart_new(CT, &limits, &handler, r);
	enum multipart_status st = MULTIPART_OK;
	size_t off = 0, n, k = 0;

	check(m != NULL);
	while (off < len && st == MULTIPART_OK) {
		n = nsizes > 0 ? (size_t)sizes[k++ % nsizes] + 1 : len;
		if (n > len - off)
			n = len - off;
		st = multipart_feed(m, body + off, n);
		off += n;
	}
	if (st == MULTIPART_OK)
		st = multipart_finish(m);
	else
		check(multipart_feed(m, "--", 2) == st);
	check(multipart_finish(m) == st);
	check(st != MULTIPART_OK || !r->in_part);
	check((st == MULTIPART_STOPPED) == (r->stop_at > 0 && r->calls == r->stop_at));
	check(r->data_bytes <= len);
	multipart_free(m);
	return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct run a = { BUF_INIT, 0, 0, 0, 0, 0 }, b = { BUF_INIT, 0, 0, 0, 0, 0 };
	struct run c = { BUF_INIT, 0, 0, 0, 0, 0 };
	struct buf s = BUF_INIT;
	const char *body, *type, *nl;
	size_t nsizes, len;
	struct multipart *m;

	if (size == 0)
		return 0;
	nsizes = data[0] % 8;
	if (size < 1 + nsizes)
		return 0;
	body = (const char *)data + 1 + nsizes;
	len = size - 1 - nsizes;

	check(parse(&a, data + 1, nsizes, body, len) == parse(&b, NULL, 0, body, len));
	check(a.log.len == b.log.len && memcmp(a.log.ptr, b.log.ptr, a.log.len) == 0);
	c.stop_at = data[0] >> 3;
	parse(&c, data + 1, nsizes, body, len);

	/* The body's first line as a Content-Type, then as a file name. */
	nl = memchr(body, '\n', len);
	buf_add(&s, body, nl != NULL ? (size_t)(nl - body) : len);
	if ((m = multipart_new(s.ptr, &limits, &handler, &a)) != NULL)
		check(strncasecmp(s.ptr + strspn(s.ptr, " \t"), "multipart/form-data", 19) == 0);
	multipart_free(m);
	check_display_name(s.ptr);

	type = filetype_sniff((const unsigned char *)body, len);
	if (type != NULL)
		check(strcmp(type, "application/pdf") == 0 ? memcmp(body, "%PDF-", 5) == 0 :
		    memcmp(body, "\xff\xd8\xff", 3) == 0);

	buf_release(&a.log);
	buf_release(&b.log);
	buf_release(&c.log);
	buf_release(&s);
	return 0;
}
