/* SPDX-License-Identifier: EUPL-1.2 */
#include "attestation.h"
#include "db.h"
#include "req.h"
#include "banned.h"

/* Copy the cells of `rows` into attributes of one <name> per row under parent. */
void
db_rows_xml(xmlNodePtr parent, const char *name, const struct db_rows *rows,
    const char *const *attrs)
{
	xmlNodePtr n;
	size_t i, k;

	for (i = 0; i < rows->nrows; i++) {
		n = xml_node(parent, name);
		for (k = 0; k < rows->ncols && attrs[k] != NULL; k++)
			if (db_cell(rows, i, k) != NULL && db_cell(rows, i, k)[0] != '\0')
				xml_attr(n, attrs[k], db_cell(rows, i, k));
	}
}

int
attestation_periods_xml(struct db *db, xmlNodePtr parent, const char *id)
{
	static const char *const attrs[] = { "type", "motive", "regime", "start", "end", NULL };
	struct db_rows rows = { 0 };

	if (db_exec(db, &rows, "SELECT type, motive, regime, DATE_FORMAT(start_date, '%d/%m/%Y'),"
	    " DATE_FORMAT(end_date, '%d/%m/%Y') FROM attestation_period"
	    " WHERE attestation_id = ? ORDER BY seq", "s", id) < 0)
		return -1;
	db_rows_xml(xml_node(parent, "periods"), "period", &rows, attrs);
	db_rows_release(&rows);
	return 0;
}
