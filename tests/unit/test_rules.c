/* SPDX-License-Identifier: EUPL-1.2 */
/* The limits of the law: each accepted at its bound and refused just past it. */
#include <string.h>

#include "../tap.h"
#include "rules.h"

#define CHILD	"15010112345"
#define OTHER	"17030554321"

static struct rule_usage used[16];
static struct rule_result res;

/* The day of an ISO date the test knows to be valid. */
static int
D(const char *iso)
{
	int day = -999999;

	date_parse(iso, &day);
	return day;
}

/* A request filed on its first day by a full-time worker, nothing known of him. */
static struct rule_input
req(enum leave_type type, enum motive motive, enum regime regime, const char *start,
    const char *end)
{
	struct rule_input in;

	memset(&in, 0, sizeof(in));
	in.type = type;
	in.motive = motive;
	in.regime = regime;
	in.start = D(start);
	in.end = D(end);
	in.filed = in.start;
	in.work_percent = 100;
	in.worker_birth = -1;
	in.worker_female = -1;
	in.concerned_birth = -1;
	in.career_years = -1;
	in.earlier = used;
	return in;
}

/* Adds an earlier request to `in`. */
static void
earlier(struct rule_input *in, enum leave_type type, enum motive motive,
    enum regime regime, const char *start, const char *end, const char *concerned)
{
	struct rule_usage *u = &used[in->nearlier++];

	u->type = type;
	u->motive = motive;
	u->regime = regime;
	u->start = D(start);
	u->end = D(end);
	u->concerned = concerned;
}

/* The key of the first error, "" when the request is accepted. */
static const char *
error(const struct rule_input *in)
{
	size_t i;

	rules_check(in, &res);
	for (i = 0; i < res.n; i++)
		if (!res.f[i].warning)
			return res.f[i].key;
	return "";
}

/* Whether the first finding carries these numbers. */
static int
args(long a, long b, long c)
{
	return res.n > 0 && res.f[0].arg[0] == a && res.f[0].arg[1] == b &&
	    res.f[0].arg[2] == c;
}

static const struct rule_balance *
balance(const struct rule_balance *b, size_t n, enum leave_type type,
    enum motive motive, const char *concerned, enum regime regime)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i].type == type && b[i].motive == motive &&
		    (b[i].regimes & REGIME_BIT(regime)) &&
		    (concerned == NULL ? b[i].concerned == NULL :
		    b[i].concerned != NULL && strcmp(b[i].concerned, concerned) == 0))
			return &b[i];
	return NULL;
}

