/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * The route table: {method, path, handler, access}. A path is matched
 * segment by segment; a segment "*" matches any one non-empty segment,
 * which the handler reads with req_path_segment(). HEAD is served by the
 * GET route (without a body).
 */
#ifndef ROUTER_H
#define ROUTER_H

#include <stddef.h>

#include "buf.h"

struct req;

enum access {
	ACCESS_PUBLIC,		/* anyone; no personal data */
	ACCESS_CHECK,		/* nginx's auth_request: never a 503 */
	ACCESS_SIGNED_IN,	/* a citizen session, role chosen or not */
	ACCESS_WORKER,		/* a citizen acting for themselves */
	ACCESS_EMPLOYER,	/* a citizen acting for an enterprise */
	ACCESS_AGENT,		/* an ONEM agent */
};

struct route {
	const char	*method;
	const char	*path;
	int		(*handler)(struct req *);
	enum access	 access;
};

extern const struct route routes[];
extern const size_t nroutes;

/*
 * The route for `method` and `path`, or NULL. When the path exists with
 * other methods only, `allow` receives them ("GET, HEAD, POST") and the
 * caller answers 405; when it does not exist, `allow` stays empty (404).
 */
const struct route *router_find(const struct route *table, size_t n,
		    const char *method, const char *path, struct buf *allow);

/* Whether `path` matches the route pattern `pattern`. */
int		 router_match(const char *pattern, const char *path);

#endif
