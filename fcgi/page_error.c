/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages.h"
#include "req.h"
#include "banned.h"

static const int shown[] = { 400, 403, 404, 405, 413, 500, 503 };

int
page_show_error(struct req *r, int status)
{
	char code[8];
	xmlNodePtr content, error;

	content = req_page(r, "error");
	error = xml_node(content, "error");
	snprintf(code, sizeof(code), "%d", status);
	xml_attr(error, "status", code);
	return status;
}

int
page_show_auth_error(struct req *r, const char *reason, int status)
{
	xml_text(req_page(r, "auth-error"), "reason", reason);
	return status;
}

/*
 * GET /_error/NNN: the error page for NNN, answered with status NNN.
 * nginx uses it for the errors it raises itself (body too large, bad
 * request); an unknown code is a 404.
 */
int
page_error(struct req *r)
{
	struct buf seg = BUF_INIT;
	char *end;
	long code = 404;
	size_t i;

	if (req_path_segment(r, 1, &seg) == 0) {
		long want = strtol(seg.ptr, &end, 10);

		for (i = 0; i < sizeof(shown) / sizeof(shown[0]); i++)
			if (*end == '\0' && want == shown[i])
				code = want;
	}
	buf_release(&seg);
	return page_show_error(r, (int)code);
}
