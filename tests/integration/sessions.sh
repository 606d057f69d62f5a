#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# The application's sessions and the guard in front of its pages, through
# nginx (BW_STACK_DIR, BW_URL). Sessions are planted in the stack's Redis the
# way the pool stores them (hash sess:<64 hex>), so each rule is tested on
# its own, without a provider:
#   - a live session opens a protected page and shows the person;
#   - a deleted, idle-expired or too old session sends the browser to log in;
#   - headers that try to carry an identity (X-Bw-Session, X-Forwarded-*,
#     X-Auth-*, Remote-User...) give nothing: only nginx's own check counts;
#   - a POST without the session's CSRF token is refused with 403;
#   - Redis down: a protected page and the login give the 503 page, never a
#     redirect loop.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
trap 'stack_start_redis >/dev/null' EXIT

rcli() { redis-cli -s "$ST_REDIS_SOCK" "$@"; }

# plant_session ID CREATED: a worker's session for Jan Peeters.
plant_session() {
	rcli HSET "sess:$1" niss 78110235737 given_name Jan family_name Peeters \
	    email jan@example.be role worker created "$2" csrf "csrf-$1" >/dev/null &&
	    rcli EXPIRE "sess:$1" 1800 >/dev/null
}

new_id() { openssl rand -hex 32; }

# The last answer sent the browser to log in (to the login route, or
# through it straight to the provider).
to_login() {
	case $HTTP_STATUS in 302|303) ;; *) return 1 ;; esac
	case $(header location) in */auth/login*|"$ST_IDP_URL"/authorize*) return 0 ;; esac
	return 1
}

now=$(date +%s)

# --- a live session ------------------------------------------------------------
sid=$(new_id)
plant_session "$sid" "$now"
http -H "Cookie: bw_session=$sid" "$ST_URL/accueil"
is "$HTTP_STATUS" 200 "a live session opens /accueil"
like "$HTTP_BODY" 'Jan Peeters' "the page shows the person's name"
like "$HTTP_BODY" '78\.11\.02-357\.37' "and the formatted NISS"
ttl=$(rcli TTL "sess:$sid")
ok "$([ "$ttl" -gt 1700 ]; echo $?)" "each request renews the idle timeout (TTL $ttl)"

http "$ST_URL/accueil"
to_login
ok $? "no cookie: /accueil sends to login"
like "$(header location)" 'next=%2Faccueil|/authorize' "the login remembers or goes on from the page asked for"

# --- identity-looking headers gain nothing ----------------------------------------
for h in "X-Bw-Session: $sid" "Bw-Session: $sid" "X-Auth-User: 78110235737" \
    "X-Forwarded-User: jpeeters" "Remote-User: jpeeters" "X-Forwarded-For: 127.0.0.1" \
    "X-Forwarded-Host: 127.0.0.1:$ST_PORT" "X-Remote-User: jpeeters"; do
	http -H "$h" "$ST_URL/accueil"
	to_login
	ok $? "header '${h%%:*}' without a session cookie: still sent to login"
done
http -H "X-Bw-Session: $sid" -H "Cookie: bw_session=$(new_id)" "$ST_URL/accueil"
to_login
ok $? "a forged X-Bw-Session next to an unknown cookie: sent to login"

# --- ended sessions --------------------------------------------------------------
rcli DEL "sess:$sid" >/dev/null
http -H "Cookie: bw_session=$sid" "$ST_URL/accueil"
to_login
ok $? "a session deleted in Redis (logout elsewhere): sent to login"

sid=$(new_id)
plant_session "$sid" "$now"
rcli EXPIRE "sess:$sid" 1 >/dev/null
sleep 2
http -H "Cookie: bw_session=$sid" "$ST_URL/accueil"
to_login
ok $? "an idle-expired session: sent to login"

sid=$(new_id)
plant_session "$sid" $((now - 28801))
http -H "Cookie: bw_session=$sid" "$ST_URL/accueil"
to_login
ok $? "a session older than absolute_timeout: sent to login"
is "$(rcli EXISTS "sess:$sid")" 0 "and it is deleted"

# --- CSRF -------------------------------------------------------------------------
sid=$(new_id)
rcli HSET "sess:$sid" niss 78110235737 given_name Jan family_name Peeters role none \
    mandates 0412345614 created "$now" csrf "csrf-$sid" >/dev/null
rcli EXPIRE "sess:$sid" 1800 >/dev/null
http -H "Cookie: bw_session=$sid" --data 'role=worker&next=/accueil' "$ST_URL/auth/role"
is "$HTTP_STATUS" 403 "POST without the CSRF token: 403"
http -H "Cookie: bw_session=$sid" --data "role=worker&next=/accueil&csrf=csrf-other" "$ST_URL/auth/role"
is "$HTTP_STATUS" 403 "POST with another session's token: 403"
is "$(rcli HGET "sess:$sid" role)" none "and nothing changed"
http -H "Cookie: bw_session=$sid" --data "role=employer&bce=0876543270&next=/accueil&csrf=csrf-$sid" \
    "$ST_URL/auth/role"
is "$HTTP_STATUS" 400 "choosing an enterprise one has no mandate for: 400"
http -H "Cookie: bw_session=$sid" --data "role=employer&bce=0412345614&next=/accueil&csrf=csrf-$sid" \
    "$ST_URL/auth/role"
is "$HTTP_STATUS" 303 "POST with the token: accepted"
is "$(rcli HGET "sess:$sid" bce)" 0412345614 "the chosen enterprise is in the session"

# --- Redis down ------------------------------------------------------------------
stack_stop_redis
http -H "Cookie: bw_session=$sid" "$ST_URL/accueil"
is "$HTTP_STATUS" 503 "Redis down: a protected page is the 503 page"
like "$HTTP_BODY" '<html lang=' "an HTML page"
http "$ST_URL/auth/login?next=/accueil"
is "$HTTP_STATUS" 503 "Redis down: the login is the 503 page, not a redirect"
is "$(header location)" "" "no redirect, so no loop"
stack_start_redis
ok $? "Redis starts again"

done_testing
