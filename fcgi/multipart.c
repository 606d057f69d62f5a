/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "multipart.h"
#include "xalloc.h"
#include "banned.h"

#define BOUNDARY_MAX	70	/* RFC 2046 §5.1.1 */
#define HEADER_CAP	65536	/* a larger max_header_bytes is taken as this */

enum state {
	S_PREAMBLE,	/* before the first delimiter, ignored */
	S_AFTER,	/* just after a delimiter: "--", padding or CRLF */
	S_PADDING,	/* transport padding, then the line's CRLF */
	S_CLOSE,	/* "--boundary-", the second '-' */
	S_LF,		/* the LF ending a delimiter line */
	S_HEADERS,
	S_DATA,
	S_EPILOGUE,	/* after the close delimiter, ignored */
};

struct multipart {
	struct multipart_handler h;
	void		*arg;
	size_t		 max_header_bytes;
	size_t		 max_parts;
	enum multipart_status status;
	enum state	 state;
	char		 delim[4 + BOUNDARY_MAX];	/* CRLF "--" boundary */
	size_t		 dlen;
	size_t		 match;		/* bytes of delim matched so far */
	size_t		 parts;

	/* The header section of the part being read. */
	size_t		 hbytes;
	int		 cr;		/* the last byte was a CR */
	char		*line;		/* the line being read, CRLF excluded */
	size_t		 line_len;
	/*
	 * Decoded header values, each NUL-terminated. A value and its NUL
	 * take fewer bytes than the header line it comes from, so
	 * max_header_bytes + 1 bytes hold them all.
	 */
	char		*val;
	size_t		 val_len;
	int		 disposition;	/* Content-Disposition was seen */
	const char	*name;
	const char	*filename;
	const char	*ctype;
};

