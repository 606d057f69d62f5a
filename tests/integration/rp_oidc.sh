#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# The OpenID Connect relying party (fcgi/auth/) against tests/oidc/test_op,
# a provider that misbehaves on purpose. Runs against the stack `./dev test`
# started: BW_URL (nginx in front of the pool) and BW_STACK_DIR (pool config
# in etc/breakatwork.conf, master pid in run/pool.pid; BW_POOL_CONF and
# BW_POOL_PID override them). It points the pool's [oidc] section at test_op,
# reloads the pool (SIGHUP), and puts the configuration back at the end.
#
# What each case proves:
#  good login         303 to the page asked for, a bw_session cookie, /accueil
#                     shows the person: the checks below are not refusing all.
#  new id at login    two logins get two session ids, and a session id planted
#                     in the browser before login is not kept (fixation).
#  bad providers      wrong_nonce, wrong_aud, wrong_iss, expired, future_iat,
#                     bad_signature, unknown_kid, alg_none, userinfo_sub,
#                     multi_aud_no_azp, error (access_denied): each answered
#                     with an HTML page (400/403/503, not a redirect), no
#                     session cookie, and /accueil still sends to login.
#  forged state       a state this browser never got is refused; so is one the
#                     attacker also put in the login cookie (not in Redis).
#  replayed state     the same callback URL twice: the second is refused even
#                     with the login cookie sent again, although the provider
#                     (mode reuse_code) would still honour the code: the RP's
#                     single-use state alone stops it.
#  replayed code      an old code spliced into a fresh login is refused: with a
#                     PKCE-checking provider the token exchange fails (the
#                     verifier is the new login's), and with a provider that
#                     forgets PKCE (replay_no_pkce) the RP's nonce check does.
#  open redirect      next=https://evil.example/, //evil.example, /\evil land
#                     on /accueil, never off-site.
#  what the RP sent   test_op's /requests: response_type=code, PKCE S256 with
#                     a verifier that matches the challenge, a nonce, the exact
#                     redirect_uri, client_secret_basic with the right client
#                     (a secret with ':' '+' '/' '%' form-encoded first),
#                     userinfo with a bearer token; after a reload with
#                     client_secret_post, the id and secret in the form instead.
#  logout             a POST without the CSRF token is refused (403) and the
#                     session survives; with it, the session ends and the
#                     browser goes to the provider's end_session_endpoint with
#                     id_token_hint, then back to post_logout_redirect_uri.
#
# When the pool's log is readable (BW_POOL_LOG, default $BW_STACK_DIR/log/
# pool.log) the reason the pool gave for each refusal is shown as a comment.

set -u

top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
TEST_OP=${TEST_OP:-$top_builddir/tests/oidc/test_op}

# The few TAP helpers this script needs.
tap_n=0
tap_failed=0
ok() {	# ok STATUS DESCRIPTION
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		tap_failed=$((tap_failed + 1))
		echo "not ok $tap_n - $2"
	fi
}
diag() { echo "# $*"; }
done_testing() { echo "1..$tap_n"; [ "$tap_failed" -eq 0 ]; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }

