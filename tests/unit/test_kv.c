/* SPDX-License-Identifier: EUPL-1.2 */
#include <string.h>

#include "kv.h"
#include "../tap.h"

static enum kv_status
form(struct kv_list *l, const char *s)
{
	kv_list_release(l);
	return kv_parse_urlencoded(l, s, strlen(s), 10, 100);
}

int
main(void)
{
	struct kv_list l;
	struct buf b = BUF_INIT;

	plan(21);
	kv_list_init(&l);

	is_int(form(&l, "a=1&b=%C3%A9t%C3%A9&c=x+y"), KV_OK, "a simple form parses");
	is_str(kv_get(&l, "a"), "1", "plain value");
	is_str(kv_get(&l, "b"), "\xc3\xa9t\xc3\xa9", "percent-decoded UTF-8");
	is_str(kv_get(&l, "c"), "x y", "plus is a space");
	is_str(kv_get(&l, "zz"), NULL, "absent name gives NULL");
	is_int(form(&l, "flag&&x="), KV_OK, "bare names and empty pieces are accepted");
	ok(kv_get(&l, "flag") != NULL && kv_get(&l, "x")[0] == '\0', "bare name has an empty value");
	is_int(form(&l, "a=%zz"), KV_MALFORMED, "bad hex escape is malformed");
	is_int(form(&l, "a=%4"), KV_MALFORMED, "truncated escape is malformed");
	is_int(form(&l, "=v"), KV_MALFORMED, "empty name is malformed");
	is_int(form(&l, "%00=v"), KV_MALFORMED, "NUL in a name is malformed");
	is_int(form(&l, "v=%00x"), KV_OK, "NUL in a value is kept");
	ok(l.items[0].value_len == 2, "its length counts the NUL");
	is_int(form(&l, "a=1&a=2&a=3&a=4&a=5&a=6&a=7&a=8&a=9&a=10&a=11"), KV_TOO_MANY,
	    "more pairs than the limit are refused");
	kv_list_release(&l);
	{
		char big[200];

		memset(big, 'a', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		is_int(kv_parse_urlencoded(&l, big, strlen(big), 10, 100), KV_TOO_LONG,
		    "input over the byte limit is refused");
	}
	kv_list_release(&l);
	is_int(kv_parse_cookies(&l, "lang=nl; bw_session=abc%20; x", 10, 100), KV_OK,
	    "cookie header parses");
	is_str(kv_get(&l, "bw_session"), "abc%20", "cookie values are not percent-decoded");
	is_str(kv_get(&l, "lang"), "nl", "spaces after ; are skipped");
	kv_list_release(&l);
	is_int(kv_parse_cookies(&l, "a=1;b=2;c=3", 2, 100), KV_TOO_MANY, "cookie count limit");
	kv_list_release(&l);
	url_encode(&b, "a b/é");
	is_str(b.ptr, "a%20b%2F%C3%A9", "url_encode escapes reserved bytes");
	buf_reset(&b);
	ok(url_decode(&b, "%41%42", 6, 0) == 0 && strcmp(b.ptr, "AB") == 0, "url_decode");
	buf_release(&b);
	return done_testing();
}
