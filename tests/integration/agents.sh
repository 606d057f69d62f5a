#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# ONEM agents sign in to /onem/ with their directory password (an LDAP bind
# through the pool), through nginx (BW_STACK_DIR, BW_URL):
#   - /onem/ without a session shows the agents' form, never the citizens' login;
#   - wrong passwords are refused on the form, and after 5 failures the
#     account is locked, even for the right password; an unknown account
#     answers exactly like a wrong password;
#   - the right password opens an agent session showing the agent's office;
#   - an agent cannot open the citizens' pages, nor a citizen the agents'.
# The lock-out keys are removed at the end so reruns start clean.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
jar=$(mktemp) || exit 1
rcli() { redis-cli -s "$ST_REDIS_SOCK" "$@"; }
trap 'rm -f "$jar"; rcli DEL lock:agent:aleroy lock:agent:pfontaine lock:agent:nobody-here >/dev/null' EXIT

# sign_in UID PASSWORD: the form's token, then the POST, with one cookie jar.
sign_in() {
	local token

	http -c "$jar" -b "$jar" "$ST_URL/onem/login"
	token=$(printf '%s' "$HTTP_BODY" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
	http -c "$jar" -b "$jar" --data-urlencode "csrf=$token" --data-urlencode "uid=$1" \
	    --data-urlencode "password=$2" "$ST_URL/onem/login"
}

http "$ST_URL/onem/"
is "$HTTP_STATUS" 200 "/onem/ without a session: the agents' form"
like "$HTTP_BODY" 'action="/onem/login"' "it posts to /onem/login"
like "$HTTP_BODY" 'autocomplete="current-password"' "the password field lets password managers work"

sign_in aleroy wrong-1
is "$HTTP_STATUS" 401 "a wrong password: refused"
like "$HTTP_BODY" 'class="error-summary"' "with an error summary on the form"
like "$HTTP_BODY" 'value="aleroy"' "the user name is kept"
sign_in nobody-here whatever
is "$HTTP_STATUS" 401 "an unknown account: the same 401"
like "$HTTP_BODY" 'class="error-summary"' "and the same kind of message"

for i in 2 3 4 5; do
	sign_in aleroy "wrong-$i"
done
is "$HTTP_STATUS" 401 "the 5th wrong password: still the wrong-password answer"
sign_in aleroy aleroy-demo
is "$HTTP_STATUS" 429 "after 5 failures the right password is refused: locked"
like "$HTTP_BODY" '15 minutes' "the form says for how long"
ttl=$(rcli TTL lock:agent:aleroy)
ok "$([ "$ttl" -gt 800 ] && [ "$ttl" -le 900 ]; echo $?)" "the lock lasts 15 minutes (TTL $ttl)"

sign_in pfontaine pfontaine-demo
is "$HTTP_STATUS" 303 "another agent's right password: signed in"
is "$(header location)" /onem/ "to the agents' home"
http -b "$jar" "$ST_URL/onem/"
is "$HTTP_STATUS" 200 "the agents' home opens"
like "$HTTP_BODY" '<dd>Liège \(LIE\)</dd>' "it shows the agent's office"
http -b "$jar" "$ST_URL/accueil"
is "$HTTP_STATUS" 403 "an agent cannot open the citizens' pages"

sid=$(openssl rand -hex 32)
rcli HSET "sess:$sid" niss 85031412401 given_name Marie family_name Dubois role worker \
    created "$(date +%s)" csrf x >/dev/null
rcli EXPIRE "sess:$sid" 60 >/dev/null
http -H "Cookie: bw_session=$sid" "$ST_URL/onem/"
is "$HTTP_STATUS" 403 "a citizen cannot open the agents' area"
rcli DEL "sess:$sid" >/dev/null

done_testing
