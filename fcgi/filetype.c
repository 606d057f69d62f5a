/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "buf.h"
#include "filetype.h"
#include "banned.h"

#define PDF_TAIL	1024	/* where "%%EOF" must be */
#define JPEG_PADDING	32	/* what some scanners append after FF D9 */
#define DISPLAY_MAX	100

/* PDF white space (ISO 32000-1 §7.2.2), which includes NUL. */
static int
is_space(unsigned char c)
{
	return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

static int
is_pdf(const unsigned char *d, size_t len)
{
	size_t end = len;

	if (len < 7 || (memcmp(d, "%PDF-1.", 7) != 0 && memcmp(d, "%PDF-2.", 7) != 0))
		return 0;
	/* Stopping at the header keeps d + end - 5 inside the data. */
	while (end > 7 && is_space(d[end - 1]))
		end--;
	return len - (end - 5) <= PDF_TAIL && memcmp(d + end - 5, "%%EOF", 5) == 0;
}

static int
is_jpeg(const unsigned char *d, size_t len)
{
	size_t end = len;

	/* SOI then a marker; at least one byte between it and EOI. */
	if (len < 6 || d[0] != 0xff || d[1] != 0xd8 || d[2] != 0xff)
		return 0;
	while (end > 6 && len - end < JPEG_PADDING && is_space(d[end - 1]))
		end--;
	return d[end - 2] == 0xff && d[end - 1] == 0xd9;
}

const char *
filetype_sniff(const unsigned char *data, size_t len)
{
	if (is_pdf(data, len))
		return "application/pdf";
	if (is_jpeg(data, len))
		return "image/jpeg";
	return NULL;
}

/*
 * The length of the UTF-8 character at s, its code point in *cp; 0 when
 * it is not one (overlong forms and surrogates included).
 */
static size_t
utf8_char(const unsigned char *s, unsigned int *cp)
{
	unsigned int c = s[0], min;
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if ((c & 0xe0) == 0xc0) {
		n = 2;
		c &= 0x1f;
		min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3;
		c &= 0x0f;
		min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return 0;
	/* The string's NUL is no continuation byte: no reading past it. */
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/*
 * Characters a display name drops: C0 and C1 controls, the double quote,
 * and the bidirectional marks and overrides that make "gpj.exe" look
 * like "exe.jpg", with the line and paragraph separators among them.
 */
static int
dropped(unsigned int cp)
{
	return cp < 0x20 || cp == '"' || (cp >= 0x7f && cp <= 0x9f) ||
	    cp == 0x200e || cp == 0x200f || (cp >= 0x2028 && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069);
}

void
filetype_display_name(struct buf *out, const char *raw)
{
	const unsigned char *s;
	const char *p, *add;
	size_t start = out->len, n;
	unsigned int cp;

	if (raw == NULL)
		raw = "";
	for (p = raw; *p != '\0'; p++)
		if (*p == '/' || *p == '\\')
			raw = p + 1;
	for (s = (const unsigned char *)raw; *s != '\0'; s += n) {
		add = (const char *)s;
		if ((n = utf8_char(s, &cp)) == 0) {
			add = "?";
			n = 1;
		} else if (dropped(cp) || (cp == ' ' && out->len == start))
			continue;
		if (out->len - start + n > DISPLAY_MAX)
			break;
		buf_add(out, add, n);
	}
	while (out->len > start && out->ptr[out->len - 1] == ' ')
		out->ptr[--out->len] = '\0';
	if (out->len == start)
		buf_adds(out, "document");
}
