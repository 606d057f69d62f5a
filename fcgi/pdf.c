/* SPDX-License-Identifier: EUPL-1.2 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <hpdf.h>

#include "buf.h"
#include "log.h"
#include "pdf.h"
#include "banned.h"

/* A4 portrait in points, 20 mm margins; the footer sits in the bottom one. */
#define PAGE_W		595.276f
#define PAGE_H		841.89f
#define MARGIN		56.693f
#define TEXT_W		(PAGE_W - 2 * MARGIN)
#define FOOTER_Y	28.35f
#define LABEL_MAX	(TEXT_W * 0.4f)
#define LABEL_GAP	6.0f
/*
 * HPDF_Font_MeasureText() refuses more than 65535 bytes. No line holds
 * this many: the narrowest glyph at 8 pt is 1.5 pt wide.
 */
#define MEASURE_MAX	1024

enum font_id { F_REGULAR, F_BOLD, F_MONO, F_COUNT };

static const char *const font_names[F_COUNT] = {
	"Helvetica", "Helvetica-Bold", "Courier-Bold"
};

struct style {
	enum font_id	 font;
	float		 size;
	float		 leading;	/* baseline to baseline */
	float		 gray;		/* fill, 0 is black */
	float		 before;	/* space above the block */
};

static const struct style st_title = { F_BOLD, 18, 22, 0, 0 };
static const struct style st_subtitle = { F_REGULAR, 11, 14, 0.35f, 2 };
static const struct style st_footer = { F_REGULAR, 8, 10, 0.4f, 0 };

/* PDF_FIELD's style is its label's; the value uses PDF_PARAGRAPH's. */
static const struct style styles[] = {
	[PDF_HEADING] = { F_BOLD, 13, 17, 0, 12 },
	[PDF_PARAGRAPH] = { F_REGULAR, 10.5f, 14, 0, 6 },
	[PDF_FIELD] = { F_BOLD, 10.5f, 14, 0, 3 },
	[PDF_NOTE] = { F_REGULAR, 8.5f, 11, 0.4f, 6 },
	[PDF_CODE] = { F_MONO, 20, 26, 0, 10 },
};

struct ctx {
	HPDF_Doc	 pdf;
	HPDF_Page	 page;
	HPDF_Font	 font[F_COUNT];
	HPDF_STATUS	 err;		/* first error libharu reported */
	HPDF_STATUS	 detail;
	iconv_t		 cd;
	unsigned int	 npages;
	float		 y;		/* top of the free space on the page */
	int		 top;		/* nothing drawn on the page yet */
	struct buf	 a, b;		/* CP1252 texts being laid out */
	struct buf	 line;		/* the line being drawn */
};

/* Lines of a CP1252 text that fit a width; see wrap_next(). */
struct wrap {
	const char	*p;
	const char	*eol;		/* end of p's line: '\n' or end */
	const char	*end;
	int		 done;
};

static void
on_error(HPDF_STATUS no, HPDF_STATUS detail, void *arg)
{
	struct ctx *c = arg;

	/* Later errors are usually consequences of the first. */
	if (c->err == 0) {
		c->err = no;
		c->detail = detail;
	}
}

/*
 * Convert UTF-8 s (NULL is empty) to CP1252 in out. A character iconv
 * cannot transliterate, or an invalid byte sequence, becomes '?'.
 * Controls other than '\n' become spaces: the fonts have no glyph for them.
 */
