/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * What the attestation pages (fcgi/worker/page_attestations.c) and the
 * public check page (fcgi/page_verify.c) both show of an attestation.
 */
#ifndef ATTESTATION_H
#define ATTESTATION_H

#include <libxml/tree.h>

struct db;
struct db_rows;

/*
 * One element <name> per row under parent, the row's non-empty cells as
 * the attributes attrs[0..] (NULL-terminated) in column order.
 */
void	 db_rows_xml(xmlNodePtr parent, const char *name, const struct db_rows *rows,
	    const char *const *attrs);

/*
 * The periods attestation `id` names, as <periods><period type motive?
 * regime start end/>... (dates dd/mm/yyyy) under parent. 0 or -1.
 */
int	 attestation_periods_xml(struct db *db, xmlNodePtr parent, const char *id);

#endif
