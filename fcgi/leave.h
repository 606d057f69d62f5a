/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The vocabulary of a request: kinds of leave, motives, regimes (the
 * fraction of work given up), statuses, and calendar days.
 *
 * Each value has a stable code, the one stored in MariaDB, used in forms
 * and URLs, in the XML channel and in catalogue keys ("leave.type.<code>").
 * Days are counted as a day number: days since 1970-01-01 (proleptic
 * Gregorian), so a period is two ints and its length a subtraction.
 */
#ifndef LEAVE_H
#define LEAVE_H

#include "buf.h"

enum leave_type {
	LEAVE_TIME_CREDIT,	/* "time-credit": crédit-temps avec motif (private sector) */
	LEAVE_END_OF_CAREER,	/* "end-of-career": crédit-temps fin de carrière */
	LEAVE_PARENTAL,		/* "parental": congé parental */
	LEAVE_MEDICAL,		/* "medical": assistance médicale */
	LEAVE_MEDICAL_CHILD,	/* "medical-child": assistance à un enfant mineur hospitalisé */
	LEAVE_PALLIATIVE,	/* "palliative": soins palliatifs */
	LEAVE_CAREGIVER,	/* "caregiver": congé pour aidants proches */
	LEAVE_PUBLIC,		/* "public": interruption de carrière (secteur public) */
	LEAVE_NTYPES
};

/* Motives of time credit (LEAVE_TIME_CREDIT only; MOTIVE_NONE otherwise). */
enum motive {
	MOTIVE_NONE,		/* "" */
	MOTIVE_CHILD,		/* "child": care for a child under 8 */
	MOTIVE_PALLIATIVE,	/* "palliative" */
	MOTIVE_MEDICAL,		/* "medical": medical assistance */
	MOTIVE_HANDICAP,	/* "handicap": care of a handicapped child */
	MOTIVE_TRAINING,	/* "training": recognised training */
	MOTIVE_NMOTIVES
};

enum regime {
	REGIME_FULL,		/* "1/1": full interruption */
	REGIME_HALF,		/* "1/2" */
	REGIME_FIFTH,		/* "1/5" */
	REGIME_TENTH,		/* "1/10" */
	REGIME_NREGIMES
};
#define REGIME_BIT(r)	(1u << (r))

enum status {
	STATUS_PARTIAL,		/* "partial": Partiel — the employer's part is filed */
	STATUS_ANNEXES,		/* "annexes": En attente des annexes */
	STATUS_SENT,		/* "sent": sent to the ONEM, reception date set */
	STATUS_GRANTED,		/* "granted" */
	STATUS_REFUSED,		/* "refused" */
	STATUS_CANCELLED,	/* "cancelled": by the worker */
	STATUS_WITHDRAWN,	/* "withdrawn": by the employer */
	STATUS_PROCESSING,	/* "processing": taken in hand by the ONEM office */
	STATUS_UNPAID,		/* "unpaid": granted without allowances */
	STATUS_NSTATUSES
};

/* Codes <-> values. The parsers return -1 for an unknown code. */
const char	*leave_type_code(enum leave_type t);
int		 leave_type_parse(const char *code);
const char	*motive_code(enum motive m);
int		 motive_parse(const char *code);	/* "" and NULL give MOTIVE_NONE */
const char	*regime_code(enum regime r);
int		 regime_parse(const char *code);
/* The codes of the regimes in `mask` (REGIME_BIT), space-separated: "1/2 1/5". */
void		 regime_list(struct buf *out, unsigned mask);
const char	*status_code(enum status s);
int		 status_parse(const char *code);

/* Whether a request in status `s` still counts against the worker's rights. */
int		 status_counts(enum status s);

/*
 * Calendar days. date_parse() accepts "YYYY-MM-DD" (forms' <input
 * type=date>, SQL, XML) and "DD/MM/YYYY" (what people type); it returns 0
 * and sets *day, or -1 for anything else, including 31/02.
 */
int		 date_parse(const char *s, int *day);
int		 date_from_ymd(int y, int m, int d, int *day);	/* 0, or -1 when invalid */
void		 date_to_ymd(int day, int *y, int *m, int *d);
void		 date_iso(struct buf *out, int day);	/* "2024-05-01" */
void		 date_fr(struct buf *out, int day);	/* "01/05/2024" */
int		 date_today(void);			/* in Europe/Brussels */
/* `day` moved by `n` calendar months, clamped to the month's end (31/01 + 1 = 28/02 or 29/02). */
int		 date_add_months(int day, int n);
/*
 * Whole months from `start` to `end` inclusive when the period is exactly
 * n months (end = start + n months - 1 day), else -1.
 * 01/03/2024-31/03/2024 = 1, 15/05/2020-14/11/2020 = 6.
 */
int		 date_whole_months(int start, int end);
/* Age in completed years on `day` of someone born on `birth`. */
int		 date_age(int birth, int day);

#endif
