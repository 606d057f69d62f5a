/* SPDX-License-Identifier: EUPL-1.2 */
#include "pages.h"
#include "req.h"
#include "session.h"
#include "banned.h"

/*
 * GET /accueil: the signed-in person's home in Break@work: who they are,
 * in which role, and where to go next. The header block (NISS, phone,
 * e-mail) comes from the layout.
 */
int
page_home(struct req *r)
{
	xmlNodePtr content = req_page(r, "home");
	xmlNodePtr role = xml_node(content, "role");

	xml_attr(role, "name", role_name(r->session->role));
	if (r->session->bce != NULL)
		xml_attr(role, "bce", r->session->bce);
	if (r->session->mandates != NULL && r->session->mandates[0] != '\0')
		xml_attr(content, "can-switch", "1");
	return 200;
}
