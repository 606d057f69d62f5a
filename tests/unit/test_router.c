/* SPDX-License-Identifier: EUPL-1.2 */
#include <stddef.h>

#include "router.h"
#include "../tap.h"

static int h_a(struct req *r) { (void)r; return 1; }
static int h_b(struct req *r) { (void)r; return 2; }
static int h_c(struct req *r) { (void)r; return 3; }

static const struct route table[] = {
	{ "GET", "/", h_a, ACCESS_PUBLIC },
	{ "GET", "/demandes/*", h_b, ACCESS_PUBLIC },
	{ "POST", "/demandes/*", h_c, ACCESS_PUBLIC },
	{ "GET", "/demandes/*/pieces", h_c, ACCESS_PUBLIC },
};
#define N (sizeof(table) / sizeof(table[0]))

int
main(void)
{
	struct buf allow = BUF_INIT;
	const struct route *r;

	plan(13);
	r = router_find(table, N, "GET", "/", &allow);
	ok(r != NULL && r->handler == h_a, "exact path");
	r = router_find(table, N, "HEAD", "/", &allow);
	ok(r != NULL && r->handler == h_a, "HEAD is served by GET");
	r = router_find(table, N, "GET", "/demandes/123", &allow);
	ok(r != NULL && r->handler == h_b, "a wildcard segment");
	r = router_find(table, N, "POST", "/demandes/123", &allow);
	ok(r != NULL && r->handler == h_c, "same path, other method");
	r = router_find(table, N, "GET", "/demandes/123/pieces", &allow);
	ok(r != NULL && r->handler == h_c, "wildcard in the middle");
	ok(router_find(table, N, "GET", "/demandes/", &allow) == NULL, "an empty segment does not match *");
	ok(router_find(table, N, "GET", "/demandes/1/2", &allow) == NULL, "* is one segment only");
	ok(router_find(table, N, "GET", "/nope", &allow) == NULL && allow.len == 0,
	    "unknown path: no route, no Allow (404)");
	r = router_find(table, N, "DELETE", "/demandes/9", &allow);
	ok(r == NULL, "known path, unknown method: no route");
	is_str(allow.ptr, "GET, HEAD, POST", "Allow lists the methods (405)");
	r = router_find(table, N, "POST", "/", &allow);
	is_str(allow.ptr, "GET, HEAD", "POST / gives Allow: GET, HEAD");
	ok(router_match("/a/*", "/a/b") && !router_match("/a/*", "/a"), "router_match");
	ok(!router_match("/", "//"), "no match on a longer path");
	buf_release(&allow);
	return done_testing();
}
