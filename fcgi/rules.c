/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "rules.h"
#include "banned.h"

enum kind {
	K_TYPE,		/* the type exists, for `motives`; `key` lists its regimes */
	K_LENGTH,	/* a regime allowed: min..max months (days) by `step`, each weighing `weight` */
	K_PERCENT,	/* the regime needs a job of at least `min` % of a full-time one */
	K_PER_PERSON,	/* at most `max` weighed months per person concerned */
	K_CAREER,	/* at most `max` weighed months over the career */
	K_CHILD_AGE,	/* the person concerned is under `max` years at the start */
	K_WORKER_AGE,	/* the worker is `min` years or more at the start */
	K_CAREER_YEARS,	/* the worker has a career of `min` years or more */
	K_NKINDS
};

/* A row for some cases only: ANY, or the answer it is for. */
enum either { ANY, NO, YES };

/*
 * One limit of the law. A row holds for the requests of `type` with a
 * motive in `motives` and a regime in `regimes` (0: every regime) that
 * start between `from` and `to` (ISO dates, inclusive; NULL: no bound).
 * The weight makes the regimes comparable: a month of parental leave
 * counts 10 full-time, 5 half-time, 2 at 1/5 and 1 at 1/10, against a
 * maximum of 40 per child.
 */
struct limit {
	const char	*from, *to;
	enum leave_type	 type;
	unsigned	 motives;
	unsigned	 regimes;
	enum kind	 kind;
	enum either	 allowances, female, handicap;
	int		 days;		/* K_LENGTH: the length counts days, not months */
	int		 min, max, step, weight;
	const char	*key;		/* what the finding says; NULL: cannot fail */
};

#define MBIT(m)	(1u << (m))
#define NONE	MBIT(MOTIVE_NONE)
#define LONG_TC	(MBIT(MOTIVE_CHILD) | MBIT(MOTIVE_HANDICAP) | MBIT(MOTIVE_TRAINING))
#define ALL_TC	(LONG_TC | MBIT(MOTIVE_PALLIATIVE) | MBIT(MOTIVE_MEDICAL))
#define FULL	REGIME_BIT(REGIME_FULL)
#define HALF	REGIME_BIT(REGIME_HALF)
#define FIFTH	REGIME_BIT(REGIME_FIFTH)
#define TENTH	REGIME_BIT(REGIME_TENTH)
#define PART	(HALF | FIFTH)

