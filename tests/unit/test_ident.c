/* SPDX-License-Identifier: EUPL-1.2 */
/* Check digits of NISS (national register and BIS), BCE and IBAN. */
#include <ctype.h>
#include <stdio.h>

#include "../tap.h"
#include "buf.h"
#include "ident.h"

static void
format_is(void (*fmt)(struct buf *, const char *), const char *in, const char *want,
    const char *name)
{
	struct buf b = BUF_INIT;

	fmt(&b, in);
	is_str(b.ptr, want, name);
	buf_release(&b);
}

int
main(void)
{
	struct buf b = BUF_INIT;

	plan(80);

	/* NISS born in the 1900s: 97 - (850730033 mod 97) = 28. */
	ok(ident_niss_valid("85073003328"), "NISS 85.07.30-033.28 valid");
	ok(!ident_niss_valid("85073003327"), "NISS check digit one off refused");
	ok(!ident_niss_valid("85073003428"), "NISS sequence digit one off refused");
	ok(!ident_niss_is_bis("85073003328"), "a national register number is not BIS");
	/* Born in 2000 or later: the check uses 2010101123. */
	ok(ident_niss_valid("01010112301"), "NISS born 2001 valid with the 2000 rule");
	ok(!ident_niss_valid("01010112302"), "NISS born 2001 one off refused");
	ok(ident_niss_valid("01010112369"), "same digits valid as born 1901");
	/* BIS: month + 40 (sex known) and + 20 (sex unknown). */
	ok(ident_niss_valid("85473003317"), "BIS month+40 valid");
	ok(ident_niss_is_bis("85473003317"), "month+40 is BIS");
	ok(ident_niss_valid("85273003371"), "BIS month+20 valid");
	ok(ident_niss_is_bis("85273003371"), "month+20 is BIS");
	ok(!ident_niss_valid("85473003318"), "BIS one off refused");
	ok(!ident_niss_valid("85133003301"), "month 13 refused");
	ok(!ident_niss_valid("8507300332"), "10 digits refused");
	ok(!ident_niss_valid("85.07.30-033.28"), "formatted form is not compact");
	ok(!ident_niss_valid(NULL), "NULL refused");

	ident_compact(&b, " 85.07.30-033.28 ");
	is_str(b.ptr, "85073003328", "compact strips separators");
	format_is(ident_niss_format, "85073003328", "85.07.30-033.28", "NISS format");
	format_is(ident_niss_format, "abc", "abc", "NISS format keeps junk as is");

	/* BCE: 97 - (04031707 mod 97) = 01. */
	ok(ident_bce_valid("0403170701"), "BCE 0403.170.701 valid");
	ok(!ident_bce_valid("0403170702"), "BCE one off refused");
	ok(!ident_bce_valid("0403171701"), "BCE body digit one off refused");
	ok(!ident_bce_valid("2403170701"), "BCE must start 0 or 1");
	ok(!ident_bce_valid("403170701"), "BCE of 9 digits refused");
	format_is(ident_bce_format, "0403170701", "0403.170.701", "BCE format");

	ok(ident_iban_valid("BE68539007547034"), "Belgian IBAN valid");
	ok(!ident_iban_valid("BE68539007547035"), "Belgian IBAN one off refused");
	ok(!ident_iban_valid("BE69539007547034"), "IBAN check digits one off refused");
	ok(ident_iban_valid("FR1420041010050500013M02606"), "French IBAN with a letter valid");
	ok(ident_iban_valid("NL91ABNA0417164300"), "Dutch IBAN valid");
	ok(!ident_iban_valid("NL91ABNA0417164301"), "Dutch IBAN one off refused");
	ok(!ident_iban_valid("be68539007547034"), "lower case is not compact");
	ident_compact(&b, "be68 5390 0754 7034");
	ok(ident_iban_valid(b.ptr), "compacted typed IBAN valid");
	format_is(ident_iban_format, "BE68539007547034", "BE68 5390 0754 7034", "IBAN format");

	/* Birth date and sex from the NISS. */
	{
		int y = 0, m = 0, d = 0;
		char t[13] = "1234567890";

		ok(ident_niss_birth("85073003328", &y, &m, &d) == 0 && y == 1985 && m == 7 &&
		    d == 30, "birth 30/07/1985 from a 1900s NISS");
		ok(ident_niss_birth("02072108683", &y, &m, &d) == 0 && y == 2002 && m == 7 &&
		    d == 21, "birth 21/07/2002 from a 2000s NISS");
		ok(ident_niss_birth("90461503281", &y, &m, &d) == 0 && y == 1990 && m == 6 &&
		    d == 15, "birth from a BIS number (month + 40)");
		ok(ident_niss_birth("85073003327", &y, &m, &d) == -1, "no birth from a bad NISS");
		is_int(ident_niss_female("85073003328"), 0, "sequence 033 is a man");
		is_int(ident_niss_female("85031412401"), 1, "sequence 124 is a woman");
		is_int(ident_niss_female("85073003327"), -1, "no sex from a bad NISS");

		/* Ticket: 97 - (1234567890 mod 97) = 97 - 2 = 95. */
		ident_ticket_check(t);
		is_str(t, "123456789095", "ticket check digits");
		ok(ident_ticket_valid("123456789095"), "ticket valid");
		ok(!ident_ticket_valid("123456789096"), "ticket check digit one off refused");
		ok(!ident_ticket_valid("123456798095"), "ticket with two digits swapped refused");
		ok(!ident_ticket_valid("023456789095"), "ticket starting with 0 refused");
		ok(!ident_ticket_valid("12345678909"), "ticket of 11 digits refused");
		format_is(ident_ticket_format, "123456789095", "1234-5678-9095", "ticket format");
	}

	/* Phones to E.164, e-mail syntax. */
	ok(ident_phone_e164(&b, "0470 12 34 56") == 0 && strcmp(b.ptr, "+32470123456") == 0,
	    "Belgian mobile to +32470123456");
	ok(ident_phone_e164(&b, "+32 (0)470/12.34.56") == 0 && strcmp(b.ptr, "+32470123456") == 0,
	    "+32 (0)470/12.34.56: the bracketed trunk 0 dropped");
	ok(ident_phone_e164(&b, "0033 1 23 45 67 89") == 0 && strcmp(b.ptr, "+33123456789") == 0,
	    "00 for abroad becomes +");
	ok(ident_phone_e164(&b, "02/515.44.44") == 0 && strcmp(b.ptr, "+3225154444") == 0,
	    "the ONEM's number in Brussels");
	ok(ident_phone_e164(&b, "12345") < 0, "too short refused");
	ok(ident_phone_e164(&b, "+32 470 12 34 56 78 90 12") < 0, "more than 15 digits refused");
	ok(ident_phone_e164(&b, "0470 12 34 5a") < 0, "a letter refused");
	ok(ident_email_valid("marie.dubois@breakatwork.test"), "an address accepted");
	ok(ident_email_valid("jan+rva@example.be"), "plus addressing accepted");
	ok(!ident_email_valid("marie.dubois@breakatwork"), "no top-level domain refused");
	ok(!ident_email_valid("marie dubois@example.be"), "a space refused");
	ok(!ident_email_valid("marie@@example.be"), "two @ refused");
	ok(!ident_email_valid("@example.be"), "no local part refused");
	ok(!ident_email_valid("marie@example..be"), "two dots refused");

	/* Verification codes of attestations. */
	{
		struct buf c = BUF_INIT, f = BUF_INIT;
		char typed[32], other[IDENT_CODE_LEN + 1];
		int i, fresh = 1;

		ok(ident_code_new(&c) == 0 && c.len == IDENT_CODE_LEN, "a new code has 16 symbols");
		ok(ident_code_parse(&b, c.ptr) == 0 && strcmp(b.ptr, c.ptr) == 0,
		    "a new code parses to itself");
		ident_code_format(&f, c.ptr);
		ok(f.len == 19 && f.ptr[4] == '-' && f.ptr[9] == '-' && f.ptr[14] == '-',
		    "shown in four groups of four");
		ok(ident_code_parse(&b, f.ptr) == 0 && strcmp(b.ptr, c.ptr) == 0,
		    "the shown form parses back");
		for (i = 0; f.ptr[i] != '\0'; i++)
			typed[i] = (char)tolower((unsigned char)f.ptr[i]);
		typed[i] = '\0';
		ok(ident_code_parse(&b, typed) == 0 && strcmp(b.ptr, c.ptr) == 0,
		    "typed in lower case");
		ok(ident_code_parse(&b, "8CNX YTE5 3KDW 94PS") == 0 &&
		    strcmp(b.ptr, "8CNXYTE53KDW94PS") == 0, "a known code with spaces");
		ok(ident_code_parse(&b, "8cnx-yte5-3kdw-94ps") == 0, "a known code in lower case");
		ok(ident_code_parse(&b, "oLAB-CDEF-GHJK-MNPA") == 0 &&
		    strcmp(b.ptr, "01ABCDEFGHJKMNPA") == 0, "O read as 0, L as 1");
		ok(ident_code_parse(&b, "OIAB CDEF GHJK MNPA") == 0 &&
		    strcmp(b.ptr, "01ABCDEFGHJKMNPA") == 0, "I read as 1");
		ok(ident_code_parse(&b, "8CNX-YTE5-3KDW-94P7") < 0, "a wrong check symbol refused");
		ok(ident_code_parse(&b, "8CNX-YTE5-3KDW-49PS") < 0, "two symbols swapped refused");
		ok(ident_code_parse(&b, "8CNX-YTE5-3KDW-94P") < 0, "15 symbols refused");
		ok(ident_code_parse(&b, "8CNX-YTE5-3KDW-94PS-0") < 0, "17 symbols refused");
		ok(ident_code_parse(&b, "8CNX-YTE5-3KDW-9UPS") < 0, "U is not a symbol");
		ok(ident_code_parse(&b, "8CNX_YTE5_3KDW_94PS") < 0, "other separators refused");
		ok(ident_code_parse(&b, "") < 0 && ident_code_parse(&b, NULL) < 0, "empty refused");
		for (i = 0; i < 50; i++) {
			ident_code_new(&b);
			snprintf(other, sizeof(other), "%s", b.ptr);
			if (strcmp(other, c.ptr) == 0)
				fresh = 0;
		}
		ok(fresh, "50 new codes all differ from the first");
		buf_reset(&f);
		ident_code_format(&f, "not-a-code");
		is_str(f.ptr, "not-a-code", "anything else is shown as is");
		buf_release(&c);
		buf_release(&f);
	}

	buf_release(&b);
	return done_testing();
}
