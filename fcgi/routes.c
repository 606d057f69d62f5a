/* SPDX-License-Identifier: EUPL-1.2 */
#include <stddef.h>

#include "pages.h"
#include "router.h"
#include "banned.h"

const struct route routes[] = {
	{ "GET", "/", page_start, ACCESS_PUBLIC },
	{ "GET", "/healthz", page_healthz, ACCESS_PUBLIC },
	{ "GET", "/contact-onem", page_contact_onem, ACCESS_PUBLIC },
	{ "GET", "/nouveau", page_info, ACCESS_PUBLIC },
	{ "GET", "/accessibilite", page_info, ACCESS_PUBLIC },
	{ "GET", "/cookies", page_info, ACCESS_PUBLIC },
	{ "GET", "/vie-privee", page_info, ACCESS_PUBLIC },
	/* nginx's error_page renders its own errors through these. */
	{ "GET", "/_error/*", page_error, ACCESS_PUBLIC },

	{ "GET", "/auth/login", page_auth_login, ACCESS_PUBLIC },
	{ "GET", "/auth/callback", page_auth_callback, ACCESS_PUBLIC },
	{ "POST", "/auth/logout", page_auth_logout, ACCESS_PUBLIC },
	{ "GET", "/auth/check", page_auth_check, ACCESS_CHECK },
	{ "GET", "/auth/role", page_auth_role, ACCESS_SIGNED_IN },
	{ "POST", "/auth/role", page_auth_role, ACCESS_SIGNED_IN },
	{ "GET", "/accueil", page_home, ACCESS_SIGNED_IN },

	{ "GET", "/onem/login", page_onem_login, ACCESS_PUBLIC },
	{ "POST", "/onem/login", page_onem_login, ACCESS_PUBLIC },
	{ "GET", "/onem/", page_onem_home, ACCESS_AGENT },
};
const size_t nroutes = sizeof(routes) / sizeof(routes[0]);
