/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "buf.h"
#include "filetype.h"
#include "../tap.h"
#include "banned.h"

#define PDF	"application/pdf"
#define JPEG	"image/jpeg"

/* A one-page PDF that pdfinfo(1) reads. */
static const char pdf[] =
    "%PDF-1.4\n"
    "1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
    "2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n"
    "3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>\nendobj\n"
    "xref\n0 4\n"
    "0000000000 65535 f \n0000000009 00000 n \n0000000054 00000 n \n0000000105 00000 n \n"
    "trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n170\n%%EOF\n";

/* SOI, a JFIF APP0 segment, EOI. */
static const unsigned char jpeg[] = {
	0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00,
	0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9
};

static const char *
sniff(const char *s, size_t len)
{
	return filetype_sniff((const unsigned char *)s, len);
}

static const char *
sniff_str(const char *s)
{
	return sniff(s, strlen(s));
}

static struct buf shown = BUF_INIT;

static const char *
display(const char *raw)
{
	buf_reset(&shown);
	filetype_display_name(&shown, raw);
	return shown.ptr;
}

int
main(void)
{
	struct buf b = BUF_INIT;
	unsigned char j[sizeof(jpeg) + 40];
	size_t i;

	plan(36);

	is_str(sniff(pdf, sizeof(pdf) - 1), PDF, "a minimal PDF");
	buf_add(&b, pdf, sizeof(pdf) - 2);
	buf_add(&b, "\r\n\0 \t", 5);
	is_str(sniff(b.ptr, b.len), PDF, "white space and NUL after %%EOF");
	buf_reset(&b);
	buf_add(&b, pdf, sizeof(pdf) - 1);
	while (b.len < 2000)
		buf_addc(&b, '\n');
	is_str(sniff(b.ptr, b.len), NULL, "%%EOF more than 1024 bytes from the end");
	is_str(sniff(pdf, sizeof(pdf) - 8), NULL, "a PDF cut before %%EOF");
	buf_reset(&b);
	buf_add(&b, pdf, sizeof(pdf) - 1);
	buf_adds(&b, "<script>alert(1)</script>\n");
	is_str(sniff(b.ptr, b.len), NULL, "bytes after %%EOF");
	is_str(sniff_str("%PDF-2.0\n%%EOF"), PDF, "PDF 2.0");
	is_str(sniff_str("%PDF-3.0\n%%EOF"), NULL, "PDF 3.0 does not exist");
	is_str(sniff_str("<!DOCTYPE html>\n<html><body>%PDF-1.4</body></html>\n%%EOF\n"), NULL,
	    "HTML named scan.pdf");
	is_str(sniff_str(" %PDF-1.4\n%%EOF"), NULL, "%PDF not at the start");
	is_str(sniff_str("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xd9"), NULL, "a PNG");

	is_str(sniff((const char *)jpeg, sizeof(jpeg)), JPEG, "a JPEG");
	memcpy(j, jpeg, sizeof(jpeg));
	memset(j + sizeof(jpeg), 0, 40);
	is_str(filetype_sniff(j, sizeof(jpeg) + 32), JPEG, "a JPEG padded with 32 NULs");
	is_str(filetype_sniff(j, sizeof(jpeg) + 33), NULL, "but not 33");
	is_str(filetype_sniff(jpeg, sizeof(jpeg) - 1), NULL, "a JPEG without FF D9");
	is_str(filetype_sniff(jpeg, sizeof(jpeg) - 6), NULL, "a JPEG cut in half");
	is_str(sniff_str("\xff\xd8\xff\xd9"), NULL, "SOI and EOI overlapping");
	is_str(sniff_str("GIF89a\xff\xd9"), NULL, "a GIF");
	is_str(filetype_sniff(NULL, 0), NULL, "nothing");
	is_str(sniff("", 0), NULL, "an empty file");

	is_str(display("C:\\Users\\x\\scan.pdf"), "scan.pdf", "a Windows path");
	is_str(display("../../etc/passwd"), "passwd", "a relative Unix path");
	is_str(display("/"), "document", "a path with no last component");
	is_str(display("a\tb\x01" "c\x7f\"d\"\r\n.pdf"), "abcd.pdf",
	    "controls and double quotes dropped");
	is_str(display("x\xc2\x85y\xe2\x80\xaegpj.exe"), "xygpj.exe",
	    "C1 controls and bidirectional overrides dropped");
	is_str(display("Attestation d'emploi \xc3\xa9t\xc3\xa9 \xe2\x82\xac.pdf"),
	    "Attestation d'emploi \xc3\xa9t\xc3\xa9 \xe2\x82\xac.pdf", "valid UTF-8 kept");
	is_str(display("caf\xe9.pdf"), "caf?.pdf", "a Latin-1 byte becomes '?'");
	is_str(display("\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80x"), "?????????x",
	    "overlong forms, surrogates and code points past U+10FFFF are invalid");
	is_str(display("\xe2\x82"), "??", "a character cut short");
	is_str(display("  scan 1.pdf \t "), "scan 1.pdf", "trimmed");
	is_str(display(" \x01 "), "document", "nothing left");
	is_str(display(""), "document", "empty");
	is_str(display(NULL), "document", "no name");
	buf_reset(&b);
	for (i = 0; i < 150; i++)
		buf_addc(&b, 'a');
	ok(strlen(display(b.ptr)) == 100, "cut to 100 bytes");
	b.len = 99;
	b.ptr[99] = '\0';
	buf_adds(&b, "\xc3\xa9");
	ok(strlen(display(b.ptr)) == 99, "not inside a character");
	buf_reset(&b);
	buf_adds(&b, "name: ");
	filetype_display_name(&b, "dir/x.jpg");
	is_str(b.ptr, "name: x.jpg", "appended to what the buffer holds");
	buf_reset(&b);
	buf_adds(&b, "name: ");
	filetype_display_name(&b, "  ");
	is_str(b.ptr, "name: document", "trimming keeps what the buffer held");

	buf_release(&b);
	buf_release(&shown);
	return done_testing();
}