static void
to_cp1252(struct ctx *c, const char *s, struct buf *out)
{
	char *in = (char *)s, *o;
	size_t inleft, outleft, avail, i;

	buf_reset(out);
	inleft = s == NULL ? 0 : strlen(s);
	while (inleft > 0) {
		buf_grow(out, inleft + 16);
		o = out->ptr + out->len;
		avail = outleft = out->cap - out->len - 1;
		if (iconv(c->cd, &in, &inleft, &o, &outleft) != (size_t)-1) {
			out->len += avail - outleft;
			break;
		}
		out->len += avail - outleft;
		if (errno == E2BIG)
			continue;
		buf_addc(out, '?');
		do {
			in++;
			inleft--;
		} while (inleft > 0 && ((unsigned char)*in & 0xc0) == 0x80);
		iconv(c->cd, NULL, NULL, NULL, NULL);
	}
	out->ptr[out->len] = '\0';
	for (i = 0; i < out->len; i++)
		if ((unsigned char)out->ptr[i] < 0x20 && out->ptr[i] != '\n')
			out->ptr[i] = ' ';
}

/* Found once per line: searching from each wrapped line is quadratic. */
static const char *
find_eol(const char *p, const char *end)
{
	const char *eol = memchr(p, '\n', (size_t)(end - p));

	return eol != NULL ? eol : end;
}

static void
wrap_init(struct wrap *w, const struct buf *text)
{
	w->p = text->ptr;
	w->end = text->ptr + text->len;
	w->eol = find_eol(w->p, w->end);
	w->done = 0;
}

/*
 * The next line of at most width points: cut after the last space that
 * fits, inside a word too long for a line, or at '\n'. An empty text is
 * one empty line. Returns 0 when there are no more lines.
 */
static int
wrap_next(struct wrap *w, HPDF_Font font, float size, float width,
    const char **line, size_t *len)
{
	const char *eol = w->eol;
	HPDF_UINT n = 0, max;

	if (w->done)
		return 0;
	while (w->p < eol && *w->p == ' ')
		w->p++;
	if (eol > w->p) {
		max = eol - w->p > MEASURE_MAX ? MEASURE_MAX :
		    (HPDF_UINT)(eol - w->p);
		n = HPDF_Font_MeasureText(font, (const HPDF_BYTE *)w->p, max,
		    width, size, 0, 0, HPDF_TRUE, NULL);
		if (n == 0)
			n = HPDF_Font_MeasureText(font, (const HPDF_BYTE *)w->p,
			    max, width, size, 0, 0, HPDF_FALSE, NULL);
		/* Even one glyph wider than the line must make progress. */
		if (n == 0)
			n = 1;
	}
	*line = w->p;
	*len = n;
	while (*len > 0 && (*line)[*len - 1] == ' ')
		(*len)--;
	w->p += n;
	while (w->p < eol && *w->p == ' ')
		w->p++;
	if (w->p == eol) {
		if (eol == w->end)
			w->done = 1;
		else
			w->eol = find_eol(++w->p, w->end);
	}
	return 1;
}

static float
text_width(HPDF_Font font, float size, const char *s, size_t len)
{
	HPDF_TextWidth tw = HPDF_Font_TextWidth(font, (const HPDF_BYTE *)s,
	    (HPDF_UINT)len);

	return (float)tw.width * size / 1000;
}

static int
new_page(struct ctx *c)
{
	c->page = HPDF_AddPage(c->pdf);
	if (c->page == NULL || HPDF_Page_SetSize(c->page, HPDF_PAGE_SIZE_A4,
	    HPDF_PAGE_PORTRAIT) != HPDF_OK)
		return -1;
	c->npages++;
	c->y = PAGE_H - MARGIN;
	c->top = 1;
	return 0;
}

/* Make room for h points below y, on a new page if this one is full. */
static int
room(struct ctx *c, float h)
{
	if (c->top || c->y - h >= MARGIN)
		return 0;
	return new_page(c);
}

static void
space(struct ctx *c, float h)
{
	if (!c->top)
		c->y -= h;
}

