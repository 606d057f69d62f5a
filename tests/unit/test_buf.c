/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "../tap.h"

int
main(void)
{
	struct buf b = BUF_INIT;
	char *p;
	size_t len, i;

	plan(7);
	ok(b.ptr != NULL && b.ptr[0] == '\0' && b.len == 0, "a new buffer is an empty string");
	buf_adds(&b, "abc");
	buf_addf(&b, "-%d-%s", 42, "x");
	is_str(b.ptr, "abc-42-x", "buf_adds and buf_addf append");
	for (i = 0; i < 10000; i++)
		buf_addc(&b, 'z');
	is_int(b.len, 8 + 10000, "the buffer grows");
	ok(b.ptr[b.len] == '\0', "still NUL-terminated after growth");
	buf_reset(&b);
	is_str(b.ptr, "", "reset empties it");
	buf_add(&b, "a\0b", 3);
	p = buf_detach(&b, &len);
	ok(len == 3 && memcmp(p, "a\0b", 3) == 0, "detach hands over bytes with NUL inside");
	ok(b.ptr != NULL && b.len == 0, "detach leaves an empty buffer");
	free(p);
	buf_release(&b);
	return done_testing();
}
