/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * What the attestation pages (fcgi/worker/page_attestations.c) and the
 * public check page (fcgi/page_verify.c) show of an attestation.
 */
#ifndef ATTESTATION_H
#define ATTESTATION_H

#include <libxml/tree.h>

struct db;

/*
 * The attestation with the compact `code` under parent: <attestation code
 * code-display kind issued span-start? span-end?> with <periods><period
 * type motive? regime start end/>..</periods> (dates dd/mm/yyyy). For the
 * public check (`worker` NULL) it adds the holder's initials and nothing
 * else; for the holder (`worker` their NISS: anyone else's is not found)
 * the PDF's size and the <balances> of remaining rights.
 * 0, 1 when there is no such attestation, -1 on error.
 */
int	 attestation_xml(struct db *db, xmlNodePtr parent, const char *code, const char *worker);

#endif