static int
put_text(struct ctx *c, const struct style *st, float x, float baseline,
    const char *s, size_t len)
{
	if (len == 0)
		return 0;
	buf_reset(&c->line);
	buf_add(&c->line, s, len);
	if (HPDF_Page_SetGrayFill(c->page, st->gray) != HPDF_OK ||
	    HPDF_Page_BeginText(c->page) != HPDF_OK ||
	    HPDF_Page_SetFontAndSize(c->page, c->font[st->font],
	    st->size) != HPDF_OK ||
	    HPDF_Page_TextOut(c->page, x, baseline, c->line.ptr) != HPDF_OK ||
	    HPDF_Page_EndText(c->page) != HPDF_OK)
		return -1;
	return 0;
}

/*
 * Print UTF-8 text wrapped to the text width. Each line also wants keep
 * points below it on the same page (a heading, the start of its text).
 */
static int
flow(struct ctx *c, const struct style *st, const char *text, float keep)
{
	struct wrap w;
	const char *s;
	size_t n;

	to_cp1252(c, text, &c->a);
	wrap_init(&w, &c->a);
	while (wrap_next(&w, c->font[st->font], st->size, TEXT_W, &s, &n)) {
		if (room(c, st->leading + keep) == -1 ||
		    put_text(c, st, MARGIN, c->y - st->size, s, n) == -1)
			return -1;
		c->y -= st->leading;
		c->top = 0;
	}
	return 0;
}

/*
 * The width of the label column shared by the run of fields starting at
 * block i, so that their values line up: the widest label, at most
 * LABEL_MAX. The point of slack absorbs rounding between the measures.
 */
static float
label_column(struct ctx *c, const struct pdf_doc *doc, size_t i)
{
	const struct style *st = &styles[PDF_FIELD];
	float w, max = 0;

	for (; i < doc->nblocks && doc->blocks[i].kind == PDF_FIELD; i++) {
		to_cp1252(c, doc->blocks[i].label, &c->a);
		w = text_width(c->font[st->font], st->size, c->a.ptr, c->a.len);
		if (w + 1 > max)
			max = w + 1;
	}
	return max > LABEL_MAX ? LABEL_MAX : max;
}

/* The bold label wrapped in its column of lwidth, the value beside it. */
static int
field(struct ctx *c, const char *label, const char *value, float lwidth)
{
	const struct style *lst = &styles[PDF_FIELD];
	const struct style *vst = &styles[PDF_PARAGRAPH];
	const float vx = MARGIN + lwidth + LABEL_GAP;
	struct wrap lw, vw;
	const char *ls, *vs;
	size_t ln, vn;
	int lmore, vmore;

	to_cp1252(c, label, &c->a);
	to_cp1252(c, value, &c->b);
	wrap_init(&lw, &c->a);
	wrap_init(&vw, &c->b);
	lmore = wrap_next(&lw, c->font[lst->font], lst->size, lwidth, &ls, &ln);
	vmore = wrap_next(&vw, c->font[vst->font], vst->size,
	    MARGIN + TEXT_W - vx, &vs, &vn);
	while (lmore || vmore) {
		if (room(c, lst->leading) == -1)
			return -1;
		if (lmore && put_text(c, lst, MARGIN, c->y - lst->size, ls,
		    ln) == -1)
			return -1;
		if (vmore && put_text(c, vst, vx, c->y - vst->size, vs,
		    vn) == -1)
			return -1;
		c->y -= lst->leading;
		c->top = 0;
		lmore = lmore && wrap_next(&lw, c->font[lst->font], lst->size,
		    lwidth, &ls, &ln);
		vmore = vmore && wrap_next(&vw, c->font[vst->font], vst->size,
		    MARGIN + TEXT_W - vx, &vs, &vn);
	}
	return 0;
}

