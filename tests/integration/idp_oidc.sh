#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# csam-dev, the embedded OpenID Provider, against the running stack (./dev
# test): BW_IDP_URL (its origin through nginx) and its configuration,
# BW_IDP_CONF (default $BW_STACK_DIR/etc/csam-dev.conf), for the client's
# secret, redirect URIs and Redis. E-mailed codes are read from the SMTP
# sink's files under BW_MAIL_DIR (default $BW_STACK_DIR/var/mail). The demo
# people used: IDP_TEST_UID/IDP_TEST_PASSWORD (a Belgian person with an
# e-mail address and IDP_TEST_TOTP_SECRET, base32) and IDP_TEST_FOREIGN_UID
# (an eIDAS identity); defaults are conf/demo.ldif's. The lock-out case
# clears that person's failure counter in Redis when it is done.
#
# What each case proves:
#  discovery        issuer, endpoints, S256 only, both client auth methods,
#                   a JWKS whose keys carry kid, alg RS256, no private part.
#  refusals         unknown client and unregistered redirect_uri get an error
#                   page (never a redirect); missing state, nonce, PKCE, plain
#                   PKCE, another response_type, no openid scope go back to the
#                   client with the RFC 6749 error and the state.
#  keys             the key page shows the seed's sentences and five keys; a
#                   POST without the transaction's csrf token is refused.
#  code flow        eID simulation -> code -> token (client_secret_basic):
#                   RS256 id_token whose signature verifies with the JWKS key
#                   of its kid, iss/aud/nonce/acr right; userinfo with the same
#                   sub; niss released (scope egovnrn).
#  code binding     a code lives at most auth_code_ttl seconds in Redis; a
#                   second redemption is refused and revokes the first access
#                   token; wrong redirect_uri or verifier is refused.
#  client auth      client_secret_post works; a wrong secret (basic or post)
#                   is 401 invalid_client; both methods at once are refused.
#  niss scope       without egovnrn neither id_token nor userinfo hold niss.
#  e-mail key       password, then the 6-digit code from the SMTP sink; a wrong
#                   code is refused; the code works once; what was typed is
#                   shown back escaped.
#  mobile app key   password + TOTP (RFC 6238) logs in; the same TOTP twice
#                   is refused.
#  eIDAS            lists foreign identities only; a Belgian one is refused.
#  lock-out         5 wrong passwords lock the account: then even the right
#                   password is refused with the lock-out message.
#  session, logout  a second authorize is answered without the key page;
#                   prompt=none without a session is login_required; logout
#                   with id_token_hint returns to the registered address with
#                   the state, an unregistered one is refused.
#  rotation         csam-dev --rotate (CSAM_DEV, default the built binary):
#                   the JWKS serves both keys, new tokens carry the new kid,
#                   tokens of the previous key still verify.

set -u

top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ -f "$top_srcdir/tests/lib/tap.sh" ]; then
	# shellcheck source=/dev/null
	. "$top_srcdir/tests/lib/tap.sh"
