/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "multipart.h"
#include "../tap.h"
#include "banned.h"

#define CT	"multipart/form-data; boundary=XyZ123"

/* Every callback, in order, as text: <B name|filename|type> data <E>. */
struct rec {
	struct buf	 log;
	int		 in_part;
	int		 bad;		/* data or an end outside a part */
	int		 stop;		/* 'b', 'd', 'e': that callback returns -1 */
};

static int
rec_begin(void *arg, const char *name, const char *filename, const char *type)
{
	struct rec *r = arg;

	r->bad += r->in_part;
	r->in_part = 1;
	buf_addf(&r->log, "<B %s|%s|%s>", name, filename ? filename : "-", type ? type : "-");
	return r->stop == 'b' ? -1 : 0;
}

static int
rec_data(void *arg, const char *data, size_t len)
{
	struct rec *r = arg;

	r->bad += !r->in_part || len == 0;
	buf_add(&r->log, data, len);
	return r->stop == 'd' ? -1 : 0;
}

static int
rec_end(void *arg)
{
	struct rec *r = arg;

	r->bad += !r->in_part;
	r->in_part = 0;
	buf_adds(&r->log, "<E>");
	return r->stop == 'e' ? -1 : 0;
}

static const struct multipart_handler handler = { rec_begin, rec_data, rec_end };
static const struct multipart_limits limits = { 2048, 32 };

static uint32_t seed = 20260401;

static size_t
random_size(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 17;
	seed ^= seed << 5;
	return 1 + seed % (seed & 1 ? 7 : 300);
}

/*
 * Parse body with content type ct, fed `chunk` bytes at a time (0: at
 * random sizes), into r. The status of multipart_finish(), or of the
 * first feed that failed; -1 when multipart_new() refuses ct.
 */
static int
run_with(const char *ct, const struct multipart_limits *lim, const char *body, size_t len,
    size_t chunk, struct rec *r)
{
	struct multipart *m;
	enum multipart_status st = MULTIPART_OK;
	size_t off = 0, n;

	buf_reset(&r->log);
	r->in_part = r->bad = 0;
	if ((m = multipart_new(ct, lim, &handler, r)) == NULL)
		return -1;
	while (off < len && st == MULTIPART_OK) {
		n = chunk ? chunk : random_size();
		if (n > len - off)
			n = len - off;
		st = multipart_feed(m, body + off, n);
		off += n;
	}
	if (st == MULTIPART_OK)
		st = multipart_finish(m);
	multipart_free(m);
	return (int)st;
}

static int
run_str(const char *ct, const struct multipart_limits *lim, const char *s, size_t chunk,
    struct rec *r)
{
	return run_with(ct, lim, s, strlen(s), chunk, r);
}

static int
run(const char *s, size_t chunk, struct rec *r)
{
	return run_str(CT, &limits, s, chunk, r);
}

static int
status(const char *ct, const char *body)
{
	struct rec r = { BUF_INIT, 0, 0, 0 };
	int st = run_with(ct, &limits, body, strlen(body), 0, &r);

	buf_release(&r.log);
	return st;
}

/* Two parts; the file's bytes hold NULs and pieces of the delimiter. */
static const char body[] =
    "This is the preamble.\r\n--XyZ12 is not it\r\n"
    "--XyZ123\r\n"
    "Content-Disposition: form-data; name=\"csrf\"\r\n"
    "\r\n"
    "t0k\xc3\xa9n\r\n"
    "--XyZ123\r\n"
    "content-disposition:form-data; NAME=\"file-other\"; filename=\"scan \\\"1\\\".pdf\"\r\n"
    "CONTENT-TYPE:  application/pdf \r\n"
    "X-Ignored: yes\r\n"
    "\r\n"
    "%PDF\0\xff\r\n--XyZ12\r\n-\r\r\n--\r\n--XyZ\0\r\r\n\r\n--XyZ12\r\r"
    "\r\n--XyZ123--\r\n"
    "The epilogue, \r\n--XyZ123\r\n ignored.";

static const char expect[] =
    "<B csrf|-|->t0k\xc3\xa9n<E>"
    "<B file-other|scan \"1\".pdf|application/pdf>"
    "%PDF\0\xff\r\n--XyZ12\r\n-\r\r\n--\r\n--XyZ\0\r\r\n\r\n--XyZ12\r\r<E>";

static int
same(const struct rec *r, const char *want, size_t len)
{
	return r->bad == 0 && r->in_part == 0 && r->log.len == len &&
	    memcmp(r->log.ptr, want, len) == 0;
}

