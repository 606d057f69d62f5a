/* SPDX-License-Identifier: EUPL-1.2 */
#include "pages.h"
#include "req.h"
#include "session.h"
#include "banned.h"

/*
 * GET /auth/check, called by nginx's auth_request before every protected
 * page: 200 with X-Bw-Session (which nginx hands to the page as the
 * BW_SESSION parameter) when the cookie names a live session, else 401,
 * which nginx turns into the login. When Redis cannot answer the worker
 * never reaches this handler with a session, so it is a 401 too and the
 * login route shows the 503 page: nginx accepts only 2xx/401/403 here.
 */
int
page_auth_check(struct req *r)
{
	if (r->session == NULL)
		return req_send_raw(r, 401, "text/plain; charset=utf-8", "", 0);
	req_header(r, "X-Bw-Session", r->session->id);
	return req_send_raw(r, 200, "text/plain; charset=utf-8", "", 0);
}
