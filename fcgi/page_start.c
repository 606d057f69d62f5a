/* SPDX-License-Identifier: EUPL-1.2 */
#include "pages.h"
#include "req.h"
#include "banned.h"

/* The public start page; its text comes from the language catalogues. */
int
page_start(struct req *r)
{
	req_page(r, "start");
	r->shared = 1;
	return 200;
}
