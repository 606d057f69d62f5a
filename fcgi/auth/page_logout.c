/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>

#include "app.h"
#include "auth/oidc.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "xalloc.h"
#include "banned.h"

/*
 * POST /auth/logout (CSRF-checked by the worker like every POST): end the
 * local session, then the provider's when it offers an end-session
 * endpoint (agents signed in with the directory go to /onem/). 303.
 */
int
page_auth_logout(struct req *r)
{
	struct buf url = BUF_INIT;
	char *hint;
	int status, agent;

	if (r->session == NULL)
		return req_redirect(r, "/");
	agent = r->session->role == ROLE_AGENT;
	hint = r->session->id_token ? xstrdup(r->session->id_token) : NULL;
	if (session_destroy(r) < 0) {
		free(hint);
		return 503;
	}
	if (agent)
		status = req_redirect(r, "/onem/login");
	else if (oidc_end_session_url(r->app->oidc, hint, &url) == 0)
		status = req_redirect(r, url.ptr);
	else
		status = req_redirect(r, "/");
	free(hint);
	buf_release(&url);
	return status;
}