/* The sources are those of domain-breakatwork.md §1. */
static const struct limit limits[] = {
	/* Parental leave, per child, the forms combined [O10][O11][S28]. */
	{ .kind = K_TYPE, .type = LEAVE_PARENTAL, .motives = NONE,
	    .key = "rule.regime.parental" },
	{ .kind = K_LENGTH, .type = LEAVE_PARENTAL, .motives = NONE, .regimes = FULL,
	    .min = 1, .step = 1, .weight = 10 },
	{ .kind = K_LENGTH, .type = LEAVE_PARENTAL, .motives = NONE, .regimes = HALF,
	    .min = 2, .step = 2, .weight = 5, .key = "rule.parental.half.block" },
	{ .kind = K_LENGTH, .type = LEAVE_PARENTAL, .motives = NONE, .regimes = FIFTH,
	    .min = 5, .step = 5, .weight = 2, .key = "rule.parental.fifth.block" },
	{ .kind = K_LENGTH, .type = LEAVE_PARENTAL, .motives = NONE, .regimes = TENTH,
	    .min = 10, .step = 10, .weight = 1, .key = "rule.parental.tenth.block" },
	{ .kind = K_PERCENT, .type = LEAVE_PARENTAL, .motives = NONE, .regimes = TENTH,
	    .min = 100, .key = "rule.work_percent.full" },
	{ .kind = K_PER_PERSON, .type = LEAVE_PARENTAL, .motives = NONE,
	    .max = 40, .key = "rule.parental.max" },
	{ .kind = K_CHILD_AGE, .type = LEAVE_PARENTAL, .motives = NONE, .handicap = NO,
	    .max = 12, .key = "rule.child_age" },
	{ .kind = K_CHILD_AGE, .type = LEAVE_PARENTAL, .motives = NONE, .handicap = YES,
	    .max = 21, .key = "rule.child_age.handicap" },

	/* Medical assistance, per patient: 12 months full or 24 partial [S22][S21]. */
	{ .kind = K_TYPE, .type = LEAVE_MEDICAL, .motives = NONE,
	    .key = "rule.regime.medical" },
	{ .kind = K_LENGTH, .type = LEAVE_MEDICAL, .motives = NONE, .regimes = FULL,
	    .min = 1, .max = 3, .weight = 2, .key = "rule.medical.length" },
	{ .kind = K_LENGTH, .type = LEAVE_MEDICAL, .motives = NONE, .regimes = PART,
	    .min = 1, .max = 3, .weight = 1, .key = "rule.medical.length" },
	{ .kind = K_PERCENT, .type = LEAVE_MEDICAL, .motives = NONE, .regimes = HALF,
	    .min = 75, .key = "rule.work_percent.three_quarters" },
	{ .kind = K_PERCENT, .type = LEAVE_MEDICAL, .motives = NONE, .regimes = FIFTH,
	    .min = 100, .key = "rule.work_percent.full" },
	{ .kind = K_PER_PERSON, .type = LEAVE_MEDICAL, .motives = NONE,
	    .max = 24, .key = "rule.medical.max" },

	/* A hospitalised minor child: a week, renewable once [O13]. */
	{ .kind = K_TYPE, .type = LEAVE_MEDICAL_CHILD, .motives = NONE,
	    .key = "rule.regime.medical-child" },
	{ .kind = K_LENGTH, .type = LEAVE_MEDICAL_CHILD, .motives = NONE, .regimes = FULL,
	    .days = 1, .min = 1, .max = 7, .weight = 1, .key = "rule.medical-child.length" },
	{ .kind = K_PER_PERSON, .type = LEAVE_MEDICAL_CHILD, .motives = NONE,
	    .max = 14, .key = "rule.medical-child.max" },
	{ .kind = K_CHILD_AGE, .type = LEAVE_MEDICAL_CHILD, .motives = NONE,
	    .max = 18, .key = "rule.child_age" },

	/* Palliative care: a month, twice renewable, per patient [O15][O16][S25]. */
	{ .kind = K_TYPE, .type = LEAVE_PALLIATIVE, .motives = NONE,
	    .key = "rule.regime.palliative" },
	{ .kind = K_LENGTH, .type = LEAVE_PALLIATIVE, .motives = NONE,
	    .regimes = FULL | PART, .min = 1, .max = 1, .weight = 1,
	    .key = "rule.palliative.length" },
	{ .kind = K_PER_PERSON, .type = LEAVE_PALLIATIVE, .motives = NONE,
	    .max = 3, .key = "rule.palliative.max" },

	/* Caregivers: a month per person at first [S42], more since 2021 [S19][S20][O12]. */
	{ .kind = K_TYPE, .type = LEAVE_CAREGIVER, .motives = NONE,
	    .from = "2020-09-01", .to = "2021-08-31", .key = "rule.regime.caregiver.2020" },
	{ .kind = K_LENGTH, .type = LEAVE_CAREGIVER, .motives = NONE, .regimes = FULL,
	    .from = "2020-09-01", .to = "2021-08-31", .min = 1, .weight = 2 },
	{ .kind = K_PER_PERSON, .type = LEAVE_CAREGIVER, .motives = NONE,
	    .from = "2020-09-01", .to = "2021-08-31", .max = 2, .key = "rule.caregiver.max" },
	{ .kind = K_TYPE, .type = LEAVE_CAREGIVER, .motives = NONE,
	    .from = "2021-09-01", .key = "rule.regime.caregiver" },
	{ .kind = K_LENGTH, .type = LEAVE_CAREGIVER, .motives = NONE, .regimes = FULL,
	    .from = "2021-09-01", .min = 1, .weight = 2 },
	{ .kind = K_LENGTH, .type = LEAVE_CAREGIVER, .motives = NONE, .regimes = PART,
	    .from = "2021-09-01", .min = 2, .step = 2, .weight = 1,
	    .key = "rule.caregiver.partial.block" },
	{ .kind = K_PERCENT, .type = LEAVE_CAREGIVER, .motives = NONE, .regimes = PART,
	    .from = "2021-09-01", .min = 100, .key = "rule.work_percent.full" },
	{ .kind = K_PER_PERSON, .type = LEAVE_CAREGIVER, .motives = NONE,
	    .from = "2021-09-01", .max = 6, .key = "rule.caregiver.max" },
	{ .kind = K_CAREER, .type = LEAVE_CAREGIVER, .motives = NONE,
	    .from = "2021-09-01", .max = 12, .key = "rule.caregiver.career" },

	/*
	 * Time credit with a motive: calendar months whatever the regime, not
	 * cumulative [S9][S45][S24]. The care motives have no maximum of their
	 * own: theirs, 51 months, is that of all motives together.
	 */
	{ .kind = K_TYPE, .type = LEAVE_TIME_CREDIT, .motives = ALL_TC,
	    .key = "rule.regime.time-credit" },
	{ .kind = K_LENGTH, .type = LEAVE_TIME_CREDIT, .motives = LONG_TC,
	    .regimes = FULL | HALF, .min = 3, .weight = 1, .key = "rule.time-credit.length" },
	{ .kind = K_LENGTH, .type = LEAVE_TIME_CREDIT, .motives = LONG_TC,
	    .regimes = FIFTH, .min = 6, .weight = 1, .key = "rule.time-credit.length" },
	{ .kind = K_LENGTH, .type = LEAVE_TIME_CREDIT, .motives = MBIT(MOTIVE_PALLIATIVE),
	    .regimes = FULL | PART, .min = 1, .max = 1, .weight = 1,
	    .key = "rule.time-credit.palliative.length" },
	{ .kind = K_LENGTH, .type = LEAVE_TIME_CREDIT, .motives = MBIT(MOTIVE_MEDICAL),
	    .regimes = FULL | PART, .min = 1, .max = 3, .weight = 1,
	    .key = "rule.time-credit.medical.length" },
	{ .kind = K_PERCENT, .type = LEAVE_TIME_CREDIT, .motives = ALL_TC, .regimes = HALF,
	    .min = 75, .key = "rule.work_percent.three_quarters" },
	{ .kind = K_PERCENT, .type = LEAVE_TIME_CREDIT, .motives = ALL_TC, .regimes = FIFTH,
	    .min = 100, .key = "rule.work_percent.full" },
	{ .kind = K_CAREER, .type = LEAVE_TIME_CREDIT, .motives = ALL_TC,
	    .max = 51, .key = "rule.time-credit.max" },
	{ .kind = K_CAREER, .type = LEAVE_TIME_CREDIT, .motives = MBIT(MOTIVE_CHILD),
	    .from = "2023-02-01", .max = 48, .key = "rule.time-credit.child.max" },
	{ .kind = K_CAREER, .type = LEAVE_TIME_CREDIT, .motives = MBIT(MOTIVE_TRAINING),
	    .max = 36, .key = "rule.time-credit.training.max" },

	/* End-of-career time credit: no maximum, until the pension [S-PM][O22][S12][S11]. */
	{ .kind = K_TYPE, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .key = "rule.regime.end-of-career" },
	{ .kind = K_LENGTH, .type = LEAVE_END_OF_CAREER, .motives = NONE, .regimes = HALF,
	    .min = 3, .weight = 1, .key = "rule.end-of-career.length" },
	{ .kind = K_LENGTH, .type = LEAVE_END_OF_CAREER, .motives = NONE, .regimes = FIFTH,
	    .min = 6, .weight = 1, .key = "rule.end-of-career.length" },
	{ .kind = K_PERCENT, .type = LEAVE_END_OF_CAREER, .motives = NONE, .regimes = HALF,
	    .min = 75, .key = "rule.work_percent.three_quarters" },
	{ .kind = K_PERCENT, .type = LEAVE_END_OF_CAREER, .motives = NONE, .regimes = FIFTH,
	    .min = 100, .key = "rule.work_percent.full" },
	{ .kind = K_WORKER_AGE, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = NO, .min = 55, .key = "rule.worker_age" },
	{ .kind = K_WORKER_AGE, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .min = 60, .key = "rule.worker_age.allowances" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .to = "2025-12-31", .min = 25, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = NO, .from = "2026-01-01", .to = "2026-12-31",
	    .min = 31, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = YES, .from = "2026-01-01", .to = "2026-12-31",
	    .min = 26, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = NO, .from = "2027-01-01", .to = "2027-12-31",
	    .min = 32, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = YES, .from = "2027-01-01", .to = "2027-12-31",
	    .min = 27, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = NO, .from = "2028-01-01", .to = "2028-12-31",
	    .min = 33, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = YES, .from = "2028-01-01", .to = "2028-12-31",
	    .min = 28, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = NO, .from = "2029-01-01", .to = "2029-12-31",
	    .min = 34, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = YES, .from = "2029-01-01", .to = "2029-12-31",
	    .min = 29, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = NO, .from = "2030-01-01",
	    .min = 35, .key = "rule.career_years" },
	{ .kind = K_CAREER_YEARS, .type = LEAVE_END_OF_CAREER, .motives = NONE,
	    .allowances = YES, .female = YES, .from = "2030-01-01",
	    .min = 30, .key = "rule.career_years" },

	/* Public sector: 60 months full and 60 partial over the career [O24][O36]. */
	{ .kind = K_TYPE, .type = LEAVE_PUBLIC, .motives = NONE,
	    .key = "rule.regime.public" },
	{ .kind = K_LENGTH, .type = LEAVE_PUBLIC, .motives = NONE, .regimes = FULL | PART,
	    .min = 3, .weight = 1, .key = "rule.public.length" },
	{ .kind = K_CAREER, .type = LEAVE_PUBLIC, .motives = NONE, .regimes = FULL,
	    .max = 60, .key = "rule.public.full.max" },
	{ .kind = K_CAREER, .type = LEAVE_PUBLIC, .motives = NONE, .regimes = PART,
	    .max = 60, .key = "rule.public.partial.max" },
};
#define NLIMITS (sizeof(limits) / sizeof(limits[0]))

