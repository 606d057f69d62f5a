/* SPDX-License-Identifier: EUPL-1.2 */
#include "attestation.h"
#include "db.h"
#include "ident.h"
#include "req.h"
#include "banned.h"

/*
 * One element <name> per row under parent, the row's non-empty cells as
 * the attributes attrs[0..] (NULL-terminated) in column order.
 */
static void
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

/* Rows of the attestation `id` by `sql` as one <name> per row under <list>. 0 or -1. */
static int
children(struct db *db, xmlNodePtr parent, const char *list, const char *name, const char *sql,
    const char *id, const char *const *attrs)
{
	struct db_rows rows = { 0 };

	if (db_exec(db, &rows, sql, "s", id) < 0)
		return -1;
	db_rows_xml(xml_node(parent, list), name, &rows, attrs);
	db_rows_release(&rows);
	return 0;
}

int
attestation_xml(struct db *db, xmlNodePtr parent, const char *code, const char *worker)
{
	static const char *const sql[2] = {
		"SELECT id, code, kind, DATE_FORMAT(created_at, '%d/%m/%Y'),"
		" DATE_FORMAT(span_start, '%d/%m/%Y'), DATE_FORMAT(span_end, '%d/%m/%Y'), initials,"
		" LENGTH(pdf) FROM attestation WHERE code = ?",
		"SELECT id, code, kind, DATE_FORMAT(created_at, '%d/%m/%Y'),"
		" DATE_FORMAT(span_start, '%d/%m/%Y'), DATE_FORMAT(span_end, '%d/%m/%Y'), initials,"
		" LENGTH(pdf) FROM attestation WHERE code = ? AND worker_niss = ?",
	};
	static const char *const periods[] = { "type", "motive", "regime", "start", "end", NULL };
	static const char *const balances[] = { "type", "motive", "concerned", "regimes", "unit",
		"used", "remaining", "max", "used-days", "remaining-days", NULL };
	struct db_rows rows = { 0 };
	struct buf shown = BUF_INIT;
	xmlNodePtr n;
	const char *id;
	int rc = -1;

	if (db_exec(db, &rows, sql[worker != NULL], worker != NULL ? "ss" : "s", code, worker) < 0)
		goto out;
	rc = 1;
	if (rows.nrows != 1)
		goto out;
	id = db_cell(&rows, 0, 0);
	n = xml_node(parent, "attestation");
	ident_code_format(&shown, db_cell(&rows, 0, 1));
	xml_attr(n, "code", db_cell(&rows, 0, 1));
	xml_attr(n, "code-display", shown.ptr);
	xml_attr(n, "kind", db_cell(&rows, 0, 2));
	xml_attr(n, "issued", db_cell(&rows, 0, 3));
	if (db_cell(&rows, 0, 4) != NULL) {
		xml_attr(n, "span-start", db_cell(&rows, 0, 4));
		xml_attr(n, "span-end", db_cell(&rows, 0, 5));
	}
	/* The public check shows the initials; the holder's page, the balances and the PDF. */
	if (worker == NULL)
		xml_attr(n, "initials", db_cell(&rows, 0, 6));
	else
		xml_attr(n, "size", db_cell(&rows, 0, 7));
	rc = children(db, n, "periods", "period", "SELECT type, motive, regime,"
	    " DATE_FORMAT(start_date, '%d/%m/%Y'), DATE_FORMAT(end_date, '%d/%m/%Y')"
	    " FROM attestation_period WHERE attestation_id = ? ORDER BY seq", id, periods) < 0 ||
	    (worker != NULL && children(db, n, "balances", "balance", "SELECT type, motive,"
	    " concerned, regimes, unit, used, remaining, max, NULLIF(used_days, 0),"
	    " NULLIF(remaining_days, 0) FROM attestation_balance WHERE attestation_id = ?"
	    " ORDER BY seq", id, balances) < 0) ? -1 : 0;
out:
	db_rows_release(&rows);
	buf_release(&shown);
	return rc;
}
