/* SPDX-License-Identifier: EUPL-1.2 */
/* Codes of types, motives, regimes and statuses; calendar days. */
#include "../tap.h"
#include "buf.h"
#include "leave.h"

/* The day of an ISO date the test knows to be valid. */
static int
D(const char *iso)
{
	int day = -999999;

	date_parse(iso, &day);
	return day;
}

static void
parse_is(const char *s, const char *want)
{
	struct buf b = BUF_INIT;
	int day;

	if (date_parse(s, &day) == 0)
		date_iso(&b, day);
	is_str(b.ptr, want, s);
	buf_release(&b);
}

int
main(void)
{
	struct buf b = BUF_INIT;
	int day, y, m, d;

	plan(69);

	is_str(leave_type_code(LEAVE_MEDICAL_CHILD), "medical-child", "type code");
	is_int(leave_type_parse("caregiver"), LEAVE_CAREGIVER, "type parse");
	is_int(leave_type_parse("Caregiver"), -1, "type codes are case sensitive");
	is_int(leave_type_parse(NULL), -1, "type parse NULL");
	is_str(motive_code(MOTIVE_NONE), "", "no motive is the empty code");
	is_int(motive_parse(""), MOTIVE_NONE, "empty motive");
	is_int(motive_parse(NULL), MOTIVE_NONE, "NULL motive");
	is_int(motive_parse("training"), MOTIVE_TRAINING, "motive parse");
	is_int(motive_parse("holiday"), -1, "unknown motive");
	is_str(regime_code(REGIME_TENTH), "1/10", "regime code");
	is_int(regime_parse("1/5"), REGIME_FIFTH, "regime parse");
	is_int(regime_parse("1/3"), -1, "unknown regime");
	is_str(status_code(STATUS_WITHDRAWN), "withdrawn", "status code");
	is_int(status_parse("annexes"), STATUS_ANNEXES, "status parse");
	is_str(leave_type_code(LEAVE_NTYPES), "", "type out of range has no code");
	ok(status_counts(STATUS_PARTIAL) && status_counts(STATUS_ANNEXES) &&
	    status_counts(STATUS_SENT) && status_counts(STATUS_GRANTED) &&
	    status_counts(STATUS_PROCESSING) && status_counts(STATUS_UNPAID),
	    "open and granted requests count");
	ok(!status_counts(STATUS_REFUSED) && !status_counts(STATUS_CANCELLED) &&
	    !status_counts(STATUS_WITHDRAWN), "refused, cancelled, withdrawn do not");

	is_int(D("1970-01-01"), 0, "day 0 is 1970-01-01");
	is_int(D("1970-01-02"), 1, "day 1");
	is_int(D("1969-12-31"), -1, "the day before is -1");
	is_int(D("2000-03-01") - D("2000-02-28"), 2, "2000 is a leap year");
	is_int(D("1900-03-01") - D("1900-02-28"), 1, "1900 is not");
	is_int(D("2024-03-01") - D("2024-02-28"), 2, "2024 is a leap year");
	is_int(D("2100-03-01") - D("2100-02-28"), 1, "2100 is not");
	is_int(D("2025-01-01") - D("2024-01-01"), 366, "2024 has 366 days");
	is_int(D("1900-01-01"), -25567, "1900-01-01");
	date_to_ymd(D("2199-12-31"), &y, &m, &d);
	ok(y == 2199 && m == 12 && d == 31, "2199-12-31 round trip");
	date_to_ymd(-25567, &y, &m, &d);
	ok(y == 1900 && m == 1 && d == 1, "1900-01-01 round trip");

	parse_is("2024-05-01", "2024-05-01");
	parse_is("01/05/2024", "2024-05-01");
	parse_is("1/5/2024", "2024-05-01");
	parse_is("29/02/2024", "2024-02-29");
	parse_is("29/02/2023", "");
	parse_is("31/02/2024", "");
	parse_is("2024-02-30", "");
	parse_is("31/04/2024", "");
	parse_is("2024-13-01", "");
	parse_is("2024-00-10", "");
	parse_is("00/05/2024", "");
	parse_is("2024-5-1", "");
	parse_is("2024-05-01x", "");
	parse_is("01/05/24", "");
	parse_is("001/05/2024", "");
	parse_is("1899-12-31", "");
	parse_is("1900-01-01", "1900-01-01");
	parse_is("2200-01-01", "");
	parse_is("", "");
	is_int(date_parse(NULL, &day), -1, "NULL refused");
	is_int(date_from_ymd(2023, 2, 29, &day), -1, "date_from_ymd refuses 29/02/2023");

	date_fr(&b, D("2024-05-01"));
	is_str(b.ptr, "01/05/2024", "date_fr");
	ok(date_today() > D("2024-01-01") && date_today() < D("2199-01-01"), "today is plausible");

	is_int(date_add_months(D("2024-01-31"), 1), D("2024-02-29"), "31/01 + 1 month = 29/02 in a leap year");
	is_int(date_add_months(D("2023-01-31"), 1), D("2023-02-28"), "31/01 + 1 month = 28/02");
	is_int(date_add_months(D("2024-03-31"), -1), D("2024-02-29"), "31/03 - 1 month = 29/02");
	is_int(date_add_months(D("2024-11-15"), 3), D("2025-02-15"), "across the year");
	is_int(date_add_months(D("2024-02-15"), -2), D("2023-12-15"), "back across the year");
	is_int(date_add_months(D("2024-02-29"), 12), D("2025-02-28"), "29/02 + 12 months = 28/02");

	is_int(date_whole_months(D("2024-03-01"), D("2024-03-31")), 1, "March is 1 month");
	is_int(date_whole_months(D("2020-05-15"), D("2020-11-14")), 6, "15/05-14/11 is 6 months");
	is_int(date_whole_months(D("2024-01-01"), D("2024-12-31")), 12, "a year is 12 months");
	is_int(date_whole_months(D("2024-02-01"), D("2024-02-29")), 1, "leap February is 1 month");
	is_int(date_whole_months(D("2020-05-15"), D("2020-11-15")), -1, "one day more is not whole");
	is_int(date_whole_months(D("2020-05-15"), D("2020-11-13")), -1, "one day less is not whole");
	is_int(date_whole_months(D("2024-03-01"), D("2024-02-29")), -1, "end before start");
	is_int(date_whole_months(D("2024-03-01"), D("2024-03-01")), -1, "a day is not a month");

	is_int(date_age(D("2012-05-01"), D("2024-04-30")), 11, "11 the day before the 12th birthday");
	is_int(date_age(D("2012-05-01"), D("2024-05-01")), 12, "12 on the birthday");
	is_int(date_age(D("2008-02-29"), D("2025-02-28")), 16, "born 29/02: not yet 17 on 28/02");
	is_int(date_age(D("2008-02-29"), D("2025-03-01")), 17, "born 29/02: 17 on 01/03");

	buf_release(&b);
	return done_testing();
}