/* The form field a finding of each kind points at. */
static const char *const kind_field[K_NKINDS] = {
	[K_TYPE] = "regime", [K_LENGTH] = "end", [K_PERCENT] = "work_percent",
	[K_PER_PERSON] = "end", [K_CAREER] = "end", [K_CHILD_AGE] = "concerned",
	[K_WORKER_AGE] = "start", [K_CAREER_YEARS] = "career_years"
};

/* `day` as "YYYY-MM-DD", which sorts like the days: the table's dates compare as strings. */
static void
day_iso(int day, char iso[static 24])
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	/* At most 11 + 6 characters: it cannot be truncated. */
	snprintf(iso, 24, "%04d-%02d-%02d", y, m, d);
}

static int
in_force(const struct limit *l, const char *iso)
{
	return (l->from == NULL || strcmp(l->from, iso) <= 0) &&
	    (l->to == NULL || strcmp(iso, l->to) <= 0);
}

static int
is_for(const struct limit *l, enum leave_type type, unsigned motives, unsigned regimes)
{
	return l->type == type && (l->motives & motives) != 0 &&
	    (l->regimes == 0 || (l->regimes & regimes) != 0);
}

static int
either(enum either want, int yes)
{
	return want == ANY || (want == YES) == (yes != 0);
}