[ -n "${BW_URL:-}" ] || skip_all "BW_URL not set (run through ./dev test)"
[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
POOL_CONF=${BW_POOL_CONF:-$BW_STACK_DIR/etc/breakatwork.conf}
POOL_PID=${BW_POOL_PID:-$BW_STACK_DIR/run/pool.pid}
POOL_LOG=${BW_POOL_LOG:-$BW_STACK_DIR/log/pool.log}
[ -x "$TEST_OP" ] || skip_all "$TEST_OP not built"
[ -w "$POOL_CONF" ] || skip_all "no writable pool configuration at $POOL_CONF"
[ -s "$POOL_PID" ] || skip_all "no pool pid file at $POOL_PID"
for tool in curl jq openssl awk; do
	command -v "$tool" >/dev/null || skip_all "$tool missing"
done
BW_URL=${BW_URL%/}
REDIRECT_URI=$BW_URL/auth/callback
CLIENT_ID=rp-test-client
# ':' '+' '/' '%' must survive client_secret_basic's form encoding (RFC 6749 2.3.1).
CLIENT_SECRET='t3st:s3cret+/%x'

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rp_oidc.XXXXXX")
op_pid=
conf_saved=

# Put the pool back as it was, then wait until it no longer uses test_op.
cleanup() {
	if [ -n "$conf_saved" ]; then
		cat "$tmp/breakatwork.conf.orig" >"$POOL_CONF"
		kill -HUP "$(cat "$POOL_PID")" 2>/dev/null
		wait_reload "" >/dev/null
	fi
	[ -n "$op_pid" ] && kill "$op_pid" 2>/dev/null && wait "$op_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Start test_op on a free loopback port (retried: another process may take it).
start_op() {
	local port
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		port=$((20000 + RANDOM % 20000))
		OP=http://127.0.0.1:$port
		"$TEST_OP" -l "127.0.0.1:$port" -i "$OP" -c "$CLIENT_ID" -s "$CLIENT_SECRET" \
		    2>"$tmp/test_op.log" &
		op_pid=$!
		for _ in $(seq 50); do
			curl -fs -o /dev/null "$OP/.well-known/openid-configuration" && return 0
			kill -0 "$op_pid" 2>/dev/null || break
			sleep 0.1
		done
		kill "$op_pid" 2>/dev/null
		wait "$op_pid" 2>/dev/null
		op_pid=
	done
	return 1
}

# Rewrite the [oidc] keys we need (adding those absent), leaving the rest alone.
rewrite_conf() {	# rewrite_conf AUTH_METHOD
	awk -v issuer="$OP" -v id="$CLIENT_ID" -v secret="$CLIENT_SECRET" \
	    -v redirect="$BW_URL" -v method="$1" '
	function flush(k) {
		for (k in want)
			if (!(k in done))
				print k " = " want[k]
		delete want
	}
	BEGIN {
		want["issuer"] = issuer; want["client_id"] = id
		want["client_secret"] = secret; want["redirect_uri"] = redirect "/auth/callback"
		want["post_logout_redirect_uri"] = redirect "/"
		want["token_endpoint_auth_method"] = method
	}
	/^[ \t]*\[/ {
		if (in_oidc) flush()
		in_oidc = ($0 ~ /^[ \t]*\[oidc\][ \t]*$/); seen = seen || in_oidc
	}
	in_oidc && /^[ \t]*[a-z_]+[ \t]*=/ {
		k = $0; sub(/^[ \t]*/, "", k); sub(/[ \t]*=.*/, "", k)
		if (k in want) { print k " = " want[k]; done[k] = 1; next }
	}
	{ print }
	END { if (in_oidc) flush(); else if (!seen) { print "[oidc]"; flush() } }
	' "$tmp/breakatwork.conf.orig" >"$POOL_CONF"
}

# Wait until every answer of /auth/login sends to PREFIX ("" = not test_op).
wait_reload() {
	local want=$1 hits=0 loc
	for _ in $(seq 100); do
		loc=$(curl -s -o /dev/null -w '%{redirect_url}' "$BW_URL/auth/login?next=/accueil")
		if { [ -n "$want" ] && [ "${loc#"$want"}" != "$loc" ]; } ||
		    { [ -z "$want" ] && [ "${loc#"$OP"}" = "$loc" ]; }; then
			hits=$((hits + 1))
			# Several in a row: no retiring worker with the old configuration answered.
			[ $hits -ge 4 ] && return 0
		else
			hits=0
		fi
		sleep 0.1
	done
	return 1
}

op_mode() { curl -fs -o /dev/null "$OP/mode?m=$1"; }

# The pool's complaints since log_mark, as TAP comments (nothing without a log).
log_mark() { log_at=$( [ -r "$POOL_LOG" ] && wc -l <"$POOL_LOG" || echo 0); }
log_why() {	# log_why WHAT
	[ -r "$POOL_LOG" ] || return 0
	tail -n +"$((log_at + 1))" "$POOL_LOG" | grep -E 'level=(warn|error)' |
	    sed -n 's/.*msg="\(.*\)"$/\1/p' | while read -r line; do diag "$1: pool said: $line"; done
}

# A browser request: fills $tmp/h (headers) and $tmp/b (body); prints the status.
browse() {	# browse JAR URL [curl args...]
	local jar=$1 url=$2
	shift 2
	curl -s -b "$jar" -c "$jar" -D "$tmp/h" -o "$tmp/b" -w '%{http_code}' "$@" "$url"
}
location() { tr -d '\r' <"$tmp/h" | awk 'tolower($1) == "location:" { print $2 }'; }
header_has() { tr -d '\r' <"$tmp/h" | grep -qi "$1"; }
# The session cookie in a jar (curl writes HttpOnly ones as "#HttpOnly_host").
session_of() { awk '$6 == "bw_session" || $6 == "__Host-bw_session" { print $7 }' "$1"; }
param_of() {	# param_of URL NAME
	local q=${1#*\?} kv p
	IFS='&' read -ra kv <<<"$q"
	for p in "${kv[@]}"; do
		[ "${p%%=*}" = "$2" ] && { echo "${p#*=}"; return; }
	done
}

# Whether a response with status $1 sends the browser to sign in: nginx's
# auth_request answers a page without a session with the login, which
# redirects to the provider (the pool itself redirects to /auth/login).
sent_to_login() {
	case $1 in 302|303) ;; *) return 1 ;; esac
	case $(location) in */auth/login*|"$OP"/authorize*) return 0 ;; esac
	return 1
}

# A fresh jar holding only a login cookie, as a replaying attacker would send.
jar_with_state() {	# jar_with_state JAR STATE
	printf '127.0.0.1\tFALSE\t/auth/\tFALSE\t0\tbw_login\t%s\n' "$2" >"$1"
}

# Drive a login up to the provider's answer: sets CALLBACK (URL on the RP).
to_provider() {	# to_provider JAR NEXT
	local st
	CALLBACK=
	# nginx rate-limits logins per address: wait out a 429/503 for up to 30 s.
	for _ in $(seq 30); do
		st=$(browse "$1" "$BW_URL/auth/login?next=$2")
		case $st in 429|503) sleep 1 ;; *) break ;; esac
	done
	AUTHZ=$(location)
	if [ "$st" != 303 ] || [ "${AUTHZ#"$OP/authorize?"}" = "$AUTHZ" ]; then
		diag "login answered $st to ${AUTHZ:-nowhere}"
		return 1
	fi
	st=$(browse "$1" "$AUTHZ")
	CALLBACK=$(location)
	[ "$st" = 302 ] && [ -n "$CALLBACK" ]
}