/* Fonts, document info and the first page. */
static int
setup(struct ctx *c, const struct pdf_doc *doc)
{
	struct tm tm;
	time_t now;
	HPDF_Date date;
	int i;

	if (HPDF_SetCompressionMode(c->pdf, HPDF_COMP_ALL) != HPDF_OK ||
	    HPDF_SetCurrentEncoder(c->pdf, "WinAnsiEncoding") != HPDF_OK)
		return -1;
	for (i = 0; i < F_COUNT; i++)
		if ((c->font[i] = HPDF_GetFont(c->pdf, font_names[i],
		    "WinAnsiEncoding")) == NULL)
			return -1;

	/* With a current encoder, libharu writes info strings as UTF-16. */
	to_cp1252(c, doc->title, &c->a);
	if ((doc->title != NULL && HPDF_SetInfoAttr(c->pdf, HPDF_INFO_TITLE,
	    c->a.ptr) != HPDF_OK) ||
	    HPDF_SetInfoAttr(c->pdf, HPDF_INFO_CREATOR, "Break@work") != HPDF_OK)
		return -1;
	now = time(NULL);
	if (gmtime_r(&now, &tm) == NULL)
		return log_err("gmtime_r: %s", strerror(errno));
	date.year = tm.tm_year + 1900;
	date.month = tm.tm_mon + 1;
	date.day = tm.tm_mday;
	date.hour = tm.tm_hour;
	date.minutes = tm.tm_min;
	/* libharu refuses a leap second. */
	date.seconds = tm.tm_sec > 59 ? 59 : tm.tm_sec;
	date.ind = 'Z';
	date.off_hour = 0;
	date.off_minutes = 0;
	if (HPDF_SetInfoDateAttr(c->pdf, HPDF_INFO_CREATION_DATE, date) != HPDF_OK)
		return -1;

	/* libharu has no setter for /Lang; hpdf_doc.h exposes the catalog. */
	if (doc->lang != NULL && HPDF_Dict_Add(c->pdf->catalog, "Lang",
	    HPDF_String_New(c->pdf->mmgr, doc->lang, NULL)) != HPDF_OK)
		return -1;
	return new_page(c);
}

static int
body(struct ctx *c, const struct pdf_doc *doc)
{
	const struct pdf_block *b;
	float lwidth = 0;
	size_t i;
	int rc;

	if (doc->title != NULL && flow(c, &st_title, doc->title, 0) == -1)
		return -1;
	if (doc->subtitle != NULL) {
		space(c, st_subtitle.before);
		if (flow(c, &st_subtitle, doc->subtitle, 0) == -1)
			return -1;
	}
	if (!c->top) {
		c->y -= 6;
		if (HPDF_Page_SetGrayStroke(c->page, 0.6f) != HPDF_OK ||
		    HPDF_Page_SetLineWidth(c->page, 0.5f) != HPDF_OK ||
		    HPDF_Page_MoveTo(c->page, MARGIN, c->y) != HPDF_OK ||
		    HPDF_Page_LineTo(c->page, MARGIN + TEXT_W, c->y) != HPDF_OK ||
		    HPDF_Page_Stroke(c->page) != HPDF_OK)
			return -1;
		c->y -= 6;
	}

	for (i = 0; i < doc->nblocks; i++) {
		b = &doc->blocks[i];
		space(c, styles[b->kind].before);
		if (b->kind == PDF_FIELD && (i == 0 || b[-1].kind != PDF_FIELD))
			lwidth = label_column(c, doc, i);
		if (b->kind == PDF_FIELD)
			rc = field(c, b->label, b->text, lwidth);
		else
			rc = flow(c, &styles[b->kind], b->text,
			    b->kind == PDF_HEADING ?
			    2 * styles[PDF_PARAGRAPH].leading : 0);
		if (rc == -1)
			return -1;
	}
	return 0;
}

