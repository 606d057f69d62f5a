/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>
#include <time.h>

#include "buf.h"
#include "leave.h"
#include "banned.h"

/* The stored codes, indexed by the enums of leave.h. */
static const char *const type_codes[LEAVE_NTYPES] = {
	"time-credit", "end-of-career", "parental", "medical", "medical-child",
	"palliative", "caregiver", "public"
};
static const char *const motive_codes[MOTIVE_NMOTIVES] = {
	"", "child", "palliative", "medical", "handicap", "training"
};
static const char *const regime_codes[REGIME_NREGIMES] = {
	"1/1", "1/2", "1/5", "1/10"
};
static const char *const status_codes[STATUS_NSTATUSES] = {
	"partial", "annexes", "sent", "granted", "refused", "cancelled", "withdrawn",
	"processing", "unpaid"
};

/* The code of value v, or "" for a value out of the table. */
static const char *
code_of(const char *const *codes, size_t n, int v)
{
	return v >= 0 && (size_t)v < n ? codes[v] : "";
}

static int
code_find(const char *const *codes, size_t n, const char *code)
{
	size_t i;

	if (code == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(codes[i], code) == 0)
			return (int)i;
	return -1;
}

const char *
leave_type_code(enum leave_type t)
{
	return code_of(type_codes, LEAVE_NTYPES, t);
}

int
leave_type_parse(const char *code)
{
	return code_find(type_codes, LEAVE_NTYPES, code);
}

const char *
motive_code(enum motive m)
{
	return code_of(motive_codes, MOTIVE_NMOTIVES, m);
}

int
motive_parse(const char *code)
{
	return code_find(motive_codes, MOTIVE_NMOTIVES, code == NULL ? "" : code);
}

const char *
regime_code(enum regime r)
{
	return code_of(regime_codes, REGIME_NREGIMES, r);
}

void
regime_list(struct buf *out, unsigned mask)
{
	int r;
	size_t start = out->len;

	for (r = 0; r < REGIME_NREGIMES; r++)
		if (mask & REGIME_BIT(r))
			buf_addf(out, "%s%s", out->len > start ? " " : "", regime_codes[r]);
}

int
regime_parse(const char *code)
{
	return code_find(regime_codes, REGIME_NREGIMES, code);
}

const char *
status_code(enum status s)
{
	return code_of(status_codes, STATUS_NSTATUSES, s);
}

int
status_parse(const char *code)
{
	return code_find(status_codes, STATUS_NSTATUSES, code);
}

int
status_counts(enum status s)
{
	/* Refused, cancelled and withdrawn requests give the months back. */
	return s == STATUS_PARTIAL || s == STATUS_ANNEXES || s == STATUS_SENT ||
	    s == STATUS_PROCESSING || s == STATUS_GRANTED || s == STATUS_UNPAID;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/*
 * Days since 1970-01-01 of a valid date; the "days from civil" method of
 * H. Hinnant: years start in March so that the leap day comes last.
 */
static int
day_number(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int
date_from_ymd(int y, int m, int d, int *day)
{
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > month_days(y, m))
		return -1;
	*day = day_number(y, m, d);
	return 0;
}

void
date_to_ymd(int day, int *y, int *m, int *d)
{
	int z, era, doe, yoe, doy, mp;

	z = day + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* Reads 1 to `max` digits at *s into *v and moves *s past them; -1 when none. */
static int
digits(const char **s, int max, int *v)
{
	int n;

	*v = 0;
	for (n = 0; n < max && **s >= '0' && **s <= '9'; n++, (*s)++)
		*v = *v * 10 + (**s - '0');
	return n > 0 ? n : -1;
}

int
date_parse(const char *s, int *day)
{
	int a, b, c, n;

	if (s == NULL || (n = digits(&s, 4, &a)) < 0)
		return -1;
	if (n == 4 && *s == '-') {
		/* "YYYY-MM-DD": exactly two digits for the month and the day. */
		s++;
		if (digits(&s, 2, &b) != 2 || *s++ != '-' || digits(&s, 2, &c) != 2 ||
		    *s != '\0')
			return -1;
		return date_from_ymd(a, b, c, day);
	}
	/* "DD/MM/YYYY", or "D/M/YYYY" as people type it. */
	if (n > 2 || *s++ != '/' || digits(&s, 2, &b) < 0 || *s++ != '/' ||
	    digits(&s, 4, &c) != 4 || *s != '\0')
		return -1;
	return date_from_ymd(c, b, a, day);
}

void
date_iso(struct buf *out, int day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	buf_addf(out, "%04d-%02d-%02d", y, m, d);
}

void
date_fr(struct buf *out, int day)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	buf_addf(out, "%02d/%02d/%04d", d, m, y);
}

int
date_today(void)
{
	struct tm tm;
	time_t now = time(NULL);

	/* Out of localtime's range, the UTC day is as good as any. */
	if (localtime_r(&now, &tm) == NULL)
		return (int)(now / 86400);
	return day_number(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int
date_add_months(int day, int n)
{
	int y, m, d, months;

	date_to_ymd(day, &y, &m, &d);
	months = y * 12 + (m - 1) + n;
	y = months / 12;
	m = months % 12 + 1;
	if (d > month_days(y, m))
		d = month_days(y, m);
	return day_number(y, m, d);
}

int
date_whole_months(int start, int end)
{
	int ys, ms, ds, ye, me, de, n;

	if (end < start)
		return -1;
	date_to_ymd(start, &ys, &ms, &ds);
	date_to_ymd(end + 1, &ye, &me, &de);
	/* The day after the end falls in the month of start + n months. */
	n = (ye - ys) * 12 + (me - ms);
	return n > 0 && date_add_months(start, n) == end + 1 ? n : -1;
}

int
date_age(int birth, int day)
{
	int yb, mb, db, y, m, d;

	date_to_ymd(birth, &yb, &mb, &db);
	date_to_ymd(day, &y, &m, &d);
	/* Born on 29 February: a year older on 1 March in common years. */
	return y - yb - (m < mb || (m == mb && d < db));
}
