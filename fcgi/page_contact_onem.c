/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "pages.h"
#include "req.h"
#include "banned.h"

static const char sql_offices[] =
    "SELECT o.code, o.name_fr, o.name_nl, o.name_de, p.postcode_from, p.postcode_to"
    " FROM onem_office o JOIN onem_office_postcode p ON p.office_id = o.id"
    " ORDER BY o.code, p.postcode_from";

/* The office's name in the page language (French for English pages). */
static const char *
office_name(const struct db_rows *rows, size_t i, const char *lang)
{
	size_t col = strcmp(lang, "nl") == 0 ? 2 : strcmp(lang, "de") == 0 ? 3 : 1;

	return db_cell(rows, i, col);
}

/*
 * GET /contact-onem: how to reach the ONEM, and each office with the
 * ranges of postal codes it serves. 503 when MariaDB does not answer.
 */
int
page_contact_onem(struct req *r)
{
	struct db_rows rows;
	xmlNodePtr content, offices, office = NULL, range;
	size_t i;

	if (db_exec(r->app->db, &rows, sql_offices, "") < 0)
		return 503;
	content = req_page(r, "contact-onem");
	r->shared = 1;
	offices = xml_node(content, "offices");
	for (i = 0; i < rows.nrows; i++) {
		if (i == 0 || strcmp(db_cell(&rows, i, 0), db_cell(&rows, i - 1, 0)) != 0) {
			office = xml_node(offices, "office");
			xml_attr(office, "code", db_cell(&rows, i, 0));
			xml_text(office, "name", office_name(&rows, i, r->lang));
		}
		range = xml_node(office, "postcodes");
		xml_attr(range, "from", db_cell(&rows, i, 4));
		xml_attr(range, "to", db_cell(&rows, i, 5));
	}
	db_rows_release(&rows);
	return 200;
}