/* The first line of footer at the left of every page, "n/N" at the right. */
static int
footers(struct ctx *c, const char *footer)
{
	const struct style *st = &st_footer;
	struct wrap w;
	const char *s = "";
	size_t n = 0;
	char num[32];
	unsigned int i;
	int len;
	float nw;

	len = snprintf(num, sizeof(num), "%u/%u", c->npages, c->npages);
	if (len < 0 || (size_t)len >= sizeof(num))
		return -1;
	nw = text_width(c->font[st->font], st->size, num, (size_t)len);
	to_cp1252(c, footer, &c->b);
	wrap_init(&w, &c->b);
	wrap_next(&w, c->font[st->font], st->size, TEXT_W - nw - 12, &s, &n);

	for (i = 0; i < c->npages; i++) {
		len = snprintf(num, sizeof(num), "%u/%u", i + 1, c->npages);
		if (len < 0 || (size_t)len >= sizeof(num))
			return -1;
		nw = text_width(c->font[st->font], st->size, num, (size_t)len);
		if ((c->page = HPDF_GetPageByIndex(c->pdf, i)) == NULL ||
		    put_text(c, st, MARGIN, FOOTER_Y, s, n) == -1 ||
		    put_text(c, st, MARGIN + TEXT_W - nw, FOOTER_Y, num,
		    (size_t)len) == -1)
			return -1;
	}
	return 0;
}

/* Append the saved document to out; out is left as it was on failure. */
static int
save(struct ctx *c, struct buf *out)
{
	HPDF_UINT32 size, n;

	if (HPDF_SaveToStream(c->pdf) != HPDF_OK ||
	    (size = HPDF_GetStreamSize(c->pdf)) == 0)
		return -1;
	buf_grow(out, size);
	n = size;
	if (HPDF_ReadFromStream(c->pdf, (HPDF_BYTE *)out->ptr + out->len,
	    &n) != HPDF_OK || n != size) {
		out->ptr[out->len] = '\0';
		return -1;
	}
	out->len += n;
	out->ptr[out->len] = '\0';
	return 0;
}

/* Refuse what would be a caller's bug before starting libharu. */
static int
doc_valid(const struct pdf_doc *doc)
{
	size_t i, n;

	if (doc->nblocks > 0 && doc->blocks == NULL)
		return log_err("PDF document with %zu blocks and none given",
		    doc->nblocks);
	for (i = 0; i < doc->nblocks; i++)
		if ((unsigned int)doc->blocks[i].kind >=
		    sizeof(styles) / sizeof(styles[0]))
			return log_err("PDF block %zu has unknown kind %d", i,
			    (int)doc->blocks[i].kind);
	if (doc->lang == NULL)
		return 0;
	n = strspn(doc->lang, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ-");
	if (n < 2 || n > 35 || doc->lang[n] != '\0')
		return log_err("PDF language '%s' is not a language tag",
		    doc->lang);
	return 0;
}

int
pdf_render(const struct pdf_doc *doc, struct buf *out)
{
	static const struct pdf_doc empty;
	struct ctx c;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	c.cd = (iconv_t)-1;
	buf_init(&c.a);
	buf_init(&c.b);
	buf_init(&c.line);
	if (doc == NULL)
		doc = &empty;
	if (doc_valid(doc) == -1)
		goto out;
	if ((c.cd = iconv_open("CP1252//TRANSLIT", "UTF-8")) == (iconv_t)-1) {
		log_err("iconv_open UTF-8 to CP1252: %s", strerror(errno));
		goto out;
	}
	if ((c.pdf = HPDF_New(on_error, &c)) == NULL) {
		log_err("HPDF_New failed");
		goto out;
	}
	if (setup(&c, doc) == -1 || body(&c, doc) == -1 ||
	    footers(&c, doc->footer) == -1 || save(&c, out) == -1) {
		if (c.err == 0)
			c.err = HPDF_GetError(c.pdf);
		log_err("cannot render PDF: libharu error 0x%04lX detail %lu",
		    (unsigned long)c.err, (unsigned long)c.detail);
		goto out;
	}
	rc = 0;
out:
	if (c.pdf != NULL)
		HPDF_Free(c.pdf);
	if (c.cd != (iconv_t)-1)
		iconv_close(c.cd);
	buf_release(&c.a);
	buf_release(&c.b);
	buf_release(&c.line);
	return rc;
}
