/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "pages.h"
#include "req.h"
#include "banned.h"

/* Public pages whose whole text is in the catalogues: path → page id. */
static const struct {
	const char	*path;
	const char	*page_id;
} info_pages[] = {
	{ "/nouveau", "new-citizen" },
	{ "/accessibilite", "accessibility" },
	{ "/cookies", "cookies" },
	{ "/vie-privee", "privacy" },
};

/* GET one of info_pages; 404 for any other path routed here. */
int
page_info(struct req *r)
{
	size_t i;

	for (i = 0; i < sizeof(info_pages) / sizeof(info_pages[0]); i++)
		if (strcmp(r->path, info_pages[i].path) == 0) {
			req_page(r, info_pages[i].page_id);
			r->shared = 1;
			return 200;
		}
	return 404;
}