/* The first row of `kind` for the case, in force on `day`, or NULL. */
static const struct limit *
find(enum kind kind, enum leave_type type, unsigned motives, unsigned regimes, int day)
{
	char iso[24];
	size_t i;

	day_iso(day, iso);
	for (i = 0; i < NLIMITS; i++)
		if (limits[i].kind == kind && is_for(&limits[i], type, motives, regimes) &&
		    in_force(&limits[i], iso))
			return &limits[i];
	return NULL;
}

/* The days of start..end, or the months it began (its whole months if whole). */
static int
length(int start, int end, int days)
{
	int n;

	if (days)
		return end - start + 1;
	for (n = 1; date_add_months(start, n) <= end; n++)
		continue;
	return n;
}

/*
 * What an earlier request weighs against maximum `l` (0 when it is not
 * counted there): its length times the weight of its regime by the rules
 * in force when it started.
 */
static long
weighed(const struct limit *l, const struct rule_usage *u, const char *concerned)
{
	const struct limit *len;

	if (!is_for(l, u->type, MBIT(u->motive), REGIME_BIT(u->regime)))
		return 0;
	if (l->kind == K_PER_PERSON &&
	    (u->concerned == NULL || strcmp(u->concerned, concerned) != 0))
		return 0;
	len = find(K_LENGTH, u->type, MBIT(u->motive), REGIME_BIT(u->regime), u->start);
	if (len == NULL)
		return 0;
	return (long)length(u->start, u->end, len->days) * len->weight;
}

static void
add(struct rule_result *out, const char *field, const char *key, long a, long b,
    long c, int warning)
{
	struct rule_finding *f;

	/* Past the array an error is still counted: the request stays refused. */
	if (!warning)
		out->nerrors++;
	if (out->n == RULES_MAX_FINDINGS)
		return;
	f = &out->f[out->n++];
	f->field = field;
	f->key = key;
	f->arg[0] = a;
	f->arg[1] = b;
	f->arg[2] = c;
	f->warning = warning;
}

/*
 * Maximum `l` against the request of `n` months (days) at the regime of
 * `len`. The finding gives, in those months: used, remaining, asked.
 */
