/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * PDF rendering, checked through poppler's pdftotext and pdfinfo
 * (Debian poppler-utils). Without them the text checks fail: CI has them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tap.h"
#include "buf.h"
#include "pdf.h"
#include "banned.h"

#define ACCENTS "Élève à l'école : très, fête, garçon, Übergröße, Köln, " \
	"Straße, 12,50 €, «citation»"

static int
is_pdf(const struct buf *b)
{
	size_t n = b->len;

	while (n > 0 && (b->ptr[n - 1] == '\n' || b->ptr[n - 1] == '\r'))
		n--;
	return b->len > 5 && memcmp(b->ptr, "%PDF-", 5) == 0 && n >= 5 &&
	    memcmp(b->ptr + n - 5, "%%EOF", 5) == 0;
}

/* Run "cmd file suffix" on the PDF in pdf; its output in out. 0 or -1. */
static int
run_tool(const char *cmd, const char *suffix, const struct buf *pdf,
    struct buf *out)
{
	char path[] = "/tmp/test_pdf.XXXXXX";
	struct buf line = BUF_INIT;
	char chunk[4096];
	FILE *f = NULL, *p = NULL;
	size_t n;
	int fd, rc = -1;

	buf_reset(out);
	if ((fd = mkstemp(path)) == -1)
		return -1;
	if ((f = fdopen(fd, "w")) == NULL) {
		close(fd);
		goto out;
	}
	if (fwrite(pdf->ptr, 1, pdf->len, f) != pdf->len || fclose(f) != 0) {
		f = NULL;
		goto out;
	}
	f = NULL;
	buf_addf(&line, "%s %s%s 2>/dev/null", cmd, path, suffix);
	if ((p = popen(line.ptr, "r")) == NULL)
		goto out;
	while ((n = fread(chunk, 1, sizeof(chunk), p)) > 0)
		buf_add(out, chunk, n);
	if (pclose(p) == 0)
		rc = 0;
out:
	if (f != NULL)
		fclose(f);
	unlink(path);
	buf_release(&line);
	return rc;
}

