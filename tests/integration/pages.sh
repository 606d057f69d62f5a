#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# Part A pages through nginx, on the stack ./dev test started (BW_STACK_DIR,
# BW_URL): the start page, /?lang=nl, the XML of a page, /healthz, and every
# error page (400 403 404 405 413 500 503) in French and another language,
# whether the pool or nginx raised the error; the security headers on
# each response; the request id shared by nginx's and the pool's logs;
# the public pages kept once rendered, per language, never for a session.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
U=$ST_URL
FORM='Content-Type: application/x-www-form-urlencoded'

# The headers nginx adds to every response, errors included.
security_headers() {	# security_headers WHAT
	local csp

	csp=$(header Content-Security-Policy)
	like "$csp" "^default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self' $ST_IDP_URL; frame-ancestors 'none'; base-uri 'none'; object-src 'none'\$" \
	    "$1: Content-Security-Policy"
	is "$(header X-Content-Type-Options)/$(header Referrer-Policy)/$(header X-Frame-Options)" \
	    "nosniff/same-origin/DENY" "$1: nosniff, same-origin referrer, no framing"
	is "$(header Server)" nginx "$1: Server names no version"
	is "$(header Strict-Transport-Security)" "" "$1: no HSTS over plain http"
}

# An error page: its status, HTML, and the catalogue's title in LANG.
error_page() {	# error_page STATUS LANG WHAT
	is "$HTTP_STATUS" "$1" "$3: status $1"
	like "$(header Content-Type)" '^text/html; charset=utf-8$' "$3: HTML"
	like "$HTTP_BODY" "<html lang=\"$2\"" "$3: in $2"
	like "$(html_title)" "^$(msg "$2" "error.$1.title") – " "$3: the $1 page's title in $2"
}

# --- start page, language, XML, health ---------------------------------------

http "$U/"
is "$HTTP_STATUS" 200 "start page: 200"
like "$(header Content-Type)" '^text/html; charset=utf-8$' "start page: HTML in UTF-8"
like "$HTTP_BODY" "Vous pouvez introduire facilement et rapidement une demande d'interruption de carrière via Break@work" \
    "start page: the seed's introduction"
like "$HTTP_BODY" '<html lang="fr"' "start page: French by default"
security_headers "start page"

http -I "$U/"
is "$HTTP_STATUS" 200 "HEAD /: 200"
is "$HTTP_BODY" "" "HEAD /: no body"

http "$U/?lang=nl"
is "$HTTP_STATUS" 200 "/?lang=nl: 200"
like "$HTTP_BODY" '<html lang="nl"' "/?lang=nl: Dutch"
like "$HTTP_BODY" "$(msg nl menu.dossier)" "/?lang=nl: the Dutch menu"
like "$HTTP_HEADERS" '^Set-Cookie: lang=nl;' "/?lang=nl: remembered in the lang cookie"
http -H 'Cookie: lang=nl' "$U/"
like "$HTTP_BODY" '<html lang="nl"' "the lang cookie keeps Dutch"
http -H 'Accept-Language: de-BE,de;q=0.9' "$U/"
like "$HTTP_BODY" '<html lang="de"' "Accept-Language: de gives German"

http -H 'Accept: application/xml' "$U/"
is "$HTTP_STATUS" 200 "XML: 200"
like "$(header Content-Type)" '^application/xml' "XML: application/xml"
like "$HTTP_BODY" '<page id="start"' "XML: the start page's document"
unlike "$HTTP_BODY" '<html' "XML: not HTML"

http "$U/healthz"
is "$HTTP_STATUS" 200 "/healthz: 200"
like "$(header Content-Type)" '^text/plain' "/healthz: plain text"
is "$HTTP_BODY" $'redis: ok\nmariadb: ok' "/healthz: both stores answer"

http "$U/static/breakatwork.css"
is "$HTTP_STATUS" 200 "static file: 200"
like "$(header Cache-Control)" 'max-age=[1-9]' "static file: cacheable"
security_headers "static file"

# --- errors the pool raises ------------------------------------------------------

http "$U/?a=%zz"
error_page 400 fr "malformed percent-encoding"
http -H 'Accept-Language: nl' "$U/?a=%zz"
error_page 400 nl "malformed percent-encoding"