static void
parental(void)
{
	struct rule_input in;

	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2024-03-01", "2024-06-30");
	in.concerned = CHILD;
	is_str(error(&in), "", "parental 1/1: 4 months accepted");
	in.end = D("2024-07-31");
	is_str(error(&in), "rule.parental.max", "parental 1/1: 5 months refused");
	ok(args(0, 4, 5) && strcmp(res.f[0].field, "end") == 0,
	    "... none used, 4 left, 5 asked, on the end");

	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2024-03-01", "2024-04-30");
	in.concerned = CHILD;
	earlier(&in, LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2023-01-01", "2023-02-28", CHILD);
	is_str(error(&in), "", "parental: 2 months earlier + 2 accepted");
	in.end = D("2024-05-31");
	is_str(error(&in), "rule.parental.max", "parental: 2 months earlier + 3 refused");
	ok(args(2, 2, 3), "... 2 used, 2 left, 3 asked");
	in.concerned = OTHER;
	is_str(error(&in), "", "another child's months do not count");
	in.concerned = NULL;
	is_str(error(&in), "", "no person: the maximum waits for the NISS");

	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_HALF, "2024-03-01", "2024-05-31");
	is_str(error(&in), "rule.parental.half.block", "parental 1/2: 3 months refused");
	ok(args(3, 2, 0), "... 3 asked, blocks of 2");
	in.end = D("2024-04-30");
	is_str(error(&in), "", "parental 1/2: 2 months accepted");
	in.concerned = CHILD;
	in.end = D("2024-10-31");
	is_str(error(&in), "", "parental 1/2: 8 months accepted");
	in.end = D("2024-12-31");
	is_str(error(&in), "rule.parental.max", "parental 1/2: 10 months refused");
	ok(args(0, 8, 10), "... 8 left at 1/2");

	/* A month full-time (10) and 6 half-time (30) fill the 40. */
	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_HALF, "2024-03-01", "2024-08-31");
	in.concerned = CHILD;
	earlier(&in, LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2023-01-01", "2023-01-31", CHILD);
	is_str(error(&in), "", "parental: 1 month 1/1 + 6 months 1/2 accepted");
	in.end = D("2024-10-31");
	is_str(error(&in), "rule.parental.max", "parental: 1 month 1/1 + 8 months 1/2 refused");
	ok(args(2, 6, 8), "... as months at 1/2: 2 used, 6 left, 8 asked");
	earlier(&in, LEAVE_MEDICAL, MOTIVE_NONE, REGIME_FULL, "2022-01-01", "2022-03-31", CHILD);
	in.end = D("2024-08-31");
	is_str(error(&in), "", "medical assistance for the same child does not count");

	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FIFTH, "2024-03-01", "2024-07-31");
	is_str(error(&in), "", "parental 1/5: 5 months accepted");
	in.end = D("2024-06-30");
	is_str(error(&in), "rule.parental.fifth.block", "parental 1/5: 4 months refused");
	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_TENTH, "2024-01-01", "2027-04-30");
	in.concerned = CHILD;
	is_str(error(&in), "", "parental 1/10: 40 months accepted");
	in.end = D("2028-02-29");
	is_str(error(&in), "rule.parental.max", "parental 1/10: 50 months refused");
	in.end = D("2024-10-31");
	in.work_percent = 99;
	is_str(error(&in), "rule.work_percent.full", "parental 1/10 at 99 % refused");
	ok(args(100, 99, 0) && strcmp(res.f[0].field, "work_percent") == 0,
	    "... 100 needed, 99 given, on work_percent");
	in.regime = REGIME_HALF;
	in.end = D("2024-02-29");
	is_str(error(&in), "", "parental 1/2 at 99 %: no condition");

	in = req(LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2024-05-01", "2024-05-31");
	in.concerned_birth = D("2012-05-02");
	is_str(error(&in), "", "child 11 the day before the 12th birthday accepted");
	in.concerned_birth = D("2012-05-01");
	is_str(error(&in), "rule.child_age", "child 12 at the start refused");
	ok(args(12, 12, 0) && strcmp(res.f[0].field, "concerned") == 0,
	    "... under 12, will be 12, on concerned");
	in.handicapped_child = 1;
	is_str(error(&in), "", "handicapped child of 12 accepted");
	in.concerned_birth = D("2003-05-02");
	is_str(error(&in), "", "handicapped child of 20 accepted");
	in.concerned_birth = D("2003-05-01");
	is_str(error(&in), "rule.child_age.handicap", "handicapped child of 21 refused");
}

