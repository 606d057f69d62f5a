/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "router.h"
#include "banned.h"

int
router_match(const char *pattern, const char *path)
{
	while (*pattern != '\0' && *path != '\0') {
		if (pattern[0] == '*' && (pattern[1] == '/' || pattern[1] == '\0')) {
			const char *end = strchr(path, '/');
			size_t seg = end ? (size_t)(end - path) : strlen(path);

			if (seg == 0)
				return 0;
			path += seg;
			pattern++;
			continue;
		}
		if (*pattern != *path)
			return 0;
		pattern++;
		path++;
	}
	return *pattern == '\0' && *path == '\0';
}

static int
method_matches(const char *route_method, const char *method)
{
	return strcmp(route_method, method) == 0 ||
	    (strcmp(method, "HEAD") == 0 && strcmp(route_method, "GET") == 0);
}

const struct route *
router_find(const struct route *table, size_t n, const char *method,
    const char *path, struct buf *allow)
{
	size_t i;

	buf_reset(allow);
	for (i = 0; i < n; i++) {
		if (!router_match(table[i].path, path))
			continue;
		if (method_matches(table[i].method, method))
			return &table[i];
		if (allow->len)
			buf_adds(allow, ", ");
		buf_adds(allow, table[i].method);
		if (strcmp(table[i].method, "GET") == 0)
			buf_adds(allow, ", HEAD");
	}
	return NULL;
}
