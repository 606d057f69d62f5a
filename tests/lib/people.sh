# SPDX-License-Identifier: EUPL-1.2
#
# Signed-in people for the integration tests, without a provider: a
# session is planted in the stack's Redis the way the pool stores it
# (hash sess:<64 hex>), and the database is read over the stack's socket.
# Needs stack_load (ST_REDIS_SOCK, ST_MARIADB_SOCK) and tests/lib/http.sh.
#
#   as_person VAR ROLE NISS GIVEN FAMILY [BCE [MANDATES]]
#                  plant a session; VAR gets its id, and CSRF_<VAR> its token
#   as_agent VAR UID OFFICE         the same for an ONEM agent of OFFICE (BXL, LIE...)
#   get VAR URL [CURL-ARGS...]      http with that session's cookie
#   post VAR URL [CURL-ARGS...]     the same as a form POST with its CSRF token
#   download VAR URL FILE           a file with that session's cookie into FILE;
#                                   HTTP_STATUS and HTTP_HEADERS as http sets them
#   sql QUERY                       one query as the administrator; rows on stdout
#   file_request [FIELD=VALUE...]   as EMP (an employer session of 0412345614),
#                  the employer's form with the defaults below changed by the
#                  arguments; LAST_ARGS keeps the fields posted, T the ticket
#                  of the request created (empty when refused)

as_person() {
	local var=$1 role=$2 niss=$3 given=$4 family=$5 bce=${6:-} mandates=${7:-}
	local id

	id=$(openssl rand -hex 32)
	redis-cli -s "$ST_REDIS_SOCK" HSET "sess:$id" niss "$niss" given_name "$given" \
	    family_name "$family" role "$role" created "$(date +%s)" csrf "csrf-$id" \
	    bce "$bce" mandates "$mandates" >/dev/null &&
	    redis-cli -s "$ST_REDIS_SOCK" EXPIRE "sess:$id" 3600 >/dev/null
	[ -n "$bce" ] || redis-cli -s "$ST_REDIS_SOCK" HDEL "sess:$id" bce >/dev/null
	printf -v "$var" '%s' "$id"
	printf -v "CSRF_$var" '%s' "csrf-$id"
}

as_agent() {
	as_person "$1" agent "$2" "" "$2"
	redis-cli -s "$ST_REDIS_SOCK" HSET "sess:${!1}" office "$3" >/dev/null
}

get() {
	local id=${!1} url=$2

	shift 2
	http -H "Cookie: bw_session=$id" "$@" "$url"
}

post() {
	local id=${!1} csrf_var="CSRF_$1" url=$2

	shift 2
	http -H "Cookie: bw_session=$id" --data-urlencode "csrf=${!csrf_var}" "$@" "$url"
}

download() {
	local id=${!1}

	HTTP_HEADERS=$(curl -s -m 30 -H "Cookie: bw_session=$id" -o "$3" -D - "$2" | tr -d '\r')
	HTTP_STATUS=$(printf '%s\n' "$HTTP_HEADERS" | sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p')
	HTTP_BODY=
}

sql() {
	mariadb --no-defaults --socket="$ST_MARIADB_SOCK" -u"$ST_USER" -N -B breakatwork -e "$1"
}

file_request() {
	local -A f=([worker_niss]=85031412401 [type]=parental [motive]= [regime]=1/1
	    [start]=01/03/2027 [end]=31/03/2027 [allowances]=1 [concerned_niss]=20010100137
	    [employer_name]="Boulangerie Peeters SRL" [employer_street]="Rue de la Loi 16"
	    [employer_postcode]=1000 [employer_city]=Bruxelles [employer_onss]=012345678
	    [joint_committee]=118 [work_percent]=100 [headcount]=25 [bce]=0412345614)
	local kv args=()

	get EMP "$ST_URL/employeur/demandes/nouvelle"
	f[form_token]=$(printf '%s' "$HTTP_BODY" | sed -n 's/.*name="form_token" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)
	for kv in "$@"; do f[${kv%%=*}]=${kv#*=}; done
	for kv in "${!f[@]}"; do args+=(--data-urlencode "$kv=${f[$kv]}"); done
	LAST_ARGS=("${args[@]}")
	post EMP "$ST_URL/employeur/demandes/nouvelle" "${args[@]}"
	T=$(header location | sed -n 's|.*/employeur/demandes/\([0-9]*\)$|\1|p')
}