static void
medical(void)
{
	struct rule_input in;
	int i;

	in = req(LEAVE_MEDICAL, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-03-31");
	is_str(error(&in), "", "medical 1/1: 3 months accepted");
	in.end = D("2024-04-30");
	is_str(error(&in), "rule.medical.length", "medical 1/1: 4 months refused");
	ok(args(4, 1, 3), "... 4 asked, 1 to 3");
	in.regime = REGIME_HALF;
	in.end = D("2024-01-31");
	in.work_percent = 75;
	is_str(error(&in), "", "medical 1/2 at 75 % accepted");
	in.work_percent = 74;
	is_str(error(&in), "rule.work_percent.three_quarters", "medical 1/2 at 74 % refused");
	in.regime = REGIME_FIFTH;
	in.work_percent = 99;
	is_str(error(&in), "rule.work_percent.full", "medical 1/5 at 99 % refused");
	in.regime = REGIME_TENTH;
	is_str(error(&in), "rule.regime.medical", "medical 1/10 refused");
	ok(strcmp(res.f[0].field, "regime") == 0, "... on the regime");

	/* 11 months full-time earlier: 22 of 24. */
	in = req(LEAVE_MEDICAL, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-01-31");
	in.concerned = CHILD;
	for (i = 0; i < 11; i++)
		earlier(&in, LEAVE_MEDICAL, MOTIVE_NONE, REGIME_FULL, "2020-01-01", "2020-01-31",
		    CHILD);
	is_str(error(&in), "", "medical: 11 months + 1 full accepted");
	in.end = D("2024-02-29");
	is_str(error(&in), "rule.medical.max", "medical: 11 months + 2 full refused");
	ok(args(11, 1, 2), "... 11 used, 1 left, 2 asked");
	in.regime = REGIME_HALF;
	is_str(error(&in), "", "medical: 11 months full + 2 half accepted");
	in.end = D("2024-03-31");
	is_str(error(&in), "rule.medical.max", "medical: 11 months full + 3 half refused");
	ok(args(22, 2, 3), "... as partial months: 22 used, 2 left, 3 asked");
}

static void
medical_child(void)
{
	struct rule_input in;

	in = req(LEAVE_MEDICAL_CHILD, MOTIVE_NONE, REGIME_FULL, "2024-01-03", "2024-01-09");
	in.concerned = CHILD;
	is_str(error(&in), "", "hospitalised child: 7 days accepted");
	in.end = D("2024-01-10");
	is_str(error(&in), "rule.medical-child.length", "hospitalised child: 8 days refused");
	ok(args(8, 1, 7), "... 8 asked, 1 to 7");
	in.end = D("2024-01-05");
	is_str(error(&in), "", "3 days: no whole months needed");
	in.end = D("2024-01-09");
	earlier(&in, LEAVE_MEDICAL_CHILD, MOTIVE_NONE, REGIME_FULL, "2023-12-27", "2024-01-02", CHILD);
	is_str(error(&in), "", "7 days + 7 accepted");
	earlier(&in, LEAVE_MEDICAL_CHILD, MOTIVE_NONE, REGIME_FULL, "2023-06-01", "2023-06-01", CHILD);
	is_str(error(&in), "rule.medical-child.max", "8 days + 7 refused");
	ok(args(8, 6, 7), "... 8 used, 6 left, 7 asked");
	in = req(LEAVE_MEDICAL_CHILD, MOTIVE_NONE, REGIME_FULL, "2024-01-03", "2024-01-09");
	in.concerned_birth = D("2006-01-04");
	is_str(error(&in), "", "child of 17 accepted");
	in.concerned_birth = D("2006-01-03");
	is_str(error(&in), "rule.child_age", "child of 18 refused");
	ok(args(18, 18, 0), "... under 18");
	in.regime = REGIME_HALF;
	is_str(error(&in), "rule.regime.medical-child", "hospitalised child at 1/2 refused");
}

static void
palliative(void)
{
	struct rule_input in;

	in = req(LEAVE_PALLIATIVE, MOTIVE_NONE, REGIME_HALF, "2024-01-15", "2024-02-14");
	in.concerned = CHILD;
	is_str(error(&in), "", "palliative 1/2: 1 month accepted");
	in.end = D("2024-03-14");
	is_str(error(&in), "rule.palliative.length", "palliative: 2 months refused");
	in.end = D("2024-02-14");
	earlier(&in, LEAVE_PALLIATIVE, MOTIVE_NONE, REGIME_FULL, "2023-01-01", "2023-01-31", CHILD);
	earlier(&in, LEAVE_PALLIATIVE, MOTIVE_NONE, REGIME_FIFTH, "2023-02-01", "2023-02-28", CHILD);
	is_str(error(&in), "", "palliative: third month accepted, whatever the regimes");
	earlier(&in, LEAVE_PALLIATIVE, MOTIVE_NONE, REGIME_HALF, "2023-03-01", "2023-03-31", CHILD);
	is_str(error(&in), "rule.palliative.max", "palliative: fourth month refused");
	ok(args(3, 0, 1), "... 3 used, none left, 1 asked");
}

static void
caregiver(void)
{
	struct rule_input in;

	in = req(LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2020-08-01", "2020-08-31");
	in.concerned = CHILD;
	is_str(error(&in), "rule.type.unavailable", "caregiver before 2020-09-01 refused");
	in = req(LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2020-09-01", "2020-09-30");
	in.concerned = CHILD;
	is_str(error(&in), "", "caregiver 2020: 1 month full accepted");
	in = req(LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2021-08-01", "2021-09-30");
	in.concerned = CHILD;
	is_str(error(&in), "rule.caregiver.max", "caregiver: 2 months starting 2021-08-01 refused");
	ok(args(0, 1, 2), "... 1 month per person then");
	in.regime = REGIME_HALF;
	is_str(error(&in), "rule.regime.caregiver.2020", "caregiver 1/2 before 2021-09-01 refused");
	is_int(rules_regimes(LEAVE_CAREGIVER, MOTIVE_NONE, D("2021-08-31")), REGIME_BIT(REGIME_FULL),
	    "caregiver regimes on 2021-08-31");
	is_int(rules_regimes(LEAVE_CAREGIVER, MOTIVE_NONE, D("2020-08-31")), 0,
	    "no caregiver regimes on 2020-08-31");

	in = req(LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2021-09-01", "2021-11-30");
	in.concerned = CHILD;
	is_str(error(&in), "", "caregiver: 3 months full starting 2021-09-01 accepted");
	in.end = D("2021-12-31");
	is_str(error(&in), "rule.caregiver.max", "caregiver: 4 months full refused");
	in = req(LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_HALF, "2022-01-01", "2022-02-28");
	in.concerned = CHILD;
	is_str(error(&in), "", "caregiver 1/2: 2 months accepted");
	in.work_percent = 80;
	is_str(error(&in), "rule.work_percent.full", "caregiver 1/2 at 80 % refused");
	in.work_percent = 100;
	in.end = D("2022-03-31");
	is_str(error(&in), "rule.caregiver.partial.block", "caregiver 1/2: 3 months refused");
	in.end = D("2022-02-28");
	/* 2 months full-time weigh 4 of 6: 2 partial months are left. */
	earlier(&in, LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2021-09-01", "2021-10-31", CHILD);
	is_str(error(&in), "", "caregiver: 2 months full + 2 half accepted");
	in.end = D("2022-04-30");
	is_str(error(&in), "rule.caregiver.max", "caregiver: 2 months full + 4 half refused");
	ok(args(4, 2, 4), "... 4 used, 2 left, 4 asked");

	/* Two persons helped 3 months full-time each: the career's 12 are used. */
	in = req(LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2023-01-01", "2023-01-31");
	in.concerned = "90010112345";
	earlier(&in, LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2021-09-01", "2021-11-30", CHILD);
	is_str(error(&in), "", "caregiver: 3 months for one person, then 1 for another accepted");
	earlier(&in, LEAVE_CAREGIVER, MOTIVE_NONE, REGIME_FULL, "2022-01-01", "2022-03-31", OTHER);
	is_str(error(&in), "rule.caregiver.career", "caregiver: over the career maximum refused");
	ok(args(6, 0, 1), "... 6 used, none left, 1 asked");
}

static void
time_credit(void)
{
	struct rule_input in;

	in = req(LEAVE_TIME_CREDIT, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-03-31");
	is_str(error(&in), "rule.motive.missing", "time credit without a motive refused");
	ok(strcmp(res.f[0].field, "motive") == 0, "... on the motive");
	in = req(LEAVE_PARENTAL, MOTIVE_CHILD, REGIME_FULL, "2024-01-01", "2024-01-31");
	is_str(error(&in), "rule.motive.unexpected", "a motive for parental leave refused");

	in = req(LEAVE_TIME_CREDIT, MOTIVE_CHILD, REGIME_FULL, "2024-01-01", "2024-03-31");
	is_str(error(&in), "", "time credit 1/1: 3 months accepted");
	in.end = D("2024-02-29");
	is_str(error(&in), "rule.time-credit.length", "time credit 1/1: 2 months refused");
	ok(args(2, 3, 0), "... 2 asked, 3 at least");
	in.regime = REGIME_FIFTH;
	in.end = D("2024-06-30");
	is_str(error(&in), "", "time credit 1/5: 6 months accepted");
	in.end = D("2024-05-31");
	is_str(error(&in), "rule.time-credit.length", "time credit 1/5: 5 months refused");
	in.regime = REGIME_HALF;
	in.work_percent = 74;
	is_str(error(&in), "rule.work_percent.three_quarters", "time credit 1/2 at 74 % refused");
	in.regime = REGIME_TENTH;
	is_str(error(&in), "rule.regime.time-credit", "time credit 1/10 refused");
	in = req(LEAVE_TIME_CREDIT, MOTIVE_PALLIATIVE, REGIME_FIFTH, "2024-01-01", "2024-01-31");
	is_str(error(&in), "", "palliative motive: 1 month at 1/5 accepted");
	in.end = D("2024-02-29");
	is_str(error(&in), "rule.time-credit.palliative.length", "palliative motive: 2 months refused");
	in = req(LEAVE_TIME_CREDIT, MOTIVE_MEDICAL, REGIME_FULL, "2024-01-01", "2024-03-31");
	is_str(error(&in), "", "medical motive: 3 months accepted");
	in.end = D("2024-04-30");
	is_str(error(&in), "rule.time-credit.medical.length", "medical motive: 4 months refused");
	ok(!rules_needs_concerned(LEAVE_TIME_CREDIT, MOTIVE_CHILD),
	    "time credit counts per worker, not per child");

	in = req(LEAVE_TIME_CREDIT, MOTIVE_CHILD, REGIME_HALF, "2023-02-01", "2023-04-30");
	earlier(&in, LEAVE_TIME_CREDIT, MOTIVE_CHILD, REGIME_FULL, "2015-01-01", "2018-09-30", NULL);
	is_str(error(&in), "", "child motive from 2023-02-01: 45 + 3 months accepted");
	in.end = D("2023-07-31");
	is_str(error(&in), "rule.time-credit.child.max", "child motive: 45 + 6 months refused");
	ok(args(45, 3, 6) && res.nerrors == 1, "... 45 used, 3 left, 6 asked; 51 not passed");
	in.start = D("2023-01-01");
	in.end = D("2023-06-30");
	is_str(error(&in), "", "child motive before 2023-02-01: 45 + 6 months accepted");

	in = req(LEAVE_TIME_CREDIT, MOTIVE_TRAINING, REGIME_FULL, "2024-01-01", "2024-03-31");
	earlier(&in, LEAVE_TIME_CREDIT, MOTIVE_TRAINING, REGIME_FIFTH, "2018-01-01", "2020-09-30", NULL);
	is_str(error(&in), "", "training: 33 + 3 months accepted");
	in.end = D("2024-06-30");
	is_str(error(&in), "rule.time-credit.training.max", "training: 33 + 6 months refused");

	/* Not cumulative: 30 training + 18 child + 3 leave nothing. */
	in = req(LEAVE_TIME_CREDIT, MOTIVE_MEDICAL, REGIME_FULL, "2024-01-01", "2024-03-31");
	earlier(&in, LEAVE_TIME_CREDIT, MOTIVE_TRAINING, REGIME_FULL, "2010-01-01", "2012-06-30", NULL);
	earlier(&in, LEAVE_TIME_CREDIT, MOTIVE_CHILD, REGIME_HALF, "2015-01-01", "2016-06-30", NULL);
	earlier(&in, LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2017-01-01", "2017-04-30", CHILD);
	is_str(error(&in), "", "all motives: 48 + 3 months accepted, thematic leave apart");
	in.motive = MOTIVE_HANDICAP;
	in.end = D("2024-06-30");
	is_str(error(&in), "rule.time-credit.max", "all motives: 48 + 6 months refused");
	ok(args(48, 3, 6), "... 48 used, 3 left, 6 asked");
}

static void
end_of_career(void)
{
	struct rule_input in;

	in = req(LEAVE_END_OF_CAREER, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-03-31");
	is_str(error(&in), "rule.regime.end-of-career", "end of career at 1/1 refused");
	is_int(rules_regimes(LEAVE_END_OF_CAREER, MOTIVE_NONE, D("2024-01-01")),
	    REGIME_BIT(REGIME_HALF) | REGIME_BIT(REGIME_FIFTH), "end of career: 1/2 and 1/5");
	in.regime = REGIME_HALF;
	in.worker_birth = D("1969-01-01");
	is_str(error(&in), "", "end of career 1/2, 55, 3 months accepted");
	in.end = D("2024-02-29");
	is_str(error(&in), "rule.end-of-career.length", "end of career 1/2: 2 months refused");
	in.end = D("2024-03-31");
	in.worker_birth = D("1969-01-02");
	is_str(error(&in), "rule.worker_age", "end of career at 54 refused");
	ok(args(55, 54, 0) && strcmp(res.f[0].field, "start") == 0, "... 55 needed, 54, on start");
	in.regime = REGIME_FIFTH;
	in.worker_birth = D("1960-01-01");
	in.end = D("2024-05-31");
	is_str(error(&in), "rule.end-of-career.length", "end of career 1/5: 5 months refused");
	in.end = D("2024-06-30");
	in.career_years = 10;
	is_str(error(&in), "", "end of career 1/5: 6 months, no allowances, short career accepted");

	in = req(LEAVE_END_OF_CAREER, MOTIVE_NONE, REGIME_FIFTH, "2025-06-01", "2025-11-30");
	in.allowances = 1;
	in.worker_birth = D("1965-06-01");
	in.worker_female = 0;
	in.career_years = 25;
	is_str(error(&in), "", "allowances, 60, career 25, 2025-06-01 accepted");
	in.career_years = 24;
	is_str(error(&in), "rule.career_years", "allowances, career 24 in 2025 refused");
	ok(args(25, 24, 0) && strcmp(res.f[0].field, "career_years") == 0,
	    "... 25 needed, 24, on career_years");
	in.career_years = -1;
	is_str(error(&in), "", "career not known yet: judged later");
	in.worker_birth = D("1965-06-02");
	is_str(error(&in), "rule.worker_age.allowances", "allowances at 59 refused");

	in = req(LEAVE_END_OF_CAREER, MOTIVE_NONE, REGIME_FIFTH, "2026-03-01", "2026-08-31");
	in.allowances = 1;
	in.worker_birth = D("1964-01-01");
	in.worker_female = 0;
	in.career_years = 30;
	is_str(error(&in), "rule.career_years", "2026, man, career 30 refused");
	ok(args(31, 30, 0), "... 31 needed");
	in.career_years = 31;
	is_str(error(&in), "", "2026, man, career 31 accepted");
	in.worker_female = 1;
	in.career_years = 26;
	is_str(error(&in), "", "2026, woman, career 26 accepted");
	in.career_years = 25;
	is_str(error(&in), "rule.career_years", "2026, woman, career 25 refused");
	in.worker_female = -1;
	in.career_years = 26;
	is_str(error(&in), "", "2026, sex unknown: the women's 26 accepted");
	in.worker_female = 0;
	in.start = D("2029-12-01");
	in.end = D("2030-05-31");
	in.career_years = 34;
	is_str(error(&in), "", "December 2029, man, career 34 accepted");
	in.start = D("2030-01-01");
	in.end = D("2030-06-30");
	is_str(error(&in), "rule.career_years", "2030, man, career 34 refused");
	in.career_years = 35;
	is_str(error(&in), "", "2030, man, career 35 accepted");
}

static void
public_sector(void)
{
	struct rule_input in;

	in = req(LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-03-31");
	is_str(error(&in), "", "public: 3 months accepted");
	in.end = D("2024-02-29");
	is_str(error(&in), "rule.public.length", "public: 2 months refused");
	in.end = D("2024-03-31");
	earlier(&in, LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FULL, "2010-01-01", "2014-09-30", NULL);
	is_str(error(&in), "", "public: 57 + 3 months full accepted");
	in.end = D("2024-06-30");
	is_str(error(&in), "rule.public.full.max", "public: 57 + 6 months full refused");
	earlier(&in, LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FULL, "2015-01-01", "2015-03-31", NULL);
	in.regime = REGIME_HALF;
	is_str(error(&in), "", "public: 60 months full, then partial accepted");
	earlier(&in, LEAVE_PUBLIC, MOTIVE_NONE, REGIME_HALF, "2016-01-01", "2018-12-31", NULL);
	earlier(&in, LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FIFTH, "2019-01-01", "2020-10-31", NULL);
	in.regime = REGIME_FIFTH;
	in.end = D("2024-02-29");
	is_str(error(&in), "rule.public.length", "public 1/5: 2 months refused");
	in.end = D("2024-03-31");
	is_str(error(&in), "rule.public.partial.max", "public: 58 + 3 months partial refused");
	ok(args(58, 2, 3), "... 58 used, 2 left, 3 asked");
	in.regime = REGIME_TENTH;
	is_str(error(&in), "rule.regime.public", "public at 1/10 refused");
}

static void
general(void)
{
	struct rule_input in;

	in = req(LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FULL, "2024-03-01", "2024-02-29");
	is_int(rules_check(&in, &res), 1, "end before start: one error");
	ok(strcmp(res.f[0].key, "rule.end.before") == 0 && strcmp(res.f[0].field, "end") == 0,
	    "... on the end");
	in.end = D("2024-06-01");
	is_str(error(&in), "rule.months.whole", "3 months and a day refused");
	is_int(res.n, 1, "... and only that");

	in.end = D("2024-05-31");
	in.filed = D("2024-05-01");
	is_int(rules_check(&in, &res), 0, "filed 2 months after the start: no error");
	is_int(res.n, 0, "... nor warning");
	in.filed = D("2024-05-02");
	is_int(rules_check(&in, &res), 0, "filed 2 months and a day after: no error");
	ok(res.n == 1 && res.f[0].warning && strcmp(res.f[0].key, "rule.start.late") == 0 &&
	    strcmp(res.f[0].field, "start") == 0, "... a warning on the start");

	ok(rules_needs_concerned(LEAVE_PARENTAL, MOTIVE_NONE) &&
	    rules_needs_concerned(LEAVE_MEDICAL, MOTIVE_NONE) &&
	    rules_needs_concerned(LEAVE_MEDICAL_CHILD, MOTIVE_NONE) &&
	    rules_needs_concerned(LEAVE_PALLIATIVE, MOTIVE_NONE) &&
	    rules_needs_concerned(LEAVE_CAREGIVER, MOTIVE_NONE),
	    "thematic leaves take a person concerned");
	ok(!rules_needs_concerned(LEAVE_END_OF_CAREER, MOTIVE_NONE) &&
	    !rules_needs_concerned(LEAVE_PUBLIC, MOTIVE_NONE), "the others do not");
	is_int(rules_regimes(LEAVE_PARENTAL, MOTIVE_NONE, D("2024-01-01")),
	    REGIME_BIT(REGIME_FULL) | REGIME_BIT(REGIME_HALF) | REGIME_BIT(REGIME_FIFTH) |
	    REGIME_BIT(REGIME_TENTH), "parental: all four regimes");
	is_int(rules_regimes(LEAVE_TIME_CREDIT, MOTIVE_NONE, D("2024-01-01")), 0,
	    "time credit without a motive: none");
}

static void
balances(void)
{
	struct rule_input in;
	struct rule_balance b[32];
	const struct rule_balance *p;
	size_t n;

	in = req(LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-01-31");
	earlier(&in, LEAVE_PARENTAL, MOTIVE_NONE, REGIME_FULL, "2023-01-01", "2023-01-31", CHILD);
	earlier(&in, LEAVE_PARENTAL, MOTIVE_NONE, REGIME_HALF, "2023-03-01", "2023-04-30", CHILD);
	earlier(&in, LEAVE_PARENTAL, MOTIVE_NONE, REGIME_TENTH, "2023-05-01", "2024-02-29", OTHER);
	earlier(&in, LEAVE_TIME_CREDIT, MOTIVE_CHILD, REGIME_HALF, "2020-01-01", "2020-10-31", NULL);
	earlier(&in, LEAVE_MEDICAL_CHILD, MOTIVE_NONE, REGIME_FULL, "2024-01-03", "2024-01-05", CHILD);
	n = rules_balances(used, in.nearlier, D("2024-06-01"), b, 32);
	ok(n > 0 && n <= 32, "balances fit");
	p = balance(b, n, LEAVE_PARENTAL, MOTIVE_NONE, CHILD, REGIME_FULL);
	ok(p != NULL && p->used_months == 2 && p->remaining_months == 2 && p->max_months == 4 &&
	    p->regimes == REGIME_BIT(REGIME_FULL), "parental, first child, full: 2 used of 4");
	p = balance(b, n, LEAVE_PARENTAL, MOTIVE_NONE, CHILD, REGIME_TENTH);
	ok(p != NULL && p->used_months == 20 && p->remaining_months == 20,
	    "parental, first child, 1/10: 20 used of 40");
	p = balance(b, n, LEAVE_PARENTAL, MOTIVE_NONE, OTHER, REGIME_FIFTH);
	ok(p != NULL && p->used_months == 5 && p->remaining_months == 15,
	    "parental, second child, 1/5: 5 used of 20");
	p = balance(b, n, LEAVE_TIME_CREDIT, MOTIVE_CHILD, NULL, REGIME_FIFTH);
	ok(p != NULL && p->used_months == 10 && p->max_months == 48 &&
	    p->regimes == (REGIME_BIT(REGIME_FULL) | REGIME_BIT(REGIME_HALF) |
	    REGIME_BIT(REGIME_FIFTH)), "time credit, child: 10 of 48 whatever the regime");
	p = balance(b, n, LEAVE_TIME_CREDIT, MOTIVE_NONE, NULL, REGIME_FULL);
	ok(p != NULL && p->used_months == 10 && p->remaining_months == 41,
	    "time credit, all motives: 41 left");
	p = balance(b, n, LEAVE_CAREGIVER, MOTIVE_NONE, NULL, REGIME_HALF);
	ok(p != NULL && p->used_months == 0 && p->max_months == 12 &&
	    p->regimes == (REGIME_BIT(REGIME_HALF) | REGIME_BIT(REGIME_FIFTH)),
	    "caregiver career, partial: 12 months");
	p = balance(b, n, LEAVE_MEDICAL_CHILD, MOTIVE_NONE, CHILD, REGIME_FULL);
	ok(p != NULL && p->days && p->used_months == 3 && p->remaining_months == 11,
	    "hospitalised child: 3 of 14 days");
	ok(balance(b, n, LEAVE_MEDICAL, MOTIVE_NONE, CHILD, REGIME_FULL) == NULL,
	    "no balance per patient without a request");
	p = balance(b, n, LEAVE_PARENTAL, MOTIVE_NONE, CHILD, REGIME_FULL);
	ok(p != NULL && p->used_days == 0 && p->remaining_days == 0,
	    "parental leave always counts whole months");

	/* Medical assistance: a month at 1/1 weighs two months of reduction. */
	in = req(LEAVE_PUBLIC, MOTIVE_NONE, REGIME_FULL, "2024-01-01", "2024-01-31");
	earlier(&in, LEAVE_MEDICAL, MOTIVE_NONE, REGIME_FULL, "2023-01-01", "2023-01-31", CHILD);
	earlier(&in, LEAVE_MEDICAL, MOTIVE_NONE, REGIME_HALF, "2023-03-01", "2023-03-31", CHILD);
	n = rules_balances(used, in.nearlier, D("2024-06-01"), b, 32);
	p = balance(b, n, LEAVE_MEDICAL, MOTIVE_NONE, CHILD, REGIME_FULL);
	ok(p != NULL && p->used_months == 1 && p->used_days == 15 && p->remaining_months == 10 &&
	    p->remaining_days == 15 && p->max_months == 12,
	    "medical, 1 month 1/1 + 1 month 1/2: 1 month 15 days used, 10 months 15 days left of 12");
	p = balance(b, n, LEAVE_MEDICAL, MOTIVE_NONE, CHILD, REGIME_HALF);
	ok(p != NULL && p->used_months == 3 && p->used_days == 0 && p->remaining_months == 21 &&
	    p->remaining_days == 0 && p->max_months == 24,
	    "... = 3 months used, 21 left of 24 months of reduction");
	is_int(rules_balances(used, in.nearlier, D("2024-06-01"), NULL, 0), n,
	    "counted without room, like snprintf");
}

int
main(void)
{
	plan(159);
	parental();
	medical();
	medical_child();
	palliative();
	caregiver();
	time_credit();
	end_of_career();
	public_sector();
	general();
	balances();
	return done_testing();
}