fi
if ! declare -F ok >/dev/null; then
	tap_n=0
	tap_failed=0
	ok() {	# ok CONDITION-STATUS DESCRIPTION
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
fi
skip_all() { echo "1..0 # SKIP $*"; exit 0; }

[ -n "${BW_IDP_URL:-}" ] || skip_all "BW_IDP_URL not set (run through ./dev test)"
IDP=${BW_IDP_URL%/}
IDP_CONF=${BW_IDP_CONF:-${BW_STACK_DIR:-}/etc/csam-dev.conf}
MAIL_DIR=${BW_MAIL_DIR:-${BW_STACK_DIR:-}/var/mail}
# conf/demo.ldif: Lena Schmitz (born 2002) and Giulia Rossi (eIDAS, Italy).
USER_UID=${IDP_TEST_UID:-lschmitz}
USER_PW=${IDP_TEST_PASSWORD:-lschmitz-demo}
USER_TOTP=${IDP_TEST_TOTP_SECRET:-YFSKS5DIMFL75WPX4GT7F7WJQ4KA2US4}
FOREIGN_UID=${IDP_TEST_FOREIGN_UID:-grossi}
[ -r "$IDP_CONF" ] || skip_all "no readable csam-dev configuration at $IDP_CONF"
for tool in curl jq openssl python3; do
	command -v "$tool" >/dev/null || skip_all "$tool missing"
done

# The value of KEY in [SECTION] of the configuration (empty when absent).
conf_get() {
	awk -v s="$1" -v k="$2" '
	/^\[/ { sec = $0; gsub(/[][]/, "", sec); next }
	sec == s && $0 ~ "^" k "[ \t]*=" { sub(/^[^=]*=[ \t]*/, ""); print; exit }' "$IDP_CONF"
}
CLIENT_ID=$(conf_get client client_id)
CLIENT_SECRET=$(conf_get client client_secret)
REDIRECT_URI=$(conf_get client redirect_uris | awk '{ print $1 }')
LOGOUT_URI=$(conf_get client post_logout_redirect_uris | awk '{ print $1 }')
CLIENT_ID=${CLIENT_ID:-breakatwork}
[ -n "$CLIENT_SECRET" ] || skip_all "no client_secret in $IDP_CONF"
[ -n "$REDIRECT_URI" ] || REDIRECT_URI=http://127.0.0.1:8080/auth/callback
[ -n "$LOGOUT_URI" ] || LOGOUT_URI=http://127.0.0.1:8080/
redis() {
	local sock host port
	sock=$(conf_get redis socket)
	host=$(conf_get redis host)
	port=$(conf_get redis port)
	if [ -n "$sock" ]; then
		redis-cli -s "$sock" "$@"
	else
		redis-cli -h "${host:-127.0.0.1}" -p "${port:-6379}" "$@"
	fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/idp_oidc.XXXXXX")
cleanup() {
	# The lock-out case must not leave the demo account locked for others.
	command -v redis-cli >/dev/null && redis DEL "idp:fail:$USER_UID" >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

urlenc() { jq -rn --arg v "$1" '$v | @uri'; }
b64url_decode() {
	local s=${1//-/+}
	s=${s//_//}
	while [ $((${#s} % 4)) -ne 0 ]; do s="$s="; done
	printf '%s' "$s" | openssl base64 -d -A
}
# A fresh PKCE pair, state and nonce: VERIFIER, CHALLENGE, STATE, NONCE.
new_request() {
	STATE=st-$RANDOM$RANDOM
	NONCE=no-$RANDOM$RANDOM
	VERIFIER=$(openssl rand -base64 48 | tr -d '\n=' | tr '+/' '-_' | cut -c1-64)
	CHALLENGE=$(printf '%s' "$VERIFIER" | openssl dgst -sha256 -binary | openssl base64 -A |
	    tr -d '=' | tr '+/' '-_')
}
# Query parameter NAME of URL (percent-decoded).
qparam() {
	python3 -c 'import sys, urllib.parse as u
q = u.parse_qs(u.urlsplit(sys.argv[1]).query)
print(q.get(sys.argv[2], [""])[0])' "$1" "$2"
}
# The authorize URL of the current request; extra "name=value" pairs are appended.
authorize_url() {	# authorize_url SCOPE [extra...]
	local scope=$1 url
	shift
	url="$IDP/authorize?response_type=code&client_id=$(urlenc "$CLIENT_ID")"
	url="$url&redirect_uri=$(urlenc "$REDIRECT_URI")&scope=$(urlenc "$scope")"
	url="$url&state=$STATE&nonce=$NONCE&code_challenge=$CHALLENGE&code_challenge_method=S256"
	for extra in "$@"; do url="$url&$extra"; done
	printf '%s' "$url"
}
# One browser request: status into CODE, Location into LOC, body into $tmp/body.
jar=$tmp/jar
browse() {	# browse [curl args...] URL
	local out
	out=$(curl -s -b "$jar" -c "$jar" -o "$tmp/body" -D "$tmp/headers" \
	    -w '%{http_code}' "$@")
	CODE=$out
	LOC=$(awk 'tolower($1) == "location:" { sub(/\r$/, ""); print $2 }' "$tmp/headers")
}
# The csrf token of the form on the last page.
csrf() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -n 1; }
# Log in through the eID simulation as USER_UID; the code into AUTH_CODE.
login_eid() {	# login_eid SCOPE [extra...]
	new_request
	rm -f "$jar"
	browse "$(authorize_url "$@")"
	browse "$IDP/login/eid"
	browse --data-urlencode "csrf=$(csrf)" --data-urlencode "uid=$USER_UID" "$IDP/login/eid"
	AUTH_CODE=$(qparam "$LOC" code)
}
# POST /token; the JSON into $tmp/token, the status into CODE. REDEEM_REDIRECT
# replaces the redirect_uri sent.
redeem() {	# redeem CODE VERIFIER [curl args...]
	local code=$1 verifier=$2
	shift 2
	CODE=$(curl -s -o "$tmp/token" -D "$tmp/token.headers" -w '%{http_code}' \
	    --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
	    --data-urlencode "redirect_uri=${REDEEM_REDIRECT:-$REDIRECT_URI}" \
	    --data-urlencode "code_verifier=$verifier" "$@" "$IDP/token")
}
basic_auth() {
	printf '%s:%s' "$(urlenc "$CLIENT_ID")" "$(urlenc "$CLIENT_SECRET")" | openssl base64 -A
}
claims() { b64url_decode "$(printf '%s' "$1" | cut -d. -f2)"; }
# 0 when the compact JWS $1 verifies with the JWKS key of its kid.
verify_jws() {
	local h kid n e
	h=$(b64url_decode "$(printf '%s' "$1" | cut -d. -f1)")
	kid=$(printf '%s' "$h" | jq -r .kid)
	[ "$(printf '%s' "$h" | jq -r .alg)" = RS256 ] || return 1
	curl -s "$IDP/jwks" >"$tmp/jwks"
	n=$(jq -r --arg k "$kid" '.keys[] | select(.kid == $k) | .n' "$tmp/jwks")
	e=$(jq -r --arg k "$kid" '.keys[] | select(.kid == $k) | .e' "$tmp/jwks")
	[ -n "$n" ] || return 1
	printf 'asn1=SEQUENCE:k\n[k]\nn=INTEGER:0x%s\ne=INTEGER:0x%s\n' \
	    "$(b64url_decode "$n" | od -An -tx1 | tr -d ' \n')" \
	    "$(b64url_decode "$e" | od -An -tx1 | tr -d ' \n')" >"$tmp/key.cnf"
	openssl asn1parse -genconf "$tmp/key.cnf" -out "$tmp/key.der" -noout &&
	openssl rsa -RSAPublicKey_in -inform DER -in "$tmp/key.der" -pubout \
	    -out "$tmp/key.pem" 2>/dev/null || return 1
	b64url_decode "$(printf '%s' "$1" | cut -d. -f3)" >"$tmp/sig"
	printf '%s' "$(printf '%s' "$1" | cut -d. -f1-2)" |
	    openssl dgst -sha256 -verify "$tmp/key.pem" -signature "$tmp/sig" >/dev/null
}
totp() {	# totp BASE32-SECRET [OFFSET-SECONDS]
	python3 -c 'import base64, hmac, struct, sys, time
k = base64.b32decode(sys.argv[1])
c = struct.pack(">Q", (int(time.time()) + int(sys.argv[2])) // 30)
h = hmac.new(k, c, "sha1").digest()
o = h[-1] & 15
print("%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000))' "$1" "${2:-0}"
}

curl -s -o /dev/null "$IDP/.well-known/openid-configuration" ||
    skip_all "csam-dev not answering at $IDP"

# --- discovery
curl -s "$IDP/.well-known/openid-configuration" >"$tmp/disc"
ok "$(jq -r .issuer "$tmp/disc" | grep -cxF "$IDP" | sed 's/^1$/0/')" "discovery: issuer is $IDP"
ok "$(jq -e '.code_challenge_methods_supported == ["S256"] and
    .response_types_supported == ["code"] and
    (.token_endpoint_auth_methods_supported | index("client_secret_basic") and
    index("client_secret_post")) and .id_token_signing_alg_values_supported == ["RS256"] and
    (.end_session_endpoint | type == "string")' "$tmp/disc" >/dev/null; echo $?)" \
    "discovery: S256 only, code only, both client auth methods, RS256, end_session"
curl -s "$(jq -r .jwks_uri "$tmp/disc")" >"$tmp/jwks"
ok "$(jq -e '(.keys | length) >= 1 and all(.keys[]; .kid and .alg == "RS256" and
    .use == "sig" and .kty == "RSA" and (has("d") | not))' "$tmp/jwks" >/dev/null; echo $?)" \
    "JWKS: keys with kid, RS256, sig, no private part"

# --- authorize refusals
new_request
rm -f "$jar"
browse "$(authorize_url openid | sed "s/client_id=[^&]*/client_id=intruder/")"
ok "$([ "$CODE" = 400 ] && [ -z "$LOC" ]; echo $?)" "unknown client: error page, no redirect ($CODE)"
browse "$(authorize_url openid | sed "s|redirect_uri=[^&]*|redirect_uri=$(urlenc "$REDIRECT_URI/x")|")"
ok "$([ "$CODE" = 400 ] && [ -z "$LOC" ]; echo $?)" "unregistered redirect_uri: error page, no redirect"
browse "$(authorize_url openid | sed "s|redirect_uri=[^&]*|redirect_uri=$(urlenc "https://evil.example/cb")|")"
ok "$([ "$CODE" = 400 ] && [ -z "$LOC" ]; echo $?)" "foreign redirect_uri: error page, no redirect"
refused() {	# refused ERROR WANT-STATE DESCRIPTION (after browse)
	[ "$CODE" = 303 ] && [ "${LOC%%\?*}" = "$REDIRECT_URI" ] &&
	    [ "$(qparam "$LOC" error)" = "$1" ] && [ -z "$(qparam "$LOC" code)" ] &&
	    [ "$(qparam "$LOC" state)" = "$2" ]
	ok $? "$3 ($CODE $(qparam "$LOC" error))"
}
browse "$(authorize_url openid | sed 's/&code_challenge=[^&]*&code_challenge_method=S256//')"
refused invalid_request "$STATE" "no PKCE: invalid_request to the client with state"
browse "$(authorize_url openid | sed 's/code_challenge_method=S256/code_challenge_method=plain/')"
refused invalid_request "$STATE" "plain PKCE: invalid_request"
browse "$(authorize_url openid | sed 's/&nonce=[^&]*//')"
refused invalid_request "$STATE" "missing nonce: invalid_request"
browse "$(authorize_url openid | sed 's/&state=[^&]*//')"
refused invalid_request "" "missing state: invalid_request"
browse "$(authorize_url openid | sed 's/response_type=code/response_type=token/')"
refused unsupported_response_type "$STATE" "response_type=token: unsupported_response_type"
browse "$(authorize_url profile)"
refused invalid_scope "$STATE" "scope without openid: invalid_scope"
browse "$(authorize_url openid "state=again")"
refused invalid_request "" "repeated parameter: invalid_request"

# --- the key page
new_request
rm -f "$jar"
browse "$(authorize_url "openid profile")"
ok "$([ "$CODE" = 303 ] && [ "${LOC%%\?*}" = /login ]; echo $?)" "valid request continues at /login"
browse "$IDP/login?lang=fr"
ok "$([ "$CODE" = 200 ] && grep -q "S'identifier à l'administration en ligne" "$tmp/body" &&
    grep -q "Choisissez votre clé numérique pour vous identifier." "$tmp/body" &&
    [ "$(grep -o 'href="/login/\(eid\|itsme\|mail\|app\|eidas\)"' "$tmp/body" | sort -u | wc -l)" = 5 ] &&
    grep -q "Créez votre compte itsme" "$tmp/body"; echo $?)" "key page: the seed's sentences and five keys"
browse "$IDP/login?lang=nl"
ok "$(grep -q "Kies uw digitale sleutel" "$tmp/body"; echo $?)" "key page in Dutch"
browse "$IDP/login?lang=fr"
browse "$IDP/login/eid"
ok "$(grep -q 'Simulation' "$tmp/body" && grep -q "value=\"$USER_UID\"" "$tmp/body" &&
    ! grep -q "value=\"$FOREIGN_UID\"" "$tmp/body"; echo $?)" \
    "eID key: a labelled simulation listing Belgian demo identities"
browse --data-urlencode "uid=$USER_UID" "$IDP/login/eid"
ok "$([ "$CODE" = 403 ] && [ -z "$LOC" ]; echo $?)" "POST without the csrf token: 403"
browse --data-urlencode "csrf=forged" --data-urlencode "uid=$USER_UID" "$IDP/login/eid"
ok "$([ "$CODE" = 403 ]; echo $?)" "POST with a forged csrf token: 403"

# --- the code flow
login_eid "openid profile email egovnrn"
ok "$([ "$CODE" = 303 ] && [ "${LOC%%\?*}" = "$REDIRECT_URI" ] && [ -n "$AUTH_CODE" ] &&
    [ "$(qparam "$LOC" state)" = "$STATE" ] && [ "$(qparam "$LOC" iss)" = "$IDP" ]; echo $?)" \
    "eID simulation: back to the client with code, state and iss"
ttl=$(redis TTL "idp:code:$AUTH_CODE" 2>/dev/null)
ok "$([ -n "$ttl" ] && [ "$ttl" -gt 0 ] && [ "$ttl" -le 60 ]; echo $?)" \
    "the code expires within 60 s (TTL $ttl)"
FIRST_CODE=$AUTH_CODE
FIRST_VERIFIER=$VERIFIER
FIRST_NONCE=$NONCE
redeem "$AUTH_CODE" "$VERIFIER" -H "Authorization: Basic $(basic_auth)"
ok "$([ "$CODE" = 200 ] && jq -e '.token_type == "Bearer" and (.access_token | length > 20) and
    (.expires_in > 0) and (.id_token | split(".") | length == 3)' "$tmp/token" >/dev/null &&
    grep -qi '^cache-control: no-store' "$tmp/token.headers"; echo $?)" \
    "token (client_secret_basic): Bearer access token and id_token, no-store"
ID_TOKEN=$(jq -r .id_token "$tmp/token")
ACCESS=$(jq -r .access_token "$tmp/token")
ok "$(verify_jws "$ID_TOKEN"; echo $?)" "id_token RS256 signature verifies with the JWKS key of its kid"
claims "$ID_TOKEN" >"$tmp/claims"
now=$(date +%s)
ok "$(jq -e --arg iss "$IDP" --arg aud "$CLIENT_ID" --arg nonce "$FIRST_NONCE" --argjson now "$now" '
    .iss == $iss and .aud == $aud and .nonce == $nonce and (.sub | length > 20) and
    .exp > $now and .iat <= $now + 5 and (.acr | startswith("urn:be:fedict:iam:fas:")) and
    (.niss | test("^[0-9]{11}$")) and (.given_name | length > 0)' "$tmp/claims" >/dev/null; echo $?)" \
    "id_token claims: iss, aud, nonce, sub, exp, iat, acr, niss, given_name"
SUB=$(jq -r .sub "$tmp/claims")
ok "$(printf '%s' "$SUB" | grep -qv "$USER_UID"; echo $?)" "sub is opaque (does not show the uid)"
CODE=$(curl -s -o "$tmp/ui" -w '%{http_code}' -H "Authorization: Bearer $ACCESS" "$IDP/userinfo")
ok "$([ "$CODE" = 200 ] && jq -e --arg sub "$SUB" '.sub == $sub and (.niss | length == 11) and
    (.email | length > 3)' "$tmp/ui" >/dev/null; echo $?)" "userinfo: same sub, niss, email"
CODE=$(curl -s -o /dev/null -D "$tmp/h" -w '%{http_code}' "$IDP/userinfo")
ok "$([ "$CODE" = 401 ] && grep -qi '^www-authenticate: Bearer' "$tmp/h"; echo $?)" \
    "userinfo without a token: 401 with a Bearer challenge"
CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer x$ACCESS" "$IDP/userinfo")
ok "$([ "$CODE" = 401 ]; echo $?)" "userinfo with an unknown token: 401"

# --- code binding and single use
redeem "$FIRST_CODE" "$FIRST_VERIFIER" -H "Authorization: Basic $(basic_auth)"
ok "$([ "$CODE" = 400 ] && [ "$(jq -r .error "$tmp/token")" = invalid_grant ]; echo $?)" \
    "a code redeemed twice: invalid_grant"
CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ACCESS" "$IDP/userinfo")
ok "$([ "$CODE" = 401 ]; echo $?)" "the replay revoked the first access token"
login_eid "openid"
REDEEM_REDIRECT=$REDIRECT_URI/other redeem "$AUTH_CODE" "$VERIFIER" \
    -H "Authorization: Basic $(basic_auth)"
ok "$([ "$CODE" = 400 ] && [ "$(jq -r .error "$tmp/token")" = invalid_grant ]; echo $?)" \
    "another redirect_uri at the token endpoint: invalid_grant"
login_eid "openid"
redeem "$AUTH_CODE" "$VERIFIER" -H "Authorization: Basic $(basic_auth)" \
    --data-urlencode "redirect_uri=$REDIRECT_URI/other"
ok "$([ "$CODE" = 400 ] && [ "$(jq -r .error "$tmp/token")" = invalid_request ]; echo $?)" \
    "a repeated token parameter: invalid_request"
login_eid "openid"
# Another last character (the verifier is random: it may end in x already).
if [ "${VERIFIER: -1}" = x ]; then WRONG=${VERIFIER%?}y; else WRONG=${VERIFIER%?}x; fi
redeem "$AUTH_CODE" "$WRONG" -H "Authorization: Basic $(basic_auth)"
ok "$([ "$CODE" = 400 ] && [ "$(jq -r .error "$tmp/token")" = invalid_grant ]; echo $?)" \
    "a wrong code_verifier: invalid_grant"

# --- client authentication
login_eid "openid profile"
redeem "$AUTH_CODE" "$VERIFIER" --data-urlencode "client_id=$CLIENT_ID" \
    --data-urlencode "client_secret=$CLIENT_SECRET"
ok "$([ "$CODE" = 200 ] && jq -e '.id_token' "$tmp/token" >/dev/null; echo $?)" \
    "token with client_secret_post"
claims "$(jq -r .id_token "$tmp/token")" >"$tmp/claims"
ACCESS=$(jq -r .access_token "$tmp/token")
curl -s -H "Authorization: Bearer $ACCESS" "$IDP/userinfo" >"$tmp/ui"
ok "$(jq -e 'has("niss") | not' "$tmp/claims" >/dev/null && jq -e '(has("niss") | not) and
    (.given_name | length > 0)' "$tmp/ui" >/dev/null; echo $?)" \
    "without scope egovnrn: no niss in id_token or userinfo"
login_eid "openid"
redeem "$AUTH_CODE" "$VERIFIER" -u "$CLIENT_ID:wrong-secret-value"
ok "$([ "$CODE" = 401 ] && [ "$(jq -r .error "$tmp/token")" = invalid_client ] &&
    grep -qi '^www-authenticate: Basic' "$tmp/token.headers"; echo $?)" \
    "wrong secret (basic): 401 invalid_client"
redeem "$AUTH_CODE" "$VERIFIER" --data-urlencode "client_id=$CLIENT_ID" \
    --data-urlencode "client_secret=${CLIENT_SECRET}x"
ok "$([ "$CODE" = 401 ] && [ "$(jq -r .error "$tmp/token")" = invalid_client ]; echo $?)" \
    "wrong secret (post): 401 invalid_client"
redeem "$AUTH_CODE" "$VERIFIER" -H "Authorization: Basic $(basic_auth)" \
    --data-urlencode "client_secret=$CLIENT_SECRET"
ok "$([ "$CODE" = 400 ] && [ "$(jq -r .error "$tmp/token")" = invalid_request ]; echo $?)" \
    "two client authentication methods at once: invalid_request"
redeem "$AUTH_CODE" "$VERIFIER" -H "Authorization: Basic $(basic_auth)"
ok "$([ "$CODE" = 200 ]; echo $?)" "refused client attempts did not spend the code"

# --- the e-mail key
new_request
rm -f "$jar"
browse "$(authorize_url "openid profile")"
browse "$IDP/login/mail"
token=$(csrf)
touch "$tmp/mark"
sleep 1
browse --data-urlencode "csrf=$token" --data-urlencode "uid=$USER_UID" \
    --data-urlencode "password=$USER_PW" "$IDP/login/mail"
ok "$([ "$CODE" = 200 ] && grep -q 'name="code"' "$tmp/body"; echo $?)" \
    "e-mail key: the password leads to the code form"
mailcode=
for _ in $(seq 30); do
	f=$(find "$MAIL_DIR" -type f -newer "$tmp/mark" 2>/dev/null | head -n 1)
	[ -n "$f" ] && mailcode=$(grep -Eo '^ *[0-9]{6}[[:space:]]*$' "$f" | tr -d ' \r' | head -n 1)
	[ -n "$mailcode" ] && break
	sleep 0.2
done
ok "$([ -n "$mailcode" ]; echo $?)" "the 6-digit code arrived at the SMTP sink"
wrong=$(printf '%06d' $(( (10#${mailcode:-0} + 1) % 1000000 )))
browse --data-urlencode "csrf=$token" --data-urlencode "code=$wrong" "$IDP/login/mail/code"
ok "$([ "$CODE" = 401 ] && [ -z "$LOC" ]; echo $?)" "a wrong e-mailed code is refused"
browse --data-urlencode "csrf=$token" --data-urlencode "code=$mailcode" "$IDP/login/mail/code"
ok "$([ "$CODE" = 303 ] && [ -n "$(qparam "$LOC" code)" ]; echo $?)" "the right code logs in"
redeem "$(qparam "$LOC" code)" "$VERIFIER" -H "Authorization: Basic $(basic_auth)"
ok "$([ "$(claims "$(jq -r .id_token "$tmp/token")" | jq -r .acr)" = urn:be:fedict:iam:fas:Level300 ]; echo $?)" \
    "acr of the e-mail key"
browse --data-urlencode "csrf=$token" --data-urlencode "code=$mailcode" "$IDP/login/mail/code"
ok "$([ "$CODE" != 303 ]; echo $?)" "the e-mailed code works once ($CODE)"

new_request
rm -f "$jar"
browse "$(authorize_url "openid")"
browse "$IDP/login/mail"
browse --data-urlencode "csrf=$(csrf)" --data-urlencode 'uid="><script>alert(1)</script>' \
    --data-urlencode "password=x" "$IDP/login/mail"
ok "$([ "$CODE" = 401 ] && ! grep -q '<script>alert' "$tmp/body" &&
    grep -q '&lt;script&gt;alert\|&quot;&gt;&lt;script' "$tmp/body"; echo $?)" \
    "a typed user name is shown back escaped"

# --- the mobile app key
new_request
rm -f "$jar"
browse "$(authorize_url "openid")"
browse "$IDP/login/app"
token=$(csrf)
# A code of the next step: still accepted (±1 step), and used by no earlier run.
otp=$(totp "$USER_TOTP" 30)
browse --data-urlencode "csrf=$token" --data-urlencode "uid=$USER_UID" \
    --data-urlencode "password=$USER_PW" --data-urlencode "code=$otp" "$IDP/login/app"
ok "$([ "$CODE" = 303 ] && [ -n "$(qparam "$LOC" code)" ]; echo $?)" "mobile app key: password + TOTP log in"
new_request
rm -f "$jar"
browse "$(authorize_url "openid")"
browse "$IDP/login/app"
browse --data-urlencode "csrf=$(csrf)" --data-urlencode "uid=$USER_UID" \
    --data-urlencode "password=$USER_PW" --data-urlencode "code=$otp" "$IDP/login/app"
ok "$([ "$CODE" = 401 ] && [ -z "$LOC" ]; echo $?)" "the same TOTP code twice is refused"
redis DEL "idp:fail:$USER_UID" >/dev/null 2>&1

# --- eIDAS
new_request
rm -f "$jar"
browse "$(authorize_url "openid egovnrn")"
browse "$IDP/login/eidas"
token=$(csrf)
ok "$(grep -q "value=\"$FOREIGN_UID\"" "$tmp/body" && ! grep -q "value=\"$USER_UID\"" "$tmp/body"; echo $?)" \
    "eIDAS lists foreign identities only"
browse --data-urlencode "csrf=$token" --data-urlencode "uid=$USER_UID" "$IDP/login/eidas"
ok "$([ "$CODE" = 400 ] && [ -z "$LOC" ]; echo $?)" "a Belgian identity through eIDAS is refused"
browse --data-urlencode "csrf=$token" --data-urlencode "uid=$FOREIGN_UID" "$IDP/login/eidas"
redeem "$(qparam "$LOC" code)" "$VERIFIER" -H "Authorization: Basic $(basic_auth)"
ok "$(claims "$(jq -r .id_token "$tmp/token")" | python3 -c 'import json, sys
sys.path.insert(0, "")
n = json.load(sys.stdin).get("niss", "")
sys.exit(0 if len(n) == 11 and int(n[2:4]) >= 20 else 1)'; echo $?)" \
    "the eIDAS identity carries a BIS number (month + 20 or + 40)"

# --- lock-out
new_request
rm -f "$jar"
browse "$(authorize_url "openid")"
browse "$IDP/login/mail"
token=$(csrf)
for i in 1 2 3 4 5; do
	browse --data-urlencode "csrf=$token" --data-urlencode "uid=$USER_UID" \
	    --data-urlencode "password=wrong-$i" "$IDP/login/mail"
	codes="${codes:-}$CODE "
done
ok "$([ "$codes" = "401 401 401 401 401 " ]; echo $?)" "5 wrong passwords refused ($codes)"
ok "$(grep -q "bloqué pendant 15 minutes" "$tmp/body"; echo $?)" "the 5th says the account is locked"
browse --data-urlencode "csrf=$token" --data-urlencode "uid=$USER_UID" \
    --data-urlencode "password=$USER_PW" "$IDP/login/mail"
ok "$([ "$CODE" = 429 ] && grep -q "bloqué" "$tmp/body" && ! grep -q 'name="code"' "$tmp/body"; echo $?)" \
    "locked: even the right password is refused"
redis DEL "idp:fail:$USER_UID" >/dev/null 2>&1

# --- session at the provider and logout
login_eid "openid"
redeem "$AUTH_CODE" "$VERIFIER" -H "Authorization: Basic $(basic_auth)"
ID_TOKEN=$(jq -r .id_token "$tmp/token")
new_request
browse "$(authorize_url openid)"
ok "$([ "$CODE" = 303 ] && [ "${LOC%%\?*}" = "$REDIRECT_URI" ] && [ -n "$(qparam "$LOC" code)" ]; echo $?)" \
    "with a session here, authorize answers without the key page"
browse "$(authorize_url openid prompt=login)"
ok "$([ "${LOC%%\?*}" = /login ]; echo $?)" "prompt=login shows the key page again"
browse "$IDP/logout?id_token_hint=$ID_TOKEN&post_logout_redirect_uri=$(urlenc "https://evil.example/")&state=s1"
ok "$([ "$CODE" = 400 ] && [ -z "$LOC" ]; echo $?)" "logout to an unregistered address: refused"
browse "$IDP/logout?post_logout_redirect_uri=$(urlenc "$LOGOUT_URI")&state=s1"
ok "$([ "$CODE" = 400 ] && [ -z "$LOC" ]; echo $?)" "logout redirect without hint or client_id: refused"
browse "$IDP/logout?id_token_hint=$ID_TOKEN&post_logout_redirect_uri=$(urlenc "$LOGOUT_URI")&state=s2"
ok "$([ "$CODE" = 303 ] && [ "$LOC" = "${LOGOUT_URI}?state=s2" ]; echo $?)" \
    "logout with id_token_hint returns to the registered address with the state"
browse "$(authorize_url openid)"
ok "$([ "${LOC%%\?*}" = /login ]; echo $?)" "after logout, authorize asks for a key again"
rm -f "$jar"
browse "$(authorize_url openid prompt=none)"
refused login_required "$STATE" "prompt=none without a session: login_required"

# --- key rotation (csam-dev --rotate on the stack's configuration)
CSAM_DEV=${CSAM_DEV:-${top_builddir:-$top_srcdir}/fcgi/idp/csam-dev}
if [ -x "$CSAM_DEV" ] && "$CSAM_DEV" -c "$IDP_CONF" --rotate 2>"$tmp/rotate.log"; then
	old_kid=$(b64url_decode "$(printf '%s' "$ID_TOKEN" | cut -d. -f1)" | jq -r .kid)
	curl -s "$IDP/jwks" >"$tmp/jwks"
	ok "$(jq -e --arg k "$old_kid" '(.keys | length) == 2 and .keys[0].kid != $k and
	    .keys[1].kid == $k' "$tmp/jwks" >/dev/null; echo $?)" \
	    "after --rotate the JWKS serves the new key first and the previous one"
	login_eid "openid"
	redeem "$AUTH_CODE" "$VERIFIER" -H "Authorization: Basic $(basic_auth)"
	new_token=$(jq -r .id_token "$tmp/token")
	ok "$([ "$(b64url_decode "$(printf '%s' "$new_token" | cut -d. -f1)" | jq -r .kid)" != "$old_kid" ] &&
	    verify_jws "$new_token" && verify_jws "$ID_TOKEN"; echo $?)" \
	    "new id_tokens use the new kid; both old and new verify with the JWKS"
	browse "$IDP/logout?id_token_hint=$ID_TOKEN&post_logout_redirect_uri=$(urlenc "$LOGOUT_URI")"
	ok "$([ "$CODE" = 303 ]; echo $?)" "an id_token of the previous key is still a valid logout hint"
else
	diag "rotation not tested: $CSAM_DEV missing or --rotate failed: $(cat "$tmp/rotate.log" 2>/dev/null)"
fi

done_testing
