#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# test_op checked on its own, so that rp_oidc.sh can trust it: the good
# id_token really is good (RS256, kid k1, signature verified by openssl
# against the JWKS key, the claims asked for), the provider is strict where
# it should be (PKCE S256, single-use codes, client authentication, exact
# redirect_uri), and each mode carries exactly its defect. Needs curl, jq
# and openssl; TAP output.

set -u

top_builddir=${top_builddir:-.}
TEST_OP=${TEST_OP:-$top_builddir/tests/oidc/test_op}
CLIENT_ID=selftest
CLIENT_SECRET='s3:cr+t/%'
REDIRECT=http://127.0.0.1:9/cb

n=0
failed=0
ok() {	# ok STATUS DESCRIPTION
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else failed=$((failed + 1)); echo "not ok $n - $2"; fi
}
skip_all() { echo "1..0 # SKIP $*"; exit 0; }

[ -x "$TEST_OP" ] || skip_all "$TEST_OP not built"
for tool in curl jq openssl od; do
	command -v "$tool" >/dev/null || skip_all "$tool missing"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_op.XXXXXX")
op_pid=
cleanup() {
	[ -n "$op_pid" ] && kill "$op_pid" 2>/dev/null && wait "$op_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

started=1
for _ in $(seq 10); do
	port=$((20000 + RANDOM % 20000))
	OP=http://127.0.0.1:$port/op
	"$TEST_OP" -l "127.0.0.1:$port" -i "$OP" -c "$CLIENT_ID" -s "$CLIENT_SECRET" 2>"$tmp/log" &
	op_pid=$!
	for _ in $(seq 50); do
		curl -fs -o /dev/null "$OP/.well-known/openid-configuration" && { started=0; break 2; }
		kill -0 "$op_pid" 2>/dev/null || break
		sleep 0.1
	done
	kill "$op_pid" 2>/dev/null
	wait "$op_pid" 2>/dev/null
	op_pid=
done
[ $started = 0 ] || skip_all "test_op would not start"

b64url_decode() {	# base64url text on stdin -> bytes on stdout
	local s
	s=$(tr '_-' '/+')
	case $((${#s} % 4)) in 2) s=$s== ;; 3) s=$s= ;; esac
	printf '%s' "$s" | openssl base64 -d -A
}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
s256() { printf '%s' "$1" | openssl dgst -sha256 -binary | b64url; }
urlenc() { jq -rn --arg v "$1" '$v | @uri'; }
hdr() { tr -d '\r' <"$tmp/h" | awk -v k="$1:" 'tolower($1) == k { sub(/^[^:]*: */, ""); print }'; }
param_of() {	# param_of URL NAME
	local kv p
	IFS='&' read -ra kv <<<"${1#*\?}"
	for p in "${kv[@]}"; do [ "${p%%=*}" = "$2" ] && { echo "${p#*=}"; return; }; done
}
get() { curl -s -D "$tmp/h" -o "$tmp/b" -w '%{http_code}' "$@"; }
jwt_part() { cut -d. -f"$2" <<<"$1" | b64url_decode; }	# jwt_part JWT 1|2

# The JWKS key as a PEM public key: DER RSAPublicKey from n and e.
key_pem() {
	local n e
	n=$(jq -r '.keys[0].n' "$tmp/jwks" | b64url_decode | od -An -v -tx1 | tr -d ' \n')
	e=$(jq -r '.keys[0].e' "$tmp/jwks" | b64url_decode | od -An -v -tx1 | tr -d ' \n')
	printf 'asn1=SEQUENCE:k\n[k]\nn=INTEGER:0x%s\ne=INTEGER:0x%s\n' "$n" "$e" >"$tmp/asn1"
	openssl asn1parse -genconf "$tmp/asn1" -out "$tmp/key.der" -noout &&
	    openssl rsa -RSAPublicKey_in -inform DER -in "$tmp/key.der" -pubout -out "$tmp/key.pem" 2>/dev/null
}
sig_valid() {	# sig_valid JWT
	local h p
	IFS=. read -r h p _ <<<"$1"
	cut -d. -f3 <<<"$1" | b64url_decode >"$tmp/sig"
	printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -verify "$tmp/key.pem" -signature "$tmp/sig" >/dev/null 2>&1
}

# authorize [NONCE]: sets CODE and VERIFIER.
authorize() {
	VERIFIER=$(openssl rand 32 | b64url)
	CODE=
	get "$OP/authorize?response_type=code&client_id=$CLIENT_ID&redirect_uri=$(urlenc "$REDIRECT")&scope=openid%20profile&state=st-1&nonce=${1:-n-1}&code_challenge=$(s256 "$VERIFIER")&code_challenge_method=S256" >/dev/null
	CODE=$(param_of "$(hdr location)" code)
}
# token [VERIFIER] [SECRET] [post]: prints the status, body in $tmp/b.
token() {
	local v=${1:-$VERIFIER} secret=${2:-$CLIENT_SECRET}
	if [ "${3:-}" = post ]; then
		get "$OP/token" --data-urlencode grant_type=authorization_code --data-urlencode "code=$CODE" \
		    --data-urlencode "redirect_uri=$REDIRECT" --data-urlencode "code_verifier=$v" \
		    --data-urlencode "client_id=$CLIENT_ID" --data-urlencode "client_secret=$secret"
	else
		get "$OP/token" -u "$CLIENT_ID:$(urlenc "$secret")" --data-urlencode grant_type=authorization_code \
		    --data-urlencode "code=$CODE" --data-urlencode "redirect_uri=$REDIRECT" \
		    --data-urlencode "code_verifier=$v"
	fi
}
mode() { curl -fs -o /dev/null "$OP/mode?m=$1"; }
# id_token_for MODE: a whole exchange in that mode; sets JWT, HEAD, CLAIMS, ACCESS.
id_token_for() {
	mode "$1"
	authorize n-1
	token >/dev/null
	JWT=$(jq -r .id_token "$tmp/b")
	ACCESS=$(jq -r .access_token "$tmp/b")
	HEAD=$(jwt_part "$JWT" 1)
	CLAIMS=$(jwt_part "$JWT" 2)
}
claim() { jq -r "$1" <<<"$CLAIMS"; }

# --- discovery and keys ----------------------------------------------------
get "$OP/.well-known/openid-configuration" >/dev/null
[ "$(jq -r .issuer "$tmp/b")" = "$OP" ] &&
    [ "$(jq -r .token_endpoint "$tmp/b")" = "$OP/token" ] &&
    [ "$(jq -r '.code_challenge_methods_supported[0]' "$tmp/b")" = S256 ]
ok $? "discovery: issuer exactly -i, endpoints below it, S256"
curl -fs "$OP/jwks" >"$tmp/jwks"
[ "$(jq -c '[.keys[] | [.kid, .kty, .use, .alg, has("d")]]' "$tmp/jwks")" = '[["k1","RSA","sig","RS256",false]]' ]
ok $? "jwks: one public RSA key, kid k1"
key_pem
ok $? "jwks: the key converts to PEM"

# --- authorize ---------------------------------------------------------------
authorize
loc=$(hdr location)
[ -n "$CODE" ] && [ "$(param_of "$loc" state)" = st-1 ] && [ "${loc%%\?*}" = "$REDIRECT" ] &&
    [ -z "$(tr -d 'A-Za-z0-9_-' <<<"$CODE")" ]
ok $? "authorize: 302 to redirect_uri with a URL-safe code and the state"
st=$(get "$OP/authorize?response_type=code&client_id=$CLIENT_ID&redirect_uri=$(urlenc "$REDIRECT")&scope=openid&state=s&nonce=n")
[ "$st" = 302 ] && [ "$(param_of "$(hdr location)" error)" = invalid_request ]
ok $? "authorize without PKCE: error=invalid_request"
st=$(get "$OP/authorize?response_type=code&client_id=nobody&redirect_uri=$(urlenc "$REDIRECT")")
[ "$st" = 400 ]
ok $? "authorize for an unknown client: 400, no redirect"

# --- token -------------------------------------------------------------------
authorize
[ "$(token "$(openssl rand 32 | b64url)")" = 400 ] && [ "$(jq -r .error "$tmp/b")" = invalid_grant ]
ok $? "token: a verifier that does not match the challenge is refused"
[ "$(token "" wrong)" = 401 ] && [ "$(jq -r .error "$tmp/b")" = invalid_client ]
ok $? "token: a wrong client secret is refused"
[ "$(token)" = 200 ] && [ "$(jq -r .token_type "$tmp/b")" = Bearer ]
ok $? "token: client_secret_basic with a form-encoded secret, after failures"
[ "$(token)" = 400 ]
ok $? "token: a code is single-use"
authorize
[ "$(token "" "" post)" = 200 ]
ok $? "token: client_secret_post"
! grep -qF "$CLIENT_SECRET" <(curl -fs "$OP/requests") &&
    [ "$(curl -fs "$OP/requests" | jq -r 'select(.form.client_secret) | .form.client_secret' | sort -u)" = '***' ]
ok $? "requests: the client secret never shows"

# --- the good id_token --------------------------------------------------------
id_token_for ok
now=$(date +%s)
[ "$(jq -c '[.alg, .kid]' <<<"$HEAD")" = '["RS256","k1"]' ]
ok $? "ok: header RS256, kid k1"
sig_valid "$JWT"
ok $? "ok: the signature verifies with the JWKS key (openssl)"
[ "$(claim .iss)" = "$OP" ] && [ "$(claim .aud)" = "$CLIENT_ID" ] && [ "$(claim .nonce)" = n-1 ] &&
    [ "$(claim .sub)" = test-sub-1 ] && [ "$(claim .niss)" = 85073003328 ] &&
    [ $(($(claim .exp) - $(claim .iat))) = 300 ] && [ $(($(claim .iat) - now)) -le 1 ] &&
    [ $((now - $(claim .iat))) -le 1 ]
ok $? "ok: iss, aud, nonce, sub, niss, exp = iat + 300, iat = now"
st=$(get "$OP/userinfo" -H "Authorization: Bearer $ACCESS")
[ "$st" = 200 ] && [ "$(jq -r .sub "$tmp/b")" = test-sub-1 ]
ok $? "userinfo: the same sub"
[ "$(get "$OP/userinfo" -H "Authorization: Bearer nope")" = 401 ] &&
    [ -n "$(hdr www-authenticate)" ]
ok $? "userinfo: an unknown token gets 401 and WWW-Authenticate"

# --- each mode carries its defect --------------------------------------------
id_token_for wrong_nonce
[ "$(claim .nonce)" != n-1 ] && sig_valid "$JWT"
ok $? "wrong_nonce: another nonce, signature still good"
id_token_for wrong_aud
[ "$(claim .aud)" != "$CLIENT_ID" ] && sig_valid "$JWT"
ok $? "wrong_aud: another audience, signature still good"
id_token_for wrong_iss
[ "$(claim .iss)" != "$OP" ] && sig_valid "$JWT"
ok $? "wrong_iss: another issuer, signature still good"
id_token_for expired
now=$(date +%s)
[ $(($(claim .exp) - now)) -le -3599 ] && [ $(($(claim .iat) - now)) -le -3699 ] && sig_valid "$JWT"
ok $? "expired: exp an hour ago, signature still good"
id_token_for future_iat
now=$(date +%s)
[ $(($(claim .iat) - now)) -ge 599 ] && sig_valid "$JWT"
ok $? "future_iat: iat ten minutes ahead, signature still good"
id_token_for multi_aud_no_azp
[ "$(jq -c .aud <<<"$CLAIMS")" = "[\"$CLIENT_ID\",\"other\"]" ] && [ "$(claim .azp)" = null ]
ok $? "multi_aud_no_azp: two audiences, no azp"
id_token_for bad_signature
[ "$(jq -r .kid <<<"$HEAD")" = k1 ] && ! sig_valid "$JWT" && [ "$(claim .nonce)" = n-1 ]
ok $? "bad_signature: kid k1 but the k1 key does not verify it"
id_token_for unknown_kid
[ "$(jq -r .kid <<<"$HEAD")" = k9 ] && ! sig_valid "$JWT"
ok $? "unknown_kid: kid k9, which the JWKS lacks"
id_token_for alg_none
[ "$(jq -r .alg <<<"$HEAD")" = none ] && [ -z "$(cut -d. -f3 <<<"$JWT")" ] &&
    [ "$(tr -cd . <<<"$JWT")" = .. ] && [ "$(claim .iss)" = "$OP" ]
ok $? "alg_none: alg none, empty signature, claims otherwise good"
id_token_for userinfo_sub
get "$OP/userinfo" -H "Authorization: Bearer $ACCESS" >/dev/null
[ "$(jq -r .sub "$tmp/b")" = someone-else ] && [ "$(claim .sub)" = test-sub-1 ]
ok $? "userinfo_sub: userinfo names someone else"
mode error
authorize
loc=$(hdr location)
[ -z "$CODE" ] && [ "$(param_of "$loc" error)" = access_denied ] && [ "$(param_of "$loc" state)" = st-1 ]
ok $? "error: error=access_denied with the state, no code"
mode reuse_code
authorize
[ "$(token)" = 200 ] && [ "$(token)" = 200 ] && [ "$(token "$(openssl rand 32 | b64url)")" = 400 ]
ok $? "reuse_code: a code works twice, PKCE still checked"
mode replay_no_pkce
[ "$(token "$(openssl rand 32 | b64url)")" = 200 ]
ok $? "replay_no_pkce: a used code with any verifier works"
mode ok
[ "$(token)" = 400 ]
ok $? "ok again: the used code is refused"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$OP/mode?m=bogus")" = 400 ] &&
    [ "$(curl -fs "$OP/mode")" = ok ]
ok $? "mode: an unknown name is refused, the mode stays"

# --- logout and limits ----------------------------------------------------------
st=$(get "$OP/logout?post_logout_redirect_uri=$(urlenc http://127.0.0.1:9/bye)&state=z")
[ "$st" = 302 ] && [ "$(hdr location)" = "http://127.0.0.1:9/bye?state=z" ]
ok $? "logout: 302 to post_logout_redirect_uri with the state"
st=$(head -c 40000 /dev/zero | tr '\0' a | curl -s -o /dev/null -w '%{http_code}' \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @- "$OP/token")
[ "$st" = 413 ]
ok $? "a body over the limit: 413"
kill -0 "$op_pid"
ok $? "test_op still runs"

echo "1..$n"
[ $failed = 0 ]