http -X POST -H "$FORM" --data 'x=1' "$U/auth/logout"
error_page 403 fr "POST without a CSRF token"
http -X POST -H "$FORM" -H 'Cookie: lang=de' --data 'x=1' "$U/auth/logout"
error_page 403 de "POST without a CSRF token"
security_headers "403 page"

http "$U/no-such-page"
error_page 404 fr "unknown path"
http -H 'Accept-Language: en' "$U/no-such-page"
error_page 404 en "unknown path"
security_headers "404 page"

http -X POST -H "$FORM" --data 'x=1' "$U/"
error_page 405 fr "POST /"
is "$(header Allow)" "GET, HEAD" "POST /: Allow: GET, HEAD"
http -X POST -H "$FORM" -H 'Accept-Language: nl' --data 'x=1' "$U/"
error_page 405 nl "POST /"

form=$(head -c 70000 /dev/zero | tr '\0' a)
http -X POST -H "$FORM" --data "x=$form" "$U/onem/login"
error_page 413 fr "form over max_form_bytes (pool)"
http -X POST -H "$FORM" -H 'Accept-Language: de' --data "x=$form" "$U/onem/login"
error_page 413 de "form over max_form_bytes (pool)"

# 500 and 503 have no trigger a test can pull through nginx (503 from a
# store that is down: stores.sh); the pool renders them at /_error/NNN,
# which nginx keeps internal.
for lang in fr nl; do
	for code in 403 500 503; do
		pool_http "/_error/$code" HTTP_ACCEPT_LANGUAGE="$lang"
		error_page "$code" "$lang" "/_error/$code straight to the pool"
	done
done
pool_http /_error/299
is "$HTTP_STATUS" 404 "/_error/ with a status it does not show: 404"
http "$U/_error/500"
is "$HTTP_STATUS" 404 "/_error/ is internal: a browser gets 404"

# --- errors nginx raises, shown as the pool's pages ------------------------------

big=$(mktemp)
head -c $((4 * 1024 * 1024)) /dev/zero >"$big"
http -X POST -H "$FORM" --data-binary "@$big" "$U/onem/login"
error_page 413 fr "body over client_max_body_size (nginx)"
security_headers "nginx 413"
http -X POST -H "$FORM" -H 'Cookie: lang=nl' --data-binary "@$big" "$U/onem/login"
error_page 413 nl "body over client_max_body_size (nginx)"
rm -f "$big"

http_raw $'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\nHost: b\r\n\r\n'
error_page 400 fr "duplicate Host header (nginx)"
security_headers "nginx 400"
http_raw $'GET / HTTP/1.1\r\nCookie: lang=en\r\nHost: a\r\nConnection: close\r\nHost: b\r\n\r\n'
error_page 400 en "duplicate Host header (nginx)"

http "$U/static/no-such-file.css"
error_page 404 fr "missing static file (nginx)"
http -H 'Accept-Language: nl' "$U/static/no-such-file.css"
error_page 404 nl "missing static file (nginx)"

# --- one request id in both logs -------------------------------------------------

probe=/request-id-probe-$$-$RANDOM
http "$U$probe"
id=$(grep -F "\"GET $probe " "$ST_DIR/log/nginx-access.log" | sed -n 's/.* req=\([0-9a-f]*\)$/\1/p' |
    tail -n 1)
like "$id" '^[0-9a-f]{32}$' "nginx logs a request id"
eventually 2 grep -q "req=$id .*GET $probe 404" "$ST_DIR/log/pool.log"
ok $? "the pool logs the same id (REQUEST_ID) with the request"

# Public pages are rendered once per worker and language, then kept: the
# kept copy answers only visitors without a session, in their language.
for i in 1 2 3 4 5 6; do http "$U/nouveau"; done
like "$HTTP_BODY" '<html lang="fr"' "the kept information page, in French"
http -H 'Accept-Language: nl' "$U/nouveau"
like "$HTTP_BODY" '<html lang="nl"' "in Dutch for a Dutch browser"
as_person KEPT worker 85031412401 Marie Dubois
for i in 1 2 3 4 5 6; do get KEPT "$U/nouveau"; like "$HTTP_BODY" 'class="person"' "a signed-in person gets their own page ($i)"; done
http "$U/nouveau"
unlike "$HTTP_BODY" 'class="person"|Dubois' "and the next visitor without a session gets none of it"

done_testing
