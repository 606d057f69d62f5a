/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The request told in the seed's sentences, in the reader's language:
 * "La demande concerne un crédit-temps dans le système fin de carrière,
 * réduction des prestations d'un cinquième-temps sans allocations, du
 * 15/05/2020 au 30/04/2022.", "Vous avez une carrière professionnelle de
 * 25 ans comme travailleur salarié.", "Vous êtes cohabitant.", "Vous
 * souhaitez le paiement par chèque circulaire."
 *
 * Every word comes from the catalogues (keys "sentence.*"); the preview,
 * the acknowledgement, its PDF and the attachment pages share them.
 */
#ifndef SENTENCES_H
#define SENTENCES_H

#include "buf.h"

struct render;
struct leave_request;

#define SENTENCES_MAX 8

struct sentences {
	struct buf	 s[SENTENCES_MAX];
	size_t		 n;
};

/*
 * The sentences of `lr` in `lang`: first the request itself (the
 * employer's part), then the worker's answers that are known.
 */
void	 sentences_build(const struct render *r, const char *lang,
	    const struct leave_request *lr, struct sentences *out);
void	 sentences_release(struct sentences *s);

#endif