static void
check_max(const struct limit *l, const struct limit *len, int n,
    const struct rule_input *in, struct rule_result *out)
{
	long used = 0, left;
	size_t i;

	/* Without a person the caller reports the missing NISS instead. */
	if (l->kind == K_PER_PERSON && in->concerned == NULL)
		return;
	for (i = 0; i < in->nearlier; i++)
		used += weighed(l, &in->earlier[i], in->concerned);
	if (used + (long)n * len->weight <= l->max)
		return;
	left = used < l->max ? (l->max - used) / len->weight : 0;
	add(out, kind_field[l->kind], l->key, l->max / len->weight - left, left, n, 0);
}

/* The conditions on the worker, the person concerned and the past requests. */
static void
check_row(const struct limit *l, const struct limit *len, int n,
    const struct rule_input *in, struct rule_result *out)
{
	const char *field = kind_field[l->kind];
	int age;

	switch (l->kind) {
	case K_PERCENT:
		if (in->work_percent < l->min)
			add(out, field, l->key, l->min, in->work_percent, 0, 0);
		break;
	case K_PER_PERSON:
	case K_CAREER:
		if (n > 0)
			check_max(l, len, n, in, out);
		break;
	case K_CHILD_AGE:
		if (in->concerned_birth == -1)
			break;
		age = date_age(in->concerned_birth, in->start);
		if (age >= l->max)
			add(out, field, l->key, l->max, age, 0, 0);
		break;
	case K_WORKER_AGE:
		if (in->worker_birth == -1)
			break;
		age = date_age(in->worker_birth, in->start);
		if (age < l->min)
			add(out, field, l->key, l->min, age, 0, 0);
		break;
	case K_CAREER_YEARS:
		if (in->career_years != -1 && in->career_years < l->min)
			add(out, field, l->key, l->min, in->career_years, 0, 0);
		break;
	default:
		/* K_TYPE and K_LENGTH were judged first. */
		break;
	}
}

size_t
rules_check(const struct rule_input *in, struct rule_result *out)
{
	const struct limit *type, *len;
	unsigned motive = MBIT(in->motive), regime = REGIME_BIT(in->regime);
	char iso[24];
	size_t i;
	int n;

	memset(out, 0, sizeof(*out));
	if (in->end < in->start) {
		add(out, "end", "rule.end.before", 0, 0, 0, 0);
		goto out;
	}
	if (in->start < date_add_months(in->filed, -2))
		add(out, "start", "rule.start.late", 0, 0, 0, 1);
	if (find(K_TYPE, in->type, ~0u, 0, in->start) == NULL) {
		add(out, "start", "rule.type.unavailable", 0, 0, 0, 0);
		goto out;
	}
	if ((type = find(K_TYPE, in->type, motive, 0, in->start)) == NULL) {
		add(out, "motive", in->motive == MOTIVE_NONE ? "rule.motive.missing" :
		    "rule.motive.unexpected", 0, 0, 0, 0);
		goto out;
	}
	if ((len = find(K_LENGTH, in->type, motive, regime, in->start)) == NULL) {
		add(out, kind_field[K_TYPE], type->key, 0, 0, 0, 0);
		goto out;
	}

	/* n = 0 below: a length the maxima cannot count, already reported. */
	n = len->days ? length(in->start, in->end, 1) :
	    date_whole_months(in->start, in->end);
	if (n < 0) {
		add(out, "end", "rule.months.whole", 0, 0, 0, 0);
		n = 0;
	} else if (n < len->min || (len->max > 0 && n > len->max) ||
	    (len->step > 0 && n % len->step != 0)) {
		add(out, kind_field[K_LENGTH], len->key, n, len->min, len->max, 0);
		n = 0;
	}

	day_iso(in->start, iso);
	for (i = 0; i < NLIMITS; i++) {
		const struct limit *l = &limits[i];

		/* An unknown sex takes the lower, women's, career condition. */
		if (is_for(l, in->type, motive, regime) && in_force(l, iso) &&
		    either(l->allowances, in->allowances) &&
		    either(l->female, in->worker_female != 0) &&
		    either(l->handicap, in->handicapped_child))
			check_row(l, len, n, in, out);
	}
out:
	return out->nerrors;
}

int
rules_needs_concerned(enum leave_type type, enum motive motive)
{
	size_t i;

	for (i = 0; i < NLIMITS; i++)
		if (limits[i].kind == K_PER_PERSON && is_for(&limits[i], type, MBIT(motive), ~0u))
			return 1;
	return 0;
}

