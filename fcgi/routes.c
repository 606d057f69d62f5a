/* SPDX-License-Identifier: EUPL-1.2 */
#include <stddef.h>

#include "pages.h"
#include "router.h"
#include "banned.h"

const struct route routes[] = {
	{ "GET", "/", page_start, ACCESS_PUBLIC },
	{ "GET", "/healthz", page_healthz, ACCESS_PUBLIC },
	{ "GET", "/contact-onem", page_contact_onem, ACCESS_PUBLIC },
	/* nginx's error_page renders its own errors through these. */
	{ "GET", "/_error/*", page_error, ACCESS_PUBLIC },
};
const size_t nroutes = sizeof(routes) / sizeof(routes[0]);
