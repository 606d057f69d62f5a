/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "auth/login_state.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

/* Whether `bce` is one of the session's comma-separated mandates. */
static int
has_mandate(const struct session *s, const char *bce)
{
	const char *p = s->mandates;
	size_t n = strlen(bce);

	while (p != NULL && *p != '\0') {
		if (strncmp(p, bce, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
		p = strchr(p, ',');
		if (p != NULL)
			p++;
	}
	return 0;
}

static void
add_choices(struct req *r, xmlNodePtr content)
{
	const char *p = r->session->mandates;
	xmlNodePtr choices = xml_node(content, "choices"), choice;

	choice = xml_node(choices, "choice");
	xml_attr(choice, "role", "worker");
	while (p != NULL && *p != '\0') {
		const char *end = strchr(p, ',');
		char *bce = end ? xstrndup(p, (size_t)(end - p)) : xstrdup(p);

		choice = xml_node(choices, "choice");
		xml_attr(choice, "role", "employer");
		xml_attr(choice, "bce", bce);
		free(bce);
		p = end ? end + 1 : NULL;
	}
}

/*
 * GET /auth/role: a person who may act as worker and as employer for one
 * or more enterprises chooses how to continue. POST stores the choice
 * (role=worker, or role=employer with bce=) and goes on to ?next=.
 * 400 for a choice the person does not have.
 */
int
page_auth_role(struct req *r)
{
	const char *next = login_safe_next(kv_get(&r->args, "next"));
	xmlNodePtr content;

	if (strcmp(r->method, "POST") == 0) {
		enum role role = role_parse(kv_get(&r->form, "role"));
		const char *bce = kv_get(&r->form, "bce");

		next = login_safe_next(kv_get(&r->form, "next"));
		if (role == ROLE_EMPLOYER && bce != NULL && has_mandate(r->session, bce)) {
			free(r->session->bce);
			r->session->bce = xstrdup(bce);
		} else if (role == ROLE_WORKER) {
			free(r->session->bce);
			r->session->bce = NULL;
		} else
			return 400;
		r->session->role = role;
		if (session_save_role(r) < 0)
			return 503;
		return req_redirect(r, next);
	}
	content = req_page(r, "role");
	xml_text(content, "next", next);
	add_choices(r, content);
	return 200;
}