unsigned
rules_regimes(enum leave_type type, enum motive motive, int day)
{
	unsigned mask = 0;
	char iso[24];
	size_t i;

	day_iso(day, iso);
	for (i = 0; i < NLIMITS; i++)
		if (limits[i].kind == K_LENGTH && is_for(&limits[i], type, MBIT(motive), ~0u) &&
		    in_force(&limits[i], iso))
			mask |= limits[i].regimes;
	return mask;
}

/* The motive a maximum is for: one, or MOTIVE_NONE for several (or none). */
static enum motive
single_motive(unsigned motives)
{
	int m;

	for (m = 0; m < MOTIVE_NMOTIVES; m++)
		if (motives == MBIT(m))
			return (enum motive)m;
	return MOTIVE_NONE;
}

/* Whether an earlier request counts against `l`, leaving the person aside. */
static int
counted(const struct limit *l, const struct rule_usage *u)
{
	return is_for(l, u->type, MBIT(u->motive), REGIME_BIT(u->regime)) &&
	    (l->kind == K_CAREER || u->concerned != NULL);
}

/* Writes the balance of `l` for `concerned` as months (days) of the regimes of `len`. */
static size_t
balance(const struct limit *l, const struct limit *len, unsigned regimes,
    const char *concerned, const struct rule_usage *usage, size_t n,
    struct rule_balance *out, size_t max, size_t k)
{
	long used = 0, left, w = len->weight;
	size_t i;

	if (k >= max)
		return k + 1;
	for (i = 0; i < n; i++)
		used += weighed(l, &usage[i], concerned);
	/* In the units of the maximum, then in months (days) of these regimes. */
	left = used < l->max ? l->max - used : 0;
	used = l->max - left;
	out[k].type = l->type;
	out[k].motive = single_motive(l->motives);
	out[k].concerned = concerned;
	out[k].regimes = regimes;
	out[k].days = len->days;
	out[k].max_months = (int)(l->max / w);
	out[k].remaining_months = (int)(left / w);
	out[k].used_months = (int)(used / w);
	out[k].remaining_days = len->days ? 0 : (int)(left % w * 30 / w);
	out[k].used_days = len->days ? 0 : (int)(used % w * 30 / w);
	return k + 1;
}

/* The balances of `l` for the regimes `regimes` of `len`: once, or once per person. */
static size_t
balances_of(const struct limit *l, const struct limit *len, unsigned regimes,
    const struct rule_usage *usage, size_t n, struct rule_balance *out,
    size_t max, size_t k)
{
	size_t i, j;

	if (l->kind == K_CAREER)
		return balance(l, len, regimes, NULL, usage, n, out, max, k);
	for (i = 0; i < n; i++) {
		if (!counted(l, &usage[i]))
			continue;
		for (j = 0; j < i; j++)
			if (counted(l, &usage[j]) &&
			    strcmp(usage[j].concerned, usage[i].concerned) == 0)
				break;
		if (j == i)
			k = balance(l, len, regimes, usage[i].concerned, usage, n, out,
			    max, k);
	}
	return k;
}

size_t
rules_balances(const struct rule_usage *usage, size_t n, int day,
    struct rule_balance *out, size_t max)
{
	const struct limit *l, *len, *other;
	unsigned done, same;
	char iso[24];
	size_t i, k = 0;
	int r, s;

	day_iso(day, iso);
	for (i = 0; i < NLIMITS; i++) {
		l = &limits[i];
		if ((l->kind != K_PER_PERSON && l->kind != K_CAREER) || !in_force(l, iso))
			continue;
		/* One balance per group of regimes that weigh the same. */
		done = 0;
		for (r = 0; r < REGIME_NREGIMES; r++) {
			len = find(K_LENGTH, l->type, l->motives, REGIME_BIT(r), day);
			if ((done & REGIME_BIT(r)) || len == NULL || !is_for(l, l->type,
			    l->motives, REGIME_BIT(r)))
				continue;
			same = 0;
			for (s = r; s < REGIME_NREGIMES; s++) {
				other = find(K_LENGTH, l->type, l->motives, REGIME_BIT(s), day);
				if (other != NULL && other->weight == len->weight &&
				    is_for(l, l->type, l->motives, REGIME_BIT(s)))
					same |= REGIME_BIT(s);
			}
			done |= same;
			k = balances_of(l, len, same, usage, n, out, max, k);
		}
	}
	return k;
}