/* The log so far is `want`, the part not ended. */
static int
same_data(const struct rec *r, const char *want)
{
	return r->bad == 0 && r->log.len == strlen(want) && memcmp(r->log.ptr, want, r->log.len) == 0;
}

int
main(void)
{
	struct multipart_limits lim = limits;
	struct rec r = { BUF_INIT, 0, 0, 0 };
	struct buf big = BUF_INIT;
	int i, all;

	plan(49);

	is_int(run_with(CT, &limits, body, sizeof(body) - 1, sizeof(body), &r), MULTIPART_OK,
	    "a two-part body parses whole");
	ok(same(&r, expect, sizeof(expect) - 1), "the field, the file and its bytes are exact");
	is_int(run_with(CT, &limits, body, sizeof(body) - 1, 1, &r), MULTIPART_OK,
	    "fed one byte at a time");
	ok(same(&r, expect, sizeof(expect) - 1), "one byte at a time gives the same parts");
	for (all = 1, i = 0; i < 200; i++)
		all &= run_with(CT, &limits, body, sizeof(body) - 1, 0, &r) == MULTIPART_OK &&
		    same(&r, expect, sizeof(expect) - 1);
	ok(all, "200 feeds in random chunk sizes give the same parts");

	is_int(run_str("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b:c?\"", &limits,
	    "--a b:c?\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--a b:c?--", 0,
	    &r), MULTIPART_OK, "quoted boundary with spaces, parameter name in capitals");
	ok(same(&r, "<B x|-|->1<E>", 13), "its part");
	is_int(status("multipart/form-data", "--x--"), -1, "no boundary: no parser");
	is_int(status("multipart/form-data; charset=utf-8", "--x--"), -1,
	    "another parameter only: no parser");
	is_int(status("multipart/form-data; boundary=", "--x--"), -1, "empty boundary");
	is_int(status("multipart/form-data; boundary=\"ab \"", "--x--"), -1,
	    "boundary ending with a space");
	is_int(status("multipart/form-data; boundary=a; boundary=b", "--a--"), -1,
	    "two boundaries");
	is_int(status("multipart/form-data; boundary="
	    "12345678901234567890123456789012345678901234567890123456789012345678901", "--x--"),
	    -1, "a 71-character boundary");
	is_int(status("multipart/mixed; boundary=XyZ123", "--XyZ123--"), -1,
	    "multipart/mixed is not a form");
	is_int(status(NULL, "--XyZ123--"), -1, "no Content-Type");
	is_int(status("multipart/form-data; boundary="
	    "1234567890123456789012345678901234567890123456789012345678901234567890;",
	    "--1234567890123456789012345678901234567890123456789012345678901234567890--"),
	    MULTIPART_OK, "a 70-character boundary, a trailing ';'");

	is_int(run("--XyZ123--\r\n", 0, &r), MULTIPART_OK, "a form without fields");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
	    "--XyZ123\r\n", 0, &r), MULTIPART_MALFORMED, "truncated: no close delimiter");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; na", 0, &r),
	    MULTIPART_MALFORMED, "truncated in the headers");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n12\r\n--Xy",
	    0, &r), MULTIPART_MALFORMED, "truncated in the data");
	ok(r.in_part && same_data(&r, "<B a|-|->12"), "after the data before the cut");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n12\r\n"
	    "--XyZ123-", 0, &r), MULTIPART_MALFORMED, "truncated in the close delimiter");
	is_int(run("preamble only", 0, &r), MULTIPART_MALFORMED, "no delimiter at all");
	is_int(run("", 0, &r), MULTIPART_MALFORMED, "an empty body");

	buf_adds(&big, "--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Pad: ");
	while (big.len < 2100)
		buf_addc(&big, 'p');
	buf_adds(&big, "\r\n\r\n1\r\n--XyZ123--");
	is_int(run(big.ptr, 0, &r), MULTIPART_TOO_BIG, "a header section over the limit");
	buf_release(&big);
	lim.max_header_bytes = 41;
	is_int(run_str(CT, &lim, "--XyZ123\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "\r\n--XyZ123--", 1, &r), MULTIPART_TOO_BIG, "one header byte over the limit");
	lim.max_header_bytes = 42;
	is_int(run_str(CT, &lim, "--XyZ123\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "\r\n--XyZ123--", 1, &r), MULTIPART_OK, "a header section at the limit");
	ok(same(&r, "<B a|-|-><E>", 12), "an empty part");
	lim = limits;
	lim.max_parts = 2;
	is_int(run_str(CT, &lim, "--XyZ123\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "1\r\n--XyZ123\r\nContent-Disposition: form-data; name=b\r\n\r\n"
	    "2\r\n--XyZ123\r\nContent-Disposition: form-data; name=c\r\n\r\n"
	    "3\r\n--XyZ123--", 0, &r), MULTIPART_TOO_BIG, "a part over the limit");

	/* Found by the fuzzer: a short header line after a longer one ending in spaces. */
	is_int(run("--XyZ123\r\nX-Fill:              x\r\nContent-Type:\r\n"
	    "Content-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ123--", 1, &r),
	    MULTIPART_OK, "a header line shorter than the one before it is read alone");
	ok(same(&r, "<B a|-|>1<E>", 12), "its empty Content-Type is empty, not the old line's end");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=abc; x=y\r\nab\r\n\r\n"
	    "1\r\n--XyZ123--", 1, &r), MULTIPART_MALFORMED,
	    "a line without a colon after a longer one is malformed, not read with its end");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; filename=\"a.pdf\"\r\n\r\n"
	    "1\r\n--XyZ123--", 0, &r), MULTIPART_MALFORMED, "a part without a name");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n"
	    "1\r\n--XyZ123--", 0, &r), MULTIPART_MALFORMED, "an empty name");
	is_int(run("--XyZ123\r\nContent-Type: text/plain\r\n\r\n1\r\n--XyZ123--", 0, &r),
	    MULTIPART_MALFORMED, "a part without Content-Disposition");
	is_int(run("--XyZ123\r\nContent-Disposition: attachment; name=a\r\n\r\n"
	    "1\r\n--XyZ123--", 0, &r), MULTIPART_MALFORMED, "a disposition other than form-data");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=a; name=b\r\n\r\n"
	    "1\r\n--XyZ123--", 0, &r), MULTIPART_MALFORMED, "a name given twice");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=\"a\r\n\r\n"
	    "1\r\n--XyZ123--", 0, &r), MULTIPART_MALFORMED, "an unterminated quoted string");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=\"f\"; "
	    "filename=\"C:\\Users\\x\\scan.pdf\"\r\n\r\n1\r\n--XyZ123--", 0, &r), MULTIPART_OK,
	    "a Windows path as filename");
	ok(same(&r, "<B f|C:\\Users\\x\\scan.pdf|->1<E>", 31),
	    "keeps its backslashes (only \\\" and \\\\ are escapes)");

	is_int(run("--XyZ123\nContent-Disposition: form-data; name=a\n\n1\n--XyZ123--\n", 1, &r),
	    MULTIPART_MALFORMED, "LF line ends");
	is_int(run("pre\n--XyZ123\nContent-Disposition: form-data; name=a\n\n1\n--XyZ123--\n",
	    1, &r), MULTIPART_MALFORMED, "LF line ends after a preamble");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=a\n\r\n1\r\n--XyZ123--", 1,
	    &r), MULTIPART_MALFORMED, "an LF header line end");
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=a\r\r\n\r\n1\r\n--XyZ123--",
	    1, &r), MULTIPART_MALFORMED, "a bare CR in the headers");
	is_int(run("--XyZ123 \t\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "\r\n--XyZ123X\r\n--XyZ123--", 0, &r), MULTIPART_MALFORMED,
	    "padding is allowed, but the boundary followed by other bytes is refused");

	r.stop = 'd';
	{
		struct multipart *m = multipart_new(CT, &limits, &handler, &r);
		const char *s = "--XyZ123\r\nContent-Disposition: form-data; name=a\r\n\r\n1";

		is_int(multipart_feed(m, s, strlen(s)), MULTIPART_STOPPED, "part_data stops");
		ok(multipart_feed(m, "\r\n--XyZ123--", 12) == MULTIPART_STOPPED &&
		    multipart_finish(m) == MULTIPART_STOPPED, "and the status stays");
		multipart_free(m);
	}
	r.stop = 'b';
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=a\r\n\r\n--XyZ123--", 0,
	    &r), MULTIPART_STOPPED, "part_begin stops");
	r.stop = 'e';
	is_int(run("--XyZ123\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ123--",
	    0, &r), MULTIPART_STOPPED, "part_end stops");

	multipart_free(NULL);
	buf_release(&r.log);
	return done_testing();
}
