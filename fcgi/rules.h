/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The rules of the law on career interruption, time credit and thematic
 * leave, judged at entry (the employer's part, the worker's part, the XML
 * channel) and used to count the remaining rights.
 *
 * Every limit lives in one table in rules.c; each row carries the date
 * from which it applies, and a request is judged by the rows in force on
 * its start date. No handler holds a condition of the law.
 *
 * A finding names the form field it concerns, a catalogue key whose text
 * explains the rule in plain words, and up to three numbers the text
 * refers to as {1} {2} {3} (see i18n_format()).
 */
#ifndef RULES_H
#define RULES_H

#include <stddef.h>

#include "leave.h"

/* A request filed earlier by the same worker, as it counts against the rights. */
struct rule_usage {
	enum leave_type	 type;
	enum motive	 motive;
	enum regime	 regime;
	int		 start, end;	/* day numbers, inclusive */
	const char	*concerned;	/* NISS of the child/patient/person helped, or NULL */
};

struct rule_input {
	enum leave_type	 type;
	enum motive	 motive;
	enum regime	 regime;
	int		 start, end;	/* day numbers, inclusive */
	int		 filed;		/* day of filing (today) */
	int		 allowances;	/* 1: allowances are asked */
	int		 work_percent;	/* work regime before the reduction, % of a full-time job (1..100) */
	int		 worker_birth;	/* day number, from the worker's NISS; -1 unknown */
	int		 worker_female;	/* 1 female, 0 male, -1 unknown (BIS) */
	const char	*concerned;	/* compact NISS of the child/patient/person helped, or NULL */
	int		 concerned_birth; /* from that NISS; -1 unknown */
	int		 handicapped_child; /* the child has a recognised handicap */
	int		 career_years;	/* the worker's career as a salaried worker; -1 not known yet */
	const struct rule_usage *earlier; /* the worker's other requests that count */
	size_t		 nearlier;
};

#define RULES_MAX_FINDINGS 16

struct rule_finding {
	const char	*field;		/* form field: "type", "motive", "regime", "start", "end", "concerned", "work_percent", "allowances", "career_years" */
	const char	*key;		/* catalogue key, "rule.*" */
	long		 arg[3];
	int		 warning;	/* 1: shown, but the request may go on */
};

struct rule_result {
	struct rule_finding	 f[RULES_MAX_FINDINGS];
	size_t			 n;
	size_t			 nerrors;
};

/*
 * Judge `in`; fills `out` and returns the number of errors (warnings are
 * not errors). A rule that needs something not known yet (career_years
 * -1 during the employer's part) is skipped, and judged again later.
 */
size_t	 rules_check(const struct rule_input *in, struct rule_result *out);

/* Whether the type takes a person concerned (child, patient, person helped). */
int	 rules_needs_concerned(enum leave_type type, enum motive motive);
/* Regimes the type allows on `day` as a REGIME_BIT mask. */
unsigned rules_regimes(enum leave_type type, enum motive motive, int day);

/*
 * What is used and what remains of one maximum, in months (days when
 * `days`) of the regimes in `regimes`, which all weigh the same against it.
 * `motive` is MOTIVE_NONE when the maximum covers all motives (or the type
 * has none); `concerned` is NULL for a maximum over the whole career, else
 * it points into the usage it was read from.
 */
struct rule_balance {
	enum leave_type	 type;
	enum motive	 motive;
	const char	*concerned;
	unsigned	 regimes;	/* REGIME_BIT mask */
	int		 days;		/* 1: the figures count days */
	int		 used_months;
	int		 remaining_months;
	int		 max_months;	/* used + remaining */
	/*
	 * Days beyond the whole months (0..29, a month counting 30 days):
	 * regimes that weigh differently can leave part of a month, e.g. a
	 * month of half-time medical assistance is half a month at 1/1.
	 */
	int		 used_days;
	int		 remaining_days;
};

/*
 * The balances of the maxima in force on `day` for a worker whose counting
 * requests are usage[0..n): one per career maximum, and one per person
 * concerned found in `usage` for the maxima per person. Writes at most
 * `max` into `out` and returns how many there are, like snprintf().
 */
size_t	 rules_balances(const struct rule_usage *usage, size_t n, int day,
	    struct rule_balance *out, size_t max);

#endif
