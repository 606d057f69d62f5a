/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "app.h"
#include "auth/login_state.h"
#include "auth/oidc.h"
#include "crypto.h"
#include "pages.h"
#include "req.h"
#include "session.h"
#include "banned.h"

/*
 * The page to return to: ?next=, else the page nginx was asked for when it
 * sent the browser here after a 401 (REQUEST_URI is still that page's).
 */
static const char *
requested_next(struct req *r)
{
	const char *next = kv_get(&r->args, "next");
	const char *uri = req_param(r, "REQUEST_URI");

	if (next == NULL && uri != NULL && strncmp(uri, "/auth/login", 11) != 0)
		next = uri;
	return login_safe_next(next);
}

/*
 * GET /auth/login: start an authorization code flow with PKCE at the
 * provider. 303 to the provider; 503 when Redis or the provider cannot be
 * reached (a page, never a loop).
 */
int
page_auth_login(struct req *r)
{
	struct buf state = BUF_INIT, challenge = BUF_INIT, url = BUF_INIT, cookie = BUF_INIT;
	const char *next = requested_next(r);
	struct login_state ls;
	int status;

	if (r->session != NULL && r->session->role != ROLE_AGENT)
		return req_redirect(r, next);
	if (login_state_begin(r, next, &state, &ls) < 0)
		return 503;
	crypto_pkce_s256(&challenge, ls.verifier);
	if (oidc_authorization_url(r->app->oidc, state.ptr, ls.nonce, challenge.ptr, &url)
	    != OIDC_OK) {
		status = page_show_auth_error(r, "unavailable", 503);
		goto out;
	}
	buf_addf(&cookie, "%s=%s; Path=/auth/; HttpOnly; SameSite=Lax; Max-Age=%d%s",
	    LOGIN_COOKIE, state.ptr, LOGIN_STATE_TTL,
	    req_is_tls(r) ? "; Secure" : "");
	req_header(r, "Set-Cookie", cookie.ptr);
	status = req_redirect(r, url.ptr);
out:
	login_state_release(&ls);
	buf_release(&state);
	buf_release(&challenge);
	buf_release(&url);
	buf_release(&cookie);
	return status;
}
