/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "pages.h"
#include "req.h"
#include "banned.h"

static const char sql_offices[] =
    "SELECT o.code, o.name_fr, o.name_nl, o.name_de, o.phone, o.email,"
    " MIN(p.postcode_from), MAX(p.postcode_to)"
    " FROM onem_office o LEFT JOIN onem_office_postcode p ON p.office_id = o.id"
    " GROUP BY o.id ORDER BY o.name_fr";

/* The office's name in the page language (French for English pages). */
static const char *
office_name(const struct db_rows *rows, size_t i, const char *lang)
{
	size_t col = strcmp(lang, "nl") == 0 ? 2 : strcmp(lang, "de") == 0 ? 3 : 1;
	const char *name = db_cell(rows, i, col);

	return name ? name : db_cell(rows, i, 1);
}

/*
 * GET /contact-onem: how to reach the ONEM, and the offices with the postal
 * codes they serve. 503 when MariaDB does not answer.
 */
int
page_contact_onem(struct req *r)
{
	struct db_rows rows;
	xmlNodePtr content, offices, office;
	size_t i;

	if (db_exec(r->app->db, &rows, sql_offices, "") < 0)
		return 503;
	content = req_page(r, "contact-onem");
	offices = xml_node(content, "offices");
	for (i = 0; i < rows.nrows; i++) {
		office = xml_node(offices, "office");
		xml_attr(office, "code", db_cell(&rows, i, 0));
		xml_text(office, "name", office_name(&rows, i, r->lang));
		xml_text(office, "phone", db_cell(&rows, i, 4));
		xml_text(office, "email", db_cell(&rows, i, 5));
		xml_attr(office, "postcode-from", db_cell(&rows, i, 6));
		xml_attr(office, "postcode-to", db_cell(&rows, i, 7));
	}
	db_rows_release(&rows);
	return 200;
}
