/* SPDX-License-Identifier: EUPL-1.2 */
#include "auth/login_state.h"
#include "../tap.h"

int
main(void)
{
	plan(12);
	is_str(login_safe_next("/demandes"), "/demandes", "a local path is kept");
	is_str(login_safe_next("/demandes/123/pieces?x=1"), "/demandes/123/pieces?x=1",
	    "with segments and a query");
	is_str(login_safe_next(NULL), "/accueil", "nothing asked: the home page");
	is_str(login_safe_next(""), "/accueil", "empty: the home page");
	is_str(login_safe_next("https://evil.example/"), "/accueil", "an absolute URL is refused");
	is_str(login_safe_next("//evil.example/x"), "/accueil", "a scheme-relative URL is refused");
	is_str(login_safe_next("/\\evil.example"), "/accueil", "a backslash trick is refused");
	is_str(login_safe_next("/a\\b"), "/accueil", "any backslash is refused");
	is_str(login_safe_next("/a\r\nLocation: x"), "/accueil", "header injection is refused");
	is_str(login_safe_next("/a b"), "/accueil", "spaces are refused");
	is_str(login_safe_next("javascript:alert(1)"), "/accueil", "a script URL is refused");
	is_str(login_safe_next("/auth/logout"), "/accueil", "never back into the login routes");
	return done_testing();
}