/* RFC 9110 tchar. */
static int
is_tchar(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* RFC 2046 bchars. */
static int
is_bchar(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' && strchr("'()+_,-./:=? ", c) != NULL);
}

static const char *
skip_ows(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

static size_t
token_len(const char *p)
{
	size_t n = 0;

	while (is_tchar(p[n]))
		n++;
	return n;
}

static int
token_is(const char *p, size_t n, const char *want)
{
	return strlen(want) == n && strncasecmp(p, want, n) == 0;
}

/*
 * The quoted string whose opening quote precedes p, decoded into out
 * (NUL-terminated) when out is not NULL. Returns the byte after the
 * closing quote, NULL when there is none. Only \" and \\ are escapes:
 * browsers do not escape backslashes, and a Windows path in a filename
 * must keep its separators.
 */
static const char *
quoted(const char *p, char *out)
{
	size_t n = 0;

	for (; *p != '"'; p++) {
		if (*p == '\0')
			return NULL;
		if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
			p++;
		if (out != NULL)
			out[n++] = *p;
	}
	if (out != NULL)
		out[n] = '\0';
	return p + 1;
}

/*
 * Copy the boundary parameter of a multipart/form-data type into out
 * (BOUNDARY_MAX bytes, no NUL). Returns its length, 0 when the type is
 * another, the boundary absent, given twice or not RFC 2046's.
 */
static size_t
parse_boundary(const char *ct, char *out)
{
	const char *p, *name, *v;
	size_t n, vlen, len = 0, i;

	if (ct == NULL)
		return 0;
	p = skip_ows(ct);
	n = strlen("multipart/form-data");
	if (strncasecmp(p, "multipart/form-data", n) != 0)
		return 0;
	for (p += n;;) {
		p = skip_ows(p);
		if (*p == '\0')
			break;
		if (*p++ != ';')
			return 0;
		p = skip_ows(p);
		if (*p == '\0')
			break;
		name = p;
		n = token_len(p);
		p += n;
		if (n == 0 || *p++ != '=')
			return 0;
		if (*p == '"') {
			v = p + 1;
			if ((p = quoted(v, NULL)) == NULL)
				return 0;
			vlen = (size_t)(p - v) - 1;
		} else {
			v = p;
			vlen = token_len(p);
			p += vlen;
		}
		if (!token_is(name, n, "boundary"))
			continue;
		if (len > 0 || vlen == 0 || vlen > BOUNDARY_MAX || v[vlen - 1] == ' ')
			return 0;
		/* An escape in a quoted boundary leaves a backslash: refused here. */
		for (i = 0; i < vlen; i++)
			if (!is_bchar(v[i]))
				return 0;
		memcpy(out, v, vlen);
		len = vlen;
	}
	return len;
}

struct multipart *
multipart_new(const char *content_type, const struct multipart_limits *lim,
    const struct multipart_handler *h, void *arg)
{
	struct multipart *m;
	char boundary[BOUNDARY_MAX];
	size_t blen;

	if ((blen = parse_boundary(content_type, boundary)) == 0)
		return NULL;
	m = xcalloc(1, sizeof(*m));
	m->h = *h;
	m->arg = arg;
	m->max_header_bytes = lim->max_header_bytes < HEADER_CAP ?
	    lim->max_header_bytes : HEADER_CAP;
	m->max_parts = lim->max_parts;
	m->status = MULTIPART_OK;
	m->state = S_PREAMBLE;
	memcpy(m->delim, "\r\n--", 4);
	memcpy(m->delim + 4, boundary, blen);
	m->dlen = 4 + blen;
	/* The first delimiter may open the body: as if a CRLF preceded it. */
	m->match = 2;
	m->line = xmalloc(m->max_header_bytes + 1);
	m->val = xmalloc(m->max_header_bytes + 1);
	return m;
}

void
multipart_free(struct multipart *m)
{
	if (m == NULL)
		return;
	free(m->line);
	free(m->val);
	free(m);
}

/* Hand p[0..n) to part_data(); the preamble's bytes are dropped. */
static int
emit(struct multipart *m, const char *p, size_t n)
{
	if (n == 0 || m->state != S_DATA)
		return 0;
	if (m->h.part_data(m->arg, p, n) != 0) {
		m->status = MULTIPART_STOPPED;
		return -1;
	}
	return 0;
}

/*
 * Look for the delimiter in p[0..n); bytes before it are data. A partial
 * match at the end of p stays in m->match and its bytes are held back:
 * they are the delimiter's own, so if the match fails in a later chunk
 * they are handed over from m->delim. A CR cannot occur in a boundary, so
 * a failed match restarts at the byte that broke it. Returns the bytes
 * consumed: up to the end of the delimiter, or all of p.
 */
static size_t
scan(struct multipart *m, const char *p, size_t n)
{
	size_t i = 0, start = 0, mbeg = 0;
	int carried = m->match > 0;	/* the match began in an earlier chunk */
	const char *cr;

	while (i < n) {
		if (m->match == 0) {
			if ((cr = memchr(p + i, '\r', n - i)) == NULL) {
				i = n;
				break;
			}
			mbeg = (size_t)(cr - p);
			i = mbeg + 1;
			m->match = 1;
			continue;
		}
		if (p[i] == m->delim[m->match]) {
			i++;
			if (++m->match < m->dlen)
				continue;
			m->match = 0;
			if (!carried && emit(m, p + start, mbeg - start) < 0)
				return n;
			if (m->state == S_DATA && m->h.part_end(m->arg) != 0) {
				m->status = MULTIPART_STOPPED;
				return n;
			}
			m->state = S_AFTER;
			return i;
		}
		if (carried) {
			if (emit(m, m->delim, m->match) < 0)
				return n;
			start = i;
			carried = 0;
		}
		m->match = 0;
	}
	if (m->match == 0)
		emit(m, p + start, n - start);
	else if (!carried)
		emit(m, p + start, mbeg - start);
	return n;
}

/* Content-Disposition: form-data; name="..."; filename="..." (RFC 7578 §4.2). */
static enum multipart_status
parse_disposition(struct multipart *m, const char *p)
{
	const char *name, **keep;
	char *v;
	size_t n;

	n = token_len(p);
	if (m->disposition || !token_is(p, n, "form-data"))
		return MULTIPART_MALFORMED;
	m->disposition = 1;
	for (p += n;;) {
		p = skip_ows(p);
		if (*p == '\0')
			return MULTIPART_OK;
		if (*p++ != ';')
			return MULTIPART_MALFORMED;
		p = skip_ows(p);
		if (*p == '\0')
			return MULTIPART_OK;
		name = p;
		n = token_len(p);
		p += n;
		if (n == 0 || *p++ != '=')
			return MULTIPART_MALFORMED;
		/* Decoded after the values kept; committed only if kept. */
		v = m->val + m->val_len;
		if (*p == '"') {
			if ((p = quoted(p + 1, v)) == NULL)
				return MULTIPART_MALFORMED;
		} else {
			size_t vlen = token_len(p);

			if (vlen == 0)
				return MULTIPART_MALFORMED;
			memcpy(v, p, vlen);
			v[vlen] = '\0';
			p += vlen;
		}
		if (token_is(name, n, "name"))
			keep = &m->name;
		else if (token_is(name, n, "filename"))
			keep = &m->filename;
		else
			continue;
		if (*keep != NULL)
			return MULTIPART_MALFORMED;
		*keep = v;
		m->val_len += strlen(v) + 1;
	}
}

/* One header line of a part, in m->line. */
static enum multipart_status
header_line(struct multipart *m)
{
	char *p = m->line, *end = m->line + m->line_len, *v;
	size_t i, n;

	/* The buffer still holds the end of any longer line before this one. */
	*end = '\0';
	for (i = 0; i < m->line_len; i++)
		if (((unsigned char)p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7f)
			return MULTIPART_MALFORMED;
	n = token_len(p);
	if (n == 0 || p[n] != ':')
		return MULTIPART_MALFORMED;
	v = (char *)skip_ows(p + n + 1);
	while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*end = '\0';
	if (token_is(p, n, "Content-Disposition"))
		return parse_disposition(m, v);
	if (token_is(p, n, "Content-Type")) {
		if (m->ctype != NULL)
			return MULTIPART_MALFORMED;
		m->ctype = m->val + m->val_len;
		memcpy(m->val + m->val_len, v, (size_t)(end - v) + 1);
		m->val_len += (size_t)(end - v) + 1;
	}
	return MULTIPART_OK;
}

static void
header_byte(struct multipart *m, char c)
{
	if (++m->hbytes > m->max_header_bytes) {
		m->status = MULTIPART_TOO_BIG;
		return;
	}
	if (m->cr) {
		m->cr = 0;
		if (c != '\n')
			m->status = MULTIPART_MALFORMED;	/* a bare CR */
		else if (m->line_len > 0) {
			m->status = header_line(m);
			m->line_len = 0;
		} else if (m->name == NULL || m->name[0] == '\0')
			m->status = MULTIPART_MALFORMED;
		else if (m->h.part_begin(m->arg, m->name, m->filename, m->ctype) != 0)
			m->status = MULTIPART_STOPPED;
		else
			m->state = S_DATA;
	} else if (c == '\r')
		m->cr = 1;
	else if (c == '\n')
		m->status = MULTIPART_MALFORMED;	/* LF line ends */
	else
		m->line[m->line_len++] = c;
}

/* The rest of a delimiter line: "--" closes the body, CRLF opens a part. */
static void
delim_byte(struct multipart *m, char c)
{
	switch (m->state) {
	case S_CLOSE:
		if (c == '-')
			m->state = S_EPILOGUE;
		else
			m->status = MULTIPART_MALFORMED;
		break;
	case S_LF:
		if (c != '\n')
			m->status = MULTIPART_MALFORMED;	/* a bare CR */
		else if (++m->parts > m->max_parts)
			m->status = MULTIPART_TOO_BIG;
		else {
			m->state = S_HEADERS;
			m->hbytes = 0;
			m->cr = 0;
			m->line_len = 0;
			m->val_len = 0;
			m->disposition = 0;
			m->name = m->filename = m->ctype = NULL;
		}
		break;
	default:	/* S_AFTER, S_PADDING */
		if (c == '-' && m->state == S_AFTER)
			m->state = S_CLOSE;
		else if (c == ' ' || c == '\t')
			m->state = S_PADDING;
		else if (c == '\r')
			m->state = S_LF;
		else	/* an LF line end, or the boundary inside data */
			m->status = MULTIPART_MALFORMED;
		break;
	}
}

enum multipart_status
multipart_feed(struct multipart *m, const char *data, size_t len)
{
	size_t i = 0;

	while (i < len && m->status == MULTIPART_OK) {
		switch (m->state) {
		case S_PREAMBLE:
		case S_DATA:
			i += scan(m, data + i, len - i);
			break;
		case S_HEADERS:
			header_byte(m, data[i++]);
			break;
		case S_EPILOGUE:
			return m->status;
		default:
			delim_byte(m, data[i++]);
			break;
		}
	}
	return m->status;
}

enum multipart_status
multipart_finish(struct multipart *m)
{
	if (m->status == MULTIPART_OK && m->state != S_EPILOGUE)
		m->status = MULTIPART_MALFORMED;
	return m->status;
}