static int
count(const char *hay, const char *needle)
{
	int n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

/* The text of page n (from 1) of pdftotext's output, pages end in '\f'. */
static void
page_text(const char *text, int n, struct buf *out)
{
	const char *end;

	buf_reset(out);
	while (--n > 0 && text != NULL)
		if ((text = strchr(text, '\f')) != NULL)
			text++;
	if (text == NULL)
		return;
	end = strchr(text, '\f');
	buf_add(out, text, end != NULL ? (size_t)(end - text) : strlen(text));
}

int
main(void)
{
	struct pdf_block blocks[64];
	struct pdf_doc doc = { 0 };
	struct buf pdf = BUF_INIT, text = BUF_INIT, page = BUF_INIT;
	struct buf word = BUF_INIT, kept = BUF_INIT, want = BUF_INIT;
	size_t nb = 0, i;
	char num[32];
	int pages;

	/* A wrapping loop that never ends fails the test instead of hanging. */
	alarm(120);
	plan(34);

	ok(system("command -v pdftotext >/dev/null && "
	    "command -v pdfinfo >/dev/null") == 0,
	    "pdftotext and pdfinfo are installed (poppler-utils)");

	blocks[nb++] = (struct pdf_block){ PDF_PARAGRAPH, NULL,
	    "Nous avons bien reçu votre demande d'interruption de carrière." };
	blocks[nb++] = (struct pdf_block){ PDF_CODE, NULL, "1234-5678-9095" };
	blocks[nb++] = (struct pdf_block){ PDF_HEADING, NULL, "Votre demande" };
	blocks[nb++] = (struct pdf_block){ PDF_FIELD, "Travailleur :",
	    "Françoise Müller-Groß" };
	blocks[nb++] = (struct pdf_block){ PDF_FIELD, "Montant :", "12,50 €" };
	blocks[nb++] = (struct pdf_block){ PDF_PARAGRAPH, NULL, ACCENTS };
	blocks[nb++] = (struct pdf_block){ PDF_NOTE, NULL,
	    "Conservez ce document : il fait foi de la date de réception." };
	for (i = 0; i < 40; i++) {
		if (i % 8 == 0)
			blocks[nb++] = (struct pdf_block){ PDF_HEADING, NULL,
			    "Section" };
		blocks[nb++] = (struct pdf_block){ PDF_PARAGRAPH, NULL,
		    "Absatz: Der Antrag wurde fristgerecht eingereicht und "
		    "wird geprüft. Die Entscheidung wird Ihnen schriftlich "
		    "mitgeteilt; bei Rückfragen wenden Sie sich bitte an das "
		    "zuständige Büro. Bewaar dit document zorgvuldig." };
	}
	blocks[nb++] = (struct pdf_block){ PDF_PARAGRAPH, NULL,
	    "Schlusswort." };
	doc.title = "Accusé de réception — Interruption de carrière";
	doc.subtitle = "Office national de l'emploi (ONEM)";
	doc.footer = "ONEM – Break@work – ticket 1234-5678-9095";
	doc.lang = "fr";
	doc.blocks = blocks;
	doc.nblocks = nb;

	buf_adds(&pdf, "kept");
	is_int(pdf_render(&doc, &pdf), 0, "document renders");
	ok(pdf.len > 4 && memcmp(pdf.ptr, "kept", 4) == 0, "appends to out");
	buf_reset(&kept);
	buf_add(&kept, pdf.ptr + 4, pdf.len - 4);
	ok(is_pdf(&kept), "starts with %%PDF- and ends with %%%%EOF");
	ok(strstr(kept.ptr, "/FlateDecode") != NULL, "streams are compressed");

	ok(run_tool("pdftotext -layout -enc UTF-8", " -", &kept, &text) == 0,
	    "pdftotext reads it");
	pages = count(text.ptr, "\f");
	ok(pages >= 3, "three pages or more (%d)", pages);
	ok(strstr(text.ptr, "Accusé de réception — Interruption de carrière") !=
	    NULL, "accented title");
	ok(strstr(text.ptr, "Office national de l'emploi (ONEM)") != NULL,
	    "subtitle");
	ok(strstr(text.ptr, ACCENTS) != NULL, "é è ê à ç ü ö ß € «» print");
	ok(strstr(text.ptr, "1234-5678-9095") != NULL, "ticket code");
	ok(strstr(text.ptr, "Travailleur :") != NULL &&
	    strstr(text.ptr, "Françoise Müller-Groß") != NULL, "field");
	ok(strstr(text.ptr, "12,50 €") != NULL, "euro sign");
	ok(strstr(text.ptr, "il fait foi") != NULL, "note");
	page_text(text.ptr, 3, &page);
	ok(strstr(page.ptr, "Absatz") != NULL, "paragraph text on page 3");
	page_text(text.ptr, pages, &page);
	ok(strstr(page.ptr, "Schlusswort.") != NULL, "last paragraph on page %d",
	    pages);
	snprintf(num, sizeof(num), "1/%d", pages);
	ok(strstr(text.ptr, num) != NULL, "footer %s", num);
	snprintf(num, sizeof(num), "%d/%d", pages, pages);
	ok(strstr(page.ptr, num) != NULL, "footer %s on the last page", num);
	is_int(count(text.ptr, "ONEM – Break@work – ticket 1234-5678-9095"),
	    pages, "footer text on every page");

	ok(run_tool("pdfinfo -enc UTF-8", "", &kept, &text) == 0,
	    "pdfinfo reads it");
	ok(strstr(text.ptr, "Accusé de réception — Interruption de carrière") !=
	    NULL, "Title info, accented");
	ok(strstr(text.ptr, "Break@work") != NULL, "Creator info");
	ok(strstr(text.ptr, "CreationDate:") != NULL, "CreationDate info");

	buf_reset(&pdf);
	is_int(pdf_render(NULL, &pdf), 0, "NULL document renders");
	ok(is_pdf(&pdf), "NULL document is a PDF");
	run_tool("pdftotext -layout -enc UTF-8", " -", &pdf, &text);
	ok(count(text.ptr, "\f") == 1 && strstr(text.ptr, "1/1") != NULL,
	    "NULL document is one page numbered 1/1");
	memset(&doc, 0, sizeof(doc));
	buf_reset(&pdf);
	is_int(pdf_render(&doc, &pdf), 0, "empty document renders");
	ok(is_pdf(&pdf), "empty document is a PDF");

	/* Letters only, so that footers and line breaks can be dropped. */
	for (i = 0; i < 500; i++)
		buf_adds(&word, "abcdefghij");
	blocks[0] = (struct pdf_block){ PDF_PARAGRAPH, NULL, word.ptr };
	blocks[1] = (struct pdf_block){ PDF_FIELD, "N°", word.ptr };
	doc.blocks = blocks;
	doc.nblocks = 2;
	buf_reset(&pdf);
	is_int(pdf_render(&doc, &pdf), 0, "5000-character word renders");
	run_tool("pdftotext -layout -enc UTF-8", " -", &pdf, &text);
	buf_reset(&kept);
	for (i = 0; i < text.len; i++)
		if (text.ptr[i] >= 'a' && text.ptr[i] <= 'j')
			buf_addc(&kept, text.ptr[i]);
	buf_addf(&want, "%s%s", word.ptr, word.ptr);
	ok(strcmp(kept.ptr, want.ptr) == 0,
	    "the word is broken across lines, every letter kept");

	/* Over the 65535 bytes libharu measures at once. */
	buf_reset(&word);
	for (i = 0; i < 7000; i++)
		buf_adds(&word, "abcdefghi ");
	blocks[0] = (struct pdf_block){ PDF_PARAGRAPH, NULL, word.ptr };
	doc.nblocks = 1;
	buf_reset(&pdf);
	is_int(pdf_render(&doc, &pdf), 0, "70000-byte paragraph renders");

	blocks[0] = (struct pdf_block){ PDF_PARAGRAPH, NULL,
	    "Invalid \xff UTF-8, \xc3 cut, \xf0\x9f\x98\x80 outside CP1252" };
	buf_reset(&pdf);
	is_int(pdf_render(&doc, &pdf), 0, "invalid UTF-8 renders");
	run_tool("pdftotext -layout -enc UTF-8", " -", &pdf, &text);
	ok(strstr(text.ptr, "Invalid ? UTF-8, ? cut, ? outside CP1252") != NULL,
	    "as '?'");

	blocks[0].kind = (enum pdf_block_kind)99;
	buf_reset(&pdf);
	ok(pdf_render(&doc, &pdf) == -1 && pdf.len == 0,
	    "an unknown block kind is refused");

	buf_release(&pdf);
	buf_release(&text);
	buf_release(&page);
	buf_release(&word);
	buf_release(&kept);
	buf_release(&want);
	return done_testing();
}
