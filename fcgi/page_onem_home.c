/* SPDX-License-Identifier: EUPL-1.2 */
#include "pages.h"
#include "req.h"
#include "session.h"
#include "banned.h"

/* GET /onem/: the ONEM agent's home: who is signed in, for which office. */
int
page_onem_home(struct req *r)
{
	xmlNodePtr content = req_page(r, "onem-home");

	xml_text(content, "agent", r->session->family_name);
	xml_text(content, "office", r->session->office);
	return 200;
}