# The whole login; sets CB_STATUS and CB_LOCATION (the RP's answer to the callback).
login() {	# login JAR NEXT
	CB_STATUS=none
	CB_LOCATION=
	to_provider "$1" "$2" || return 1
	CB_STATUS=$(browse "$1" "$CALLBACK")
	CB_LOCATION=$(location)
}

# A refusal: an HTML page with 400/403/503, no redirect, no session, still signed out.
assert_refused() {	# assert_refused JAR STATUS WHAT
	local jar=$1 st=$2 what=$3 page=1 nocookie=1 out=1
	case $st in 400|403|503) ;; *) st=bad ;; esac
	if [ "$st" != bad ] && [ -z "$(location)" ] && header_has '^content-type: text/html' &&
	    grep -qi '<html' "$tmp/b"; then
		page=0
	fi
	if ! header_has '^set-cookie: \(__Host-\)\?bw_session=[^;]' &&
	    [ -z "$(session_of "$jar")" ]; then
		nocookie=0
	fi
	st=$(browse "$jar" "$BW_URL/accueil")
	sent_to_login "$st" && out=0
	ok $page "$what: refused with an HTML page (status $2)"
	ok $nocookie "$what: no session cookie"
	ok $out "$what: /accueil still sends to login"
}

s256() { printf '%s' "$1" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# --- set-up --------------------------------------------------------------
start_op || skip_all "test_op would not start"
cp "$POOL_CONF" "$tmp/breakatwork.conf.orig"
conf_saved=1
rewrite_conf client_secret_basic
kill -HUP "$(cat "$POOL_PID")"
if ! wait_reload "$OP/authorize?"; then
	echo "Bail out! the pool did not reload onto test_op"
	exit 1
fi
diag "test_op at $OP"

# --- good login, and the session id changes at login --------------------
op_mode ok
jar=$tmp/good.jar
login "$jar" /accueil
[ "$CB_STATUS" = 303 ] && [ "${CB_LOCATION#"$BW_URL"}" = /accueil ]
ok $? "good login: 303 to /accueil (got $CB_STATUS ${CB_LOCATION:-})"
sid1=$(session_of "$jar")
[ ${#sid1} -ge 43 ]
ok $? "good login: a session cookie is set"
st=$(browse "$jar" "$BW_URL/accueil")
[ "$st" = 200 ] && grep -q Ottilie "$tmp/b" && grep -q Testop "$tmp/b"
ok $? "good login: /accueil is 200 and shows the person (got $st)"

jar=$tmp/good2.jar
login "$jar" /accueil
sid2=$(session_of "$jar")
[ -n "$sid2" ] && [ "$sid2" != "$sid1" ]
ok $? "a second login gets another session id"

jar=$tmp/fixation.jar
planted=$(printf '%064d' 7)
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tbw_session\t%s\n' "$planted" >"$jar"
login "$jar" /accueil
sid3=$(session_of "$jar")
[ "$CB_STATUS" = 303 ] && [ -n "$sid3" ] && [ "$sid3" != "$planted" ]
ok $? "a session id planted before login is replaced at login"

# --- what the RP sent to the provider ------------------------------------
curl -fs "$OP/requests" >"$tmp/requests"
authz=$(jq -c 'select(.path == "/authorize")' "$tmp/requests" | tail -1)
token=$(jq -c 'select(.path == "/token")' "$tmp/requests" | tail -1)
info=$(jq -c 'select(.path == "/userinfo")' "$tmp/requests" | tail -1)
[ "$(jq -r .query.response_type <<<"$authz")" = code ] &&
    [ "$(jq -r .query.code_challenge_method <<<"$authz")" = S256 ] &&
    [ "$(jq -r '.query.code_challenge | length' <<<"$authz")" = 43 ]
ok $? "authorize: response_type=code, PKCE S256"
[ "$(jq -r .query.redirect_uri <<<"$authz")" = "$REDIRECT_URI" ] &&
    [ "$(jq -r .form.redirect_uri <<<"$token")" = "$REDIRECT_URI" ]
ok $? "authorize and token: the exact redirect_uri $REDIRECT_URI"
[ "$(jq -r '.query.nonce | length' <<<"$authz")" -ge 22 ] &&
    [ "$(jq -r '.query.state | length' <<<"$authz")" -ge 22 ] &&
    jq -e '.query.scope | split(" ") | index("openid")' <<<"$authz" >/dev/null
ok $? "authorize: a random state and nonce, scope with openid"
verifier=$(jq -r .form.code_verifier <<<"$token")
[ "$(s256 "$verifier")" = "$(jq -r .query.code_challenge <<<"$authz")" ]
ok $? "token: the code_verifier matches the challenge (S256)"
[ "$(jq -r .auth <<<"$token")" = basic ] &&
    [ "$(jq -r .basic_client_id <<<"$token")" = "$CLIENT_ID" ] &&
    [ "$(jq -r .status <<<"$token")" = 200 ] &&
    [ "$(jq -r '.form | has("client_secret")' <<<"$token")" = false ]
ok $? "token: client_secret_basic with the client id, accepted"
[ "$(jq -r .auth <<<"$info")" = bearer ] && [ "$(jq -r .status <<<"$info")" = 200 ]
ok $? "userinfo: asked with the bearer token"

# --- providers that misbehave --------------------------------------------
for mode in wrong_nonce wrong_aud wrong_iss expired future_iat bad_signature \
    unknown_kid alg_none userinfo_sub multi_aud_no_azp error; do
	op_mode "$mode"
	jar=$tmp/$mode.jar
	log_mark
	if login "$jar" /accueil; then
		assert_refused "$jar" "$CB_STATUS" "$mode"
	else
		ok 1 "$mode: the login did not reach the callback"
	fi
	log_why "$mode"
done
op_mode ok

# --- forged state ---------------------------------------------------------
jar=$tmp/forged.jar
to_provider "$jar" /accueil
forged=$(openssl rand -hex 32)
url=${CALLBACK/state=$(param_of "$CALLBACK" state)/state=$forged}
st=$(browse "$jar" "$url")
assert_refused "$jar" "$st" "forged state"
jar=$tmp/forged2.jar
to_provider "$jar" /accueil
url=${CALLBACK/state=$(param_of "$CALLBACK" state)/state=$forged}
jar_with_state "$jar" "$forged"
st=$(browse "$jar" "$url")
assert_refused "$jar" "$st" "forged state in the login cookie too"

# --- replayed state (the provider would accept the code again) ------------
op_mode reuse_code
jar=$tmp/replay.jar
login "$jar" /accueil
first=$CALLBACK
[ "$CB_STATUS" = 303 ]
ok $? "replayed state: the first use logs in"
jar=$tmp/replay2.jar
st=$(browse "$jar" "$first")
assert_refused "$jar" "$st" "replayed state"
jar=$tmp/replay3.jar
jar_with_state "$jar" "$(param_of "$first" state)"
st=$(browse "$jar" "$first")
assert_refused "$jar" "$st" "replayed state with its login cookie"

# --- replayed code in a fresh login ---------------------------------------
old_code=$(param_of "$first" code)
jar=$tmp/code.jar
to_provider "$jar" /accueil
url=${CALLBACK/code=$(param_of "$CALLBACK" code)/code=$old_code}
log_mark
st=$(browse "$jar" "$url")
assert_refused "$jar" "$st" "replayed code (provider checks PKCE)"
log_why "replayed code"
op_mode replay_no_pkce
jar=$tmp/code2.jar
to_provider "$jar" /accueil
url=${CALLBACK/code=$(param_of "$CALLBACK" code)/code=$old_code}
log_mark
st=$(browse "$jar" "$url")
assert_refused "$jar" "$st" "replayed code (provider forgets PKCE; nonce differs)"
log_why "replayed code, no PKCE"
op_mode ok

# --- open redirect through the return path ---------------------------------
for next in 'https%3A%2F%2Fevil.example%2F' '%2F%2Fevil.example' '%2F%5Cevil' \
    '%2F%5C%2Fevil.example' 'https://evil.example/' '//evil.example'; do
	jar=$tmp/next.jar
	rm -f "$jar"
	login "$jar" "$next"
	[ "$CB_STATUS" = 303 ] && [ "${CB_LOCATION#"$BW_URL"}" = /accueil ]
	ok $? "next=$next lands on /accueil (got $CB_STATUS ${CB_LOCATION:-})"
done

# --- logout: CSRF, then the local session and the provider's -------------
jar=$tmp/logout.jar
login "$jar" /accueil
st=$(browse "$jar" "$BW_URL/auth/logout" -d csrf=forged)
[ "$st" = 403 ]
ok $? "logout without the CSRF token: 403 (got $st)"
st=$(browse "$jar" "$BW_URL/accueil")
[ "$st" = 200 ]
ok $? "logout without the CSRF token: the session survives"
csrf=$(browse "$jar" "$BW_URL/accueil" -H 'Accept: application/xml' >/dev/null &&
    sed -n 's:.*<csrf>\([^<]*\)</csrf>.*:\1:p' "$tmp/b")
st=$(browse "$jar" "$BW_URL/auth/logout" --data-urlencode "csrf=$csrf")
end=$(location)
[ "$st" = 303 ] && [ "${end#"$OP/logout?"}" != "$end" ] &&
    [ -n "$(param_of "$end" id_token_hint)" ]
ok $? "logout: 303 to the provider's end_session_endpoint with id_token_hint"
st=$(browse "$jar" "$end")
[ "$st" = 302 ] && [ "$(location)" = "$BW_URL/" ]
ok $? "logout: the provider sends back to post_logout_redirect_uri"
st=$(browse "$jar" "$BW_URL/accueil")
sent_to_login "$st" && st=0
[ "$st" = 0 ]
ok $? "logout: /accueil sends to login again"

# --- client_secret_post ----------------------------------------------------
rewrite_conf client_secret_post
kill -HUP "$(cat "$POOL_PID")"
sleep 0.5
curl -fs "$OP/requests?clear=1" >/dev/null
if wait_reload "$OP/authorize?"; then
	jar=$tmp/post.jar
	login "$jar" /accueil
	[ "$CB_STATUS" = 303 ]
	ok $? "client_secret_post: the login succeeds (got $CB_STATUS)"
	token=$(curl -fs "$OP/requests" | jq -c 'select(.path == "/token")' | tail -1)
	[ "$(jq -r .auth <<<"$token")" = none ] &&
	    [ "$(jq -r .form.client_id <<<"$token")" = "$CLIENT_ID" ] &&
	    [ "$(jq -r .form.client_secret <<<"$token")" = '***' ]
	ok $? "client_secret_post: id and secret in the form, no Basic header"
else
	ok 1 "client_secret_post: the pool did not reload"
fi

done_testing
