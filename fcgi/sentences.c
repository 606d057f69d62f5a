/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <string.h>

#include "ident.h"
#include "render.h"
#include "request.h"
#include "sentences.h"
#include "banned.h"

/* The next sentence of `out`, empty. */
static struct buf *
next(struct sentences *out)
{
	struct buf *b = &out->s[out->n++];

	buf_init(b);
	return b;
}

/* "sentence.<prefix>.<code>" as a phrase, into `out`. */
static void
phrase(const struct render *r, const char *lang, const char *prefix, const char *code,
    struct buf *out)
{
	char key[64];

	snprintf(key, sizeof(key), "sentence.%s.%s", prefix, code);
	render_format(r, lang, key, NULL, 0, out);
}

static void
request_sentence(const struct render *r, const char *lang, const struct leave_request *lr,
    struct buf *out)
{
	struct buf what = BUF_INIT, regime = BUF_INIT, allowances = BUF_INIT;
	struct buf start = BUF_INIT, end = BUF_INIT;
	const char *args[5];

	if (lr->type == LEAVE_TIME_CREDIT)
		phrase(r, lang, "motive", motive_code(lr->motive), &what);
	else
		phrase(r, lang, "type", leave_type_code(lr->type), &what);
	phrase(r, lang, "regime", regime_code(lr->regime), &regime);
	/*
	 * The seed says "avec/sans allocations" for time credit; for a
	 * thematic leave allowances are the rule, so only their absence is said.
	 */
	if (lr->type == LEAVE_TIME_CREDIT || lr->type == LEAVE_END_OF_CAREER || !lr->allowances) {
		buf_addc(&allowances, ' ');
		phrase(r, lang, "allowances", lr->allowances ? "yes" : "no", &allowances);
	}
	date_fr(&start, lr->start);
	date_fr(&end, lr->end);
	args[0] = what.ptr;
	args[1] = regime.ptr;
	args[2] = allowances.ptr;
	args[3] = start.ptr;
	args[4] = end.ptr;
	render_format(r, lang, "sentence.request", args, 5, out);
	buf_release(&what);
	buf_release(&regime);
	buf_release(&allowances);
	buf_release(&start);
	buf_release(&end);
}

void
sentences_build(const struct render *r, const char *lang, const struct leave_request *lr,
    struct sentences *out)
{
	struct buf arg = BUF_INIT;
	const char *args[2];

	out->n = 0;
	request_sentence(r, lang, lr, next(out));
	if (lr->concerned != NULL) {
		ident_niss_format(&arg, lr->concerned);
		args[0] = arg.ptr;
		render_format(r, lang, lr->type == LEAVE_PARENTAL ? "sentence.concerned.child" :
		    "sentence.concerned.person", args, 1, next(out));
	}
	if (lr->career_years >= 0) {
		buf_reset(&arg);
		buf_addf(&arg, "%d", lr->career_years);
		args[0] = arg.ptr;
		render_format(r, lang, lr->career_years == 1 ? "sentence.career.one" :
		    "sentence.career", args, 1, next(out));
	}
	if (lr->family_situation != NULL)
		phrase(r, lang, "family", lr->family_situation, next(out));
	if (lr->payment != NULL && strcmp(lr->payment, "account") == 0 && lr->iban != NULL) {
		buf_reset(&arg);
		ident_iban_format(&arg, lr->iban);
		args[0] = arg.ptr;
		args[1] = lr->bic;
		render_format(r, lang, lr->bic != NULL && lr->bic[0] != '\0' ?
		    "sentence.payment.account-bic" : "sentence.payment.account", args, 2,
		    next(out));
	} else if (lr->payment != NULL)
		phrase(r, lang, "payment", "cheque", next(out));
	if (lr->secondary_activity >= 0)
		phrase(r, lang, "secondary", lr->secondary_activity ? "yes" : "no", next(out));
	buf_release(&arg);
}

void
sentences_release(struct sentences *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		buf_release(&s->s[i]);
	s->n = 0;
}
