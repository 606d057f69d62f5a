# SPDX-License-Identifier: EUPL-1.2
#
# HTTP helpers for the integration tests (curl), with tests/lib/tap.sh.
#
#   http [CURL-ARGS...] URL   one request; sets HTTP_STATUS, HTTP_HEADERS
#                             (CR removed) and HTTP_BODY
#   http_raw REQUEST-TEXT     the same for bytes written as they are to
#                             nginx (requests curl refuses to send)
#   header NAME               the last response's header NAME (any case)
#   pool_http PATH [VAR=VALUE...]
#                             the same three variables for a FastCGI
#                             request straight to the pool (stack.sh)
#   html_title                the last body's <title> text
#   msg LANG KEY              a message of xsl/i18n/LANG.xml (plain-text
#                             messages only; needs stack_load for ST_SRC)

http() {
	_http_split "$(curl -s -i -m 30 "$@" | tr -d '\r')"
}

# Headers and body of a raw response, after any 1xx interim response.
_http_split() {
	local out=$1

	while [[ $out =~ ^HTTP/[0-9.]+\ 1[0-9][0-9] ]]; do
		out=${out#*$'\n\n'}
	done
	HTTP_HEADERS=${out%%$'\n\n'*}
	HTTP_BODY=${out#*$'\n\n'}
	[ "$HTTP_BODY" != "$out" ] || HTTP_BODY=
	HTTP_STATUS=$(printf '%s\n' "$HTTP_HEADERS" | sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p')
}

http_raw() {	# needs ST_PORT (stack_load)
	_http_split "$(timeout 10 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"
	    printf "%s" "$2" >&3; cat <&3' _ "$ST_PORT" "$1" | tr -d '\r')"
}

pool_http() {
	local out status

	out=$(stack_pool_request "$@" | tr -d '\r')
	status=$(printf '%s\n' "${out%%$'\n\n'*}" | sed -n 's/^Status: \([0-9]*\).*/\1/p')
	# CGI: no Status line means 200.
	_http_split "HTTP/1.1 ${status:-200}"$'\n'"$out"
}

header() {
	printf '%s\n' "$HTTP_HEADERS" | awk -v want="$(echo "$1" | tr 'A-Z' 'a-z')" '
	    { i = index($0, ":") }
	    i && tolower(substr($0, 1, i - 1)) == want { v = substr($0, i + 1); sub(/^ +/, "", v) }
	    END { print v }'
}

html_title() {
	printf '%s' "$HTTP_BODY" | tr '\n' ' ' | sed -n 's/.*<title>\([^<]*\)<\/title>.*/\1/p'
}

msg() {	# msg LANG KEY: the catalogue text as pages show it (&#160; a no-break space)
	sed -n "s|.*<msg key=\"$2\">\([^<]*\)</msg>.*|\1|p" "$ST_SRC/xsl/i18n/$1.xml" |
	    sed 's/&#160;/\xc2\xa0/g'
}
