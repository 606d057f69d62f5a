/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The sentence generator against the seed's own sentences (French), and
 * the same request in Dutch, German and English: every word from the
 * shipped catalogues, no key left untranslated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "render.h"
#include "request.h"
#include "sentences.h"

static struct render *rd;

static int
day(const char *s)
{
	int d = -1;

	date_parse(s, &d);
	return d;
}

/* The seed's end-of-career example: 1/5 without allowances, 25 years, cohabitant, cheque. */
static void
seed_request(struct leave_request *lr)
{
	memset(lr, 0, sizeof(*lr));
	lr->type = LEAVE_END_OF_CAREER;
	lr->regime = REGIME_FIFTH;
	lr->start = day("15/05/2020");
	lr->end = day("30/04/2022");
	lr->allowances = 0;
	lr->career_years = 25;
	lr->family_situation = "cohabitant";
	lr->payment = "cheque";
	lr->secondary_activity = -1;
	lr->postcode = -1;
}

static void
sentence_is(const char *lang, const struct leave_request *lr, size_t i, const char *want,
    const char *name)
{
	struct sentences s;

	sentences_build(rd, lang, lr, &s);
	is_str(i < s.n ? s.s[i].ptr : "(none)", want, name);
	sentences_release(&s);
}

/* Every sentence in `lang` is translated: no "sentence." key, no {n} left, ends with '.'. */
static void
translated(const char *lang, const struct leave_request *lr, size_t want_n)
{
	struct sentences s;
	size_t i, bad = 0;

	sentences_build(rd, lang, lr, &s);
	for (i = 0; i < s.n; i++) {
		const char *t = s.s[i].ptr;

		if (strstr(t, "sentence.") != NULL || strchr(t, '{') != NULL ||
		    t[0] == '\0' || t[strlen(t) - 1] != '.') {
			printf("# %s: \"%s\"\n", lang, t);
			bad++;
		}
	}
	ok(s.n == want_n, "%s: %zu sentences", lang, want_n);
	ok(bad == 0, "%s: every sentence translated and complete", lang);
	ok(s.n > 0 && strstr(s.s[0].ptr, "15/05/2020") != NULL &&
	    strstr(s.s[0].ptr, "30/04/2022") != NULL, "%s: the period in the request sentence",
	    lang);
	ok(s.n > 1 && strstr(s.s[1].ptr, "25") != NULL, "%s: the career years", lang);
	sentences_release(&s);
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	char dir[4096], i18n[4200];
	struct leave_request lr;
	struct sentences s;

	plan(27);
	snprintf(dir, sizeof(dir), "%s/xsl", top ? top : ".");
	snprintf(i18n, sizeof(i18n), "%s/i18n", dir);
	render_global_init();
	rd = render_open(dir, "page.xsl", i18n);
	ok(rd != NULL, "the shipped stylesheets and catalogues load");
	if (rd == NULL)
		return done_testing();

	seed_request(&lr);
	sentence_is("fr", &lr, 0, "La demande concerne un crédit-temps dans le système fin de "
	    "carrière, réduction des prestations d'un cinquième-temps sans allocations, du "
	    "15/05/2020 au 30/04/2022.", "fr: the seed's request sentence");
	sentence_is("fr", &lr, 1, "Vous avez une carrière professionnelle de 25 ans comme "
	    "travailleur salarié.", "fr: the seed's career sentence");
	sentence_is("fr", &lr, 2, "Vous êtes cohabitant.", "fr: the seed's family sentence");
	sentence_is("fr", &lr, 3, "Vous souhaitez le paiement par chèque circulaire.",
	    "fr: the seed's payment sentence");

	/* The seed's attachment page: medical assistance half-time, no allowance phrase. */
	memset(&lr, 0, sizeof(lr));
	lr.type = LEAVE_MEDICAL;
	lr.regime = REGIME_HALF;
	lr.start = day("01/06/2018");
	lr.end = day("31/08/2018");
	lr.allowances = 1;
	lr.career_years = -1;
	lr.secondary_activity = -1;
	sentence_is("fr", &lr, 0, "La demande concerne un congé pour assistance médicale, "
	    "réduction des prestations à mi-temps, du 01/06/2018 au 31/08/2018.",
	    "fr: the seed's medical-assistance sentence");
	sentences_build(rd, "fr", &lr, &s);
	ok(s.n == 1, "fr: only the employer's part before the worker answers");
	sentences_release(&s);

	/* With allowances, the seed's "avec allocations". */
	seed_request(&lr);
	lr.allowances = 1;
	lr.start = day("01/05/2024");
	lr.end = day("31/05/2036");
	sentence_is("fr", &lr, 0, "La demande concerne un crédit-temps dans le système fin de "
	    "carrière, réduction des prestations d'un cinquième-temps avec allocations, du "
	    "01/05/2024 au 31/05/2036.", "fr: with allowances");

	/* An account instead of a cheque, and a secondary activity. */
	seed_request(&lr);
	lr.payment = "account";
	lr.iban = "BE68539007547034";
	lr.secondary_activity = 1;
	sentences_build(rd, "fr", &lr, &s);
	ok(s.n == 5 && strstr(s.s[3].ptr, "BE68 5390 0754 7034") != NULL,
	    "fr: the IBAN grouped in the payment sentence");
	ok(s.n == 5 && strstr(s.s[4].ptr, "activité") != NULL, "fr: the secondary activity told");
	sentences_release(&s);

	/* The same request in the three other languages. */
	seed_request(&lr);
	translated("nl", &lr, 4);
	translated("de", &lr, 4);
	translated("en", &lr, 4);
	sentences_build(rd, "nl", &lr, &s);
	ok(s.n > 0 && strncmp(s.s[0].ptr, "De aanvraag betreft", 19) == 0,
	    "nl: the request sentence in Dutch");
	sentences_release(&s);
	sentences_build(rd, "de", &lr, &s);
	ok(s.n > 0 && strncmp(s.s[0].ptr, "Der Antrag betrifft", 19) == 0,
	    "de: the request sentence in German");
	sentences_release(&s);
	sentences_build(rd, "en", &lr, &s);
	ok(s.n > 0 && strncmp(s.s[0].ptr, "The request concerns", 20) == 0,
	    "en: the request sentence in English");
	sentences_release(&s);

	/* Time credit with a motive names the motive; a child's NISS is told. */
	memset(&lr, 0, sizeof(lr));
	lr.type = LEAVE_PARENTAL;
	lr.regime = REGIME_FULL;
	lr.start = day("01/03/2027");
	lr.end = day("31/03/2027");
	lr.allowances = 1;
	lr.concerned = "20010100137";
	lr.career_years = -1;
	lr.secondary_activity = -1;
	sentence_is("fr", &lr, 0, "La demande concerne un congé parental, interruption complète "
	    "des prestations, du 01/03/2027 au 31/03/2027.", "fr: parental leave, full");
	sentence_is("fr", &lr, 1, "Le congé est pris pour l'enfant dont le NISS est "
	    "20.01.01-001.37.", "fr: the child's NISS");

	render_free(rd);
	return done_testing();
}
