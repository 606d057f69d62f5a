/* SPDX-License-Identifier: EUPL-1.2 */
#include <ctype.h>
#include <string.h>
#include <sys/random.h>

#include "ident.h"
#include "leave.h"
#include "banned.h"

void
ident_compact(struct buf *out, const char *s)
{
	buf_reset(out);
	for (; s != NULL && *s != '\0'; s++) {
		if (strchr(" .-/\t", *s) != NULL)
			continue;
		buf_addc(out, (char)toupper((unsigned char)*s));
	}
}

/* 1 when s is exactly n ASCII digits. */
static int
all_digits(const char *s, size_t n)
{
	size_t i;

	if (s == NULL || strlen(s) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* The value of the decimal digits s[0..n). */
static unsigned long long
number(const char *s, size_t n)
{
	unsigned long long v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (unsigned long long)(s[i] - '0');
	return v;
}

/* The month of a NISS without its BIS offset, or -1 when impossible. */
static int
niss_month(const char *s, int *bis)
{
	int mm = (int)number(s + 2, 2);

	*bis = mm >= 20;
	if (mm >= 40)
		mm -= 40;
	else if (mm >= 20)
		mm -= 20;
	/* Month 00 is used when the date of birth is unknown. */
	return mm <= 12 ? mm : -1;
}

static int
niss_check(const char *s, int *bis)
{
	unsigned long long base, cc;

	if (!all_digits(s, 11) || niss_month(s, bis) < 0 || number(s + 4, 2) > 31)
		return 0;
	base = number(s, 9);
	cc = number(s + 9, 2);
	if (number(s + 6, 3) == 0 || number(s + 6, 3) == 999)
		return 0;
	return cc == 97 - base % 97 || cc == 97 - (2000000000ULL + base) % 97;
}

int
ident_niss_valid(const char *s)
{
	int bis;

	return niss_check(s, &bis);
}

int
ident_niss_is_bis(const char *s)
{
	int bis;

	return niss_check(s, &bis) && bis;
}

int
ident_niss_birth(const char *s, int *y, int *m, int *d)
{
	int bis, month;

	if (!niss_check(s, &bis) || (month = niss_month(s, &bis)) == 0 ||
	    number(s + 4, 2) == 0)
		return -1;
	/* The check digits tell the century: the 2000s use 2YYMMDDSSS. */
	*y = (int)number(s, 2) +
	    (number(s + 9, 2) == 97 - number(s, 9) % 97 ? 1900 : 2000);
	*m = month;
	*d = (int)number(s + 4, 2);
	return 0;
}

int
ident_niss_birth_day(const char *s)
{
	int y, m, d, day;

	if (ident_niss_birth(s, &y, &m, &d) < 0 || date_from_ymd(y, m, d, &day) < 0)
		return -1;
	return day;
}

int
ident_niss_female(const char *s)
{
	int bis, mm;

	if (!niss_check(s, &bis))
		return -1;
	/* A BIS number with the month raised by 20 does not know the sex. */
	mm = (int)number(s + 2, 2);
	if (mm >= 20 && mm < 40)
		return -1;
	return number(s + 6, 3) % 2 == 0;
}

void
ident_niss_format(struct buf *out, const char *niss)
{
	if (!all_digits(niss, 11)) {
		buf_adds(out, niss ? niss : "");
		return;
	}
	buf_addf(out, "%.2s.%.2s.%.2s-%.3s.%.2s", niss, niss + 2, niss + 4, niss + 6,
	    niss + 9);
}

int
ident_bce_valid(const char *s)
{
	if (!all_digits(s, 10) || (s[0] != '0' && s[0] != '1'))
		return 0;
	return number(s + 8, 2) == 97 - number(s, 8) % 97;
}

void
ident_bce_format(struct buf *out, const char *bce)
{
	if (!all_digits(bce, 10)) {
		buf_adds(out, bce ? bce : "");
		return;
	}
	buf_addf(out, "%.4s.%.3s.%.3s", bce, bce + 4, bce + 7);
}

/* The IBAN's remainder mod 97 with its first four characters moved last. */
static int
iban_mod97(const char *s, size_t len)
{
	unsigned int rem = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		char c = s[(i + 4) % len];

		if (c >= '0' && c <= '9')
			rem = (rem * 10 + (unsigned int)(c - '0')) % 97;
		else if (c >= 'A' && c <= 'Z')
			rem = (rem * 100 + (unsigned int)(c - 'A' + 10)) % 97;
		else
			return -1;
	}
	return (int)rem;
}

int
ident_iban_valid(const char *s)
{
	size_t len = s ? strlen(s) : 0;
	unsigned long long acc;

	if (len < 15 || len > 34 || !isupper((unsigned char)s[0]) ||
	    !isupper((unsigned char)s[1]) || !isdigit((unsigned char)s[2]) ||
	    !isdigit((unsigned char)s[3]) || iban_mod97(s, len) != 1)
		return 0;
	if (strncmp(s, "BE", 2) != 0)
		return 1;
	/* A Belgian account: 10 digits, then their remainder mod 97 (97 for 0). */
	if (!all_digits(s + 4, 12))
		return 0;
	acc = number(s + 4, 10) % 97;
	return number(s + 14, 2) == (acc == 0 ? 97 : acc);
}

void
ident_iban_format(struct buf *out, const char *iban)
{
	size_t i;

	for (i = 0; iban != NULL && iban[i] != '\0'; i++) {
		if (i > 0 && i % 4 == 0)
			buf_addc(out, ' ');
		buf_addc(out, iban[i]);
	}
}

/* 97 - (n mod 97): the check of BCE numbers, tickets and structured references. */
int
ident_ticket_valid(const char *s)
{
	if (!all_digits(s, 12) || s[0] == '0')
		return 0;
	return number(s + 10, 2) == 97 - number(s, 10) % 97;
}

void
ident_ticket_check(char ticket[13])
{
	unsigned long long cc = 97 - number(ticket, 10) % 97;

	ticket[10] = (char)('0' + cc / 10);
	ticket[11] = (char)('0' + cc % 10);
	ticket[12] = '\0';
}

void
ident_ticket_format(struct buf *out, const char *ticket)
{
	if (!all_digits(ticket, 12)) {
		buf_adds(out, ticket ? ticket : "");
		return;
	}
	buf_addf(out, "%.4s-%.4s-%.4s", ticket, ticket + 4, ticket + 8);
}

static const char code_symbols[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/*
 * The check symbol of 15 symbols: their values weighed 1..15, mod 31. The
 * weights are invertible mod 31, so one wrong symbol or two neighbours
 * swapped change it (unless the two values differ by 31: 0 and Z).
 */
static char
code_check(const char *code)
{
	unsigned sum = 0, i;

	for (i = 0; i < IDENT_CODE_LEN - 1; i++)
		sum += (i + 1) * (unsigned)(strchr(code_symbols, code[i]) - code_symbols);
	return code_symbols[sum % 31];
}

int
ident_code_new(struct buf *out)
{
	unsigned char rnd[IDENT_CODE_LEN - 1];
	char code[IDENT_CODE_LEN + 1];
	size_t i;

	if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
		return -1;
	/* 256 is a multiple of 32: taking 5 bits keeps every symbol equally likely. */
	for (i = 0; i < sizeof(rnd); i++)
		code[i] = code_symbols[rnd[i] & 31];
	code[IDENT_CODE_LEN - 1] = code_check(code);
	code[IDENT_CODE_LEN] = '\0';
	buf_reset(out);
	buf_adds(out, code);
	return 0;
}

int
ident_code_parse(struct buf *out, const char *typed)
{
	const char *p;
	int c;

	buf_reset(out);
	for (p = typed; p != NULL && *p != '\0'; p++) {
		c = toupper((unsigned char)*p);
		if (c == ' ' || c == '-')
			continue;
		if (c == 'O')
			c = '0';
		else if (c == 'I' || c == 'L')
			c = '1';
		if (c == '\0' || strchr(code_symbols, c) == NULL || out->len == IDENT_CODE_LEN)
			return -1;
		buf_addc(out, (char)c);
	}
	return out->len == IDENT_CODE_LEN && code_check(out->ptr) == out->ptr[IDENT_CODE_LEN - 1] ?
	    0 : -1;
}

void
ident_code_format(struct buf *out, const char *code)
{
	if (code == NULL || strlen(code) != IDENT_CODE_LEN ||
	    strspn(code, code_symbols) != IDENT_CODE_LEN) {
		buf_adds(out, code ? code : "");
		return;
	}
	buf_addf(out, "%.4s-%.4s-%.4s-%.4s", code, code + 4, code + 8, code + 12);
}

int
ident_phone_e164(struct buf *out, const char *s)
{
	struct buf digits = BUF_INIT;
	const char *p = s;
	int plus = 0, rc = -1;

	buf_reset(out);
	while (p != NULL && *p == ' ')
		p++;
	if (p != NULL && *p == '+') {
		plus = 1;
		p++;
	}
	for (; p != NULL && *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9')
			buf_addc(&digits, *p);
		else if (strchr(" ./-()", *p) == NULL)
			goto out;
	}
	/* "+32 (0)470...": the trunk 0 in brackets is not dialled from abroad. */
	if (plus && strstr(s, "(0)") != NULL && strncmp(digits.ptr, "320", 3) == 0)
		memmove(digits.ptr + 2, digits.ptr + 3, digits.len-- - 2);
	if (!plus && strncmp(digits.ptr, "00", 2) == 0)
		buf_addf(out, "+%s", digits.ptr + 2);
	else if (!plus && digits.ptr[0] == '0')
		buf_addf(out, "+32%s", digits.ptr + 1);
	else if (plus)
		buf_addf(out, "+%s", digits.ptr);
	else
		goto out;
	if (out->len >= 9 && out->len <= 16 && out->ptr[1] != '0')
		rc = 0;
out:
	if (rc < 0)
		buf_reset(out);
	buf_release(&digits);
	return rc;
}

int
ident_email_valid(const char *s)
{
	const char *at, *dot, *p;

	if (s == NULL || strlen(s) > 254 || (at = strchr(s, '@')) == NULL ||
	    strchr(at + 1, '@') != NULL || at == s || at - s > 64)
		return 0;
	for (p = s; p < at; p++)
		if (*p <= ' ' || *p >= 127 || strchr("\"(),:;<>[\\]", *p) != NULL)
			return 0;
	dot = strrchr(at + 1, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0' || strlen(dot + 1) < 2)
		return 0;
	for (p = at + 1; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '.')
			return 0;
	return strstr(at + 1, "..") == NULL && at[1] != '-' && s[0] != '.' && at[-1] != '.';
}
