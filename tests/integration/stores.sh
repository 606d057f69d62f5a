#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# Redis and MariaDB going away and coming back, through nginx
# (BW_STACK_DIR, BW_URL). While a store is down /healthz is 503 and names
# it, and the pages that need it are the 503 page (in the visitor's
# language); pages that do not need it still work. When it is back, the
# same pool (no restart) serves 200 again within a few seconds.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
master=$(stack_pid pool) || bail_out "the pool is not running"
# Whatever happens, leave both stores running.
trap 'stack_start_redis >/dev/null; stack_start_mariadb >/dev/null' EXIT
SESSION='Cookie: bw_session=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

healthy() {
	http "$ST_URL/healthz"
	[ "$HTTP_STATUS" = 200 ]
}

unavailable_page() {	# unavailable_page LANG WHAT
	is "$HTTP_STATUS" 503 "$2: 503"
	like "$HTTP_BODY" "<html lang=\"$1\"" "$2: an HTML page in $1"
	like "$(html_title)" "^$(msg "$1" error.503.title) – " "$2: the 503 page"
}

healthy
ok $? "both stores up: /healthz 200"

# --- Redis ------------------------------------------------------------------------

stack_stop_redis
http "$ST_URL/healthz"
is "$HTTP_STATUS" 503 "Redis down: /healthz 503"
like "$HTTP_BODY" '^redis: unavailable$' "Redis down: /healthz names redis"
like "$HTTP_BODY" '^mariadb: ok$' "Redis down: /healthz says mariadb is fine"
http -H "$SESSION" "$ST_URL/"
unavailable_page fr "Redis down, / with a session cookie"
http -H "$SESSION" -H 'Accept-Language: nl' "$ST_URL/"
unavailable_page nl "Redis down, / with a session cookie"
http "$ST_URL/"
is "$HTTP_STATUS" 200 "Redis down: / without a session still works"

stack_start_redis
ok $? "Redis starts again"
eventually 5 healthy
ok $? "Redis back: /healthz 200 within 5 s"
http -H "$SESSION" "$ST_URL/"
is "$HTTP_STATUS" 200 "Redis back: / with a session cookie 200"

# --- MariaDB ----------------------------------------------------------------------

stack_stop_mariadb
http "$ST_URL/healthz"
is "$HTTP_STATUS" 503 "MariaDB down: /healthz 503"
like "$HTTP_BODY" '^mariadb: unavailable$' "MariaDB down: /healthz names mariadb"
like "$HTTP_BODY" '^redis: ok$' "MariaDB down: /healthz says redis is fine"
http "$ST_URL/contact-onem"
unavailable_page fr "MariaDB down, /contact-onem"
http -H 'Cookie: lang=de' "$ST_URL/contact-onem"
unavailable_page de "MariaDB down, /contact-onem"
http "$ST_URL/"
is "$HTTP_STATUS" 200 "MariaDB down: the start page still works"

stack_start_mariadb
ok $? "MariaDB starts again"
eventually 10 healthy
ok $? "MariaDB back: /healthz 200 within 10 s"
http "$ST_URL/contact-onem"
is "$HTTP_STATUS" 200 "MariaDB back: /contact-onem 200"
like "$HTTP_BODY" 'Bruxelles' "MariaDB back: /contact-onem lists the offices (Bruxelles)"
like "$HTTP_BODY" 'Liège' "MariaDB back: /contact-onem lists the offices (Liège)"

is "$(stack_pid pool)" "$master" "the pool was never restarted"

done_testing
