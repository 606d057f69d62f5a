#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# "Attestations" through nginx, with sessions planted in Redis
# (tests/lib/people.sh): the form and its errors; the attestation of
# the granted periods over a span (cut to it) and the one of remaining
# rights (a worked example across requests of different regimes); the PDF
# exactly as issued; the same request twice within a minute is one
# attestation; 20 a day; nobody else's attestation; and the public check
# page, which shows the initials and the periods, nothing personal.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"

BCE=0412345614
W=88041212335		# a worker of this test only
CHILD=16020245657	# born 02/02/2016
# Run again on the same stack, the test starts from no attestation.
sql "DELETE p FROM attestation_period p JOIN attestation a ON a.id = p.attestation_id WHERE a.worker_niss = '$W';
    DELETE b FROM attestation_balance b JOIN attestation a ON a.id = b.attestation_id WHERE a.worker_niss = '$W';
    DELETE FROM attestation WHERE worker_niss = '$W'"
as_person EMP employer 78110235737 Jan Peeters "$BCE" "$BCE"
as_person SOFIE worker "$W" Sofie Claes
as_person OTHER worker 85031412401 Marie Dubois

# file TYPE-ARGS...: a parental leave for the child; T is its ticket.
file() { file_request worker_niss=$W concerned_niss=$CHILD "$@"; }
decide() {	# decide TICKET STATUS: as the ONEM office would
	sql "UPDATE request SET status = '$2', received_on = CURDATE(), office_code = 'BXL',
	    confirmed_at = NOW() WHERE ticket = '$1'"
}
file regime=1/1 start=01/03/2027 end=31/03/2027; T1=$T; decide "$T1" granted
file regime=1/2 start=01/05/2027 end=30/06/2027; T2=$T; decide "$T2" granted
file regime=1/1 start=01/08/2027 end=31/08/2027; T3=$T	# Partiel: not granted yet
file regime=1/1 start=01/10/2027 end=31/10/2027; T4=$T; decide "$T4" cancelled
is "$(sql "SELECT COUNT(*) FROM request WHERE worker_niss = '$W'")" 4 "four requests filed"

get SOFIE "$ST_URL/attestations"
is "$HTTP_STATUS" 200 "Attestations opens"
like "$HTTP_BODY" "$(msg fr attestations.empty)" "none issued yet, said in words"
like "$HTTP_BODY" 'aria-current="page"[^>]*>Attestations<|href="/attestations"[^>]*aria-current' "the menu item is current"

# The form's errors, each next to its field, nothing issued
post SOFIE "$ST_URL/attestations"
is "$HTTP_STATUS" 422 "no kind chosen: refused"
like "$HTTP_BODY" "$(msg fr attestations.error.kind)" "with the reason"
post SOFIE "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=31/02/2027 \
    --data-urlencode end=
is "$HTTP_STATUS" 422 "a date that does not exist and a missing one: refused"
is "$(printf '%s' "$HTTP_BODY" | grep -o 'class="field-error"' | wc -l | tr -d ' ')" 2 "each told next to its field"
like "$HTTP_BODY" 'value="31/02/2027"' "the value typed kept"
post SOFIE "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=01/06/2027 \
    --data-urlencode end=31/05/2027
like "$HTTP_BODY" "$(msg fr attestations.error.order)" "an end before the start: refused"
post SOFIE "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=31/12/1984 \
    --data-urlencode end=31/05/2027
like "$HTTP_BODY" "$(msg fr attestations.error.early)" "a span before 1985: refused"
http -H "Cookie: bw_session=$SOFIE" --data-urlencode csrf=wrong --data-urlencode kind=rights \
    "$ST_URL/attestations"
is "$HTTP_STATUS" 403 "without the CSRF token: 403"
is "$(sql "SELECT COUNT(*) FROM attestation WHERE worker_niss = '$W'")" 0 "nothing issued by any of these"

# The granted periods from 01/01/2027 to 31/05/2027
post SOFIE "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=2027-01-01 \
    --data-urlencode end=31/05/2027
is "$HTTP_STATUS" 303 "the attestation of periods is issued"
loc=$(header location)
like "$loc" '^/attestations/[0-9A-HJKMNP-TV-Z]{16}\?nouvelle=1$' "and shown at its code"
CODE=${loc#/attestations/}; CODE=${CODE%%\?*}
SHOWN="${CODE:0:4}-${CODE:4:4}-${CODE:8:4}-${CODE:12:4}"
is "$(sql "SELECT CONCAT(kind, ' ', span_start, ' ', span_end, ' ', initials) FROM attestation WHERE code = '$CODE'")" \
    "periods 2027-01-01 2027-05-31 S. C." "stored with its span and the initials"
is "$(sql "SELECT GROUP_CONCAT(CONCAT(regime, ' ', start_date, ' ', end_date) ORDER BY seq SEPARATOR ', ') FROM attestation_period p JOIN attestation a ON a.id = p.attestation_id WHERE a.code = '$CODE'")" \
    "1/1 2027-03-01 2027-03-31, 1/2 2027-05-01 2027-05-31" \
    "the granted periods only, the second cut to the span"
get SOFIE "$ST_URL$loc"
is "$HTTP_STATUS" 200 "its page opens"
like "$HTTP_BODY" "$(msg fr attestation.ready)" "saying it is ready"
like "$HTTP_BODY" "$SHOWN" "with the verification code in groups of four"
like "$HTTP_BODY" "01/03/2027" "the first period"
like "$HTTP_BODY" "31/05/2027" "the second, up to the end of the span"
unlike "$HTTP_BODY" "30/06/2027|01/08/2027" "nothing past the span, nothing not granted"
post SOFIE "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=01/01/2027 \
    --data-urlencode end=31/05/2027
is "$(header location)" "$loc" "asked again within a minute: the same attestation"
is "$(sql "SELECT COUNT(*) FROM attestation WHERE worker_niss = '$W'")" 1 "issued once"

# The PDF, exactly as issued
download SOFIE "$ST_URL/attestations/$CODE.pdf" "$ST_DIR/tmp/attestation.pdf"
is "$HTTP_STATUS" 200 "the PDF downloads"
like "$(header content-type)" '^application/pdf' "as a PDF"
like "$(header content-disposition)" "^attachment; filename=\"attestation-$CODE.pdf\"" "as an attachment"
text=$(pdftotext -layout "$ST_DIR/tmp/attestation.pdf" - 2>/dev/null)
like "$text" "$(msg fr attestation.kind.periods)" "its title"
like "$text" "Sofie Claes" "the worker's name"
like "$text" "88.04.12-123.35" "and NISS"
like "$text" "Congé parental, temps plein : du 01/03/2027 au 31/03/2027" "the periods in words"
like "$text" "$SHOWN" "the verification code"
like "$text" "/verification" "and where to check it"
first=$(sha256sum < "$ST_DIR/tmp/attestation.pdf")
download SOFIE "$ST_URL/attestations/$CODE.pdf" "$ST_DIR/tmp/attestation2.pdf"
is "$(sha256sum < "$ST_DIR/tmp/attestation2.pdf")" "$first" "downloaded again: the same bytes"

# Remaining rights: T1 (1 month 1/1) + T2 (2 months 1/2 = 1 month 1/1) + T3
# (1 month 1/1, Partiel, counts) = 3 of the 4 months 1/1 for the child;
# the cancelled T4 does not count. = 6 of 8 half-time, 15 of 20 at 1/5.
post SOFIE "$ST_URL/attestations" --data-urlencode kind=rights
is "$HTTP_STATUS" 303 "the attestation of remaining rights is issued"
RLOC=$(header location); RCODE=${RLOC#/attestations/}; RCODE=${RCODE%%\?*}
bal() {	# bal REGIMES: "used remaining max" stored for the child
	sql "SELECT CONCAT(used, ' ', remaining, ' ', max) FROM attestation_balance b JOIN attestation a ON a.id = b.attestation_id WHERE a.code = '$RCODE' AND b.type = 'parental' AND b.concerned = '16.02.02-456.57' AND b.regimes = '$1'"
}
is "$(bal 1/1)" "3 1 4" "parental leave 1/1: 3 months used across three requests, 1 left of 4"
is "$(bal 1/2)" "6 2 8" "= 6 of 8 months half-time"
is "$(bal 1/5)" "15 5 20" "= 15 of 20 months at 1/5"
is "$(bal 1/10)" "30 10 40" "= 30 of 40 months at 1/10"
is "$(sql "SELECT COUNT(*) FROM attestation_period p JOIN attestation a ON a.id = p.attestation_id WHERE a.code = '$RCODE'")" \
    3 "three periods counted, the cancelled one not"
get SOFIE "$ST_URL$RLOC"
like "$HTTP_BODY" "$(msg fr rights.caption)" "its page shows the balances in a table"
download SOFIE "$ST_URL/attestations/$RCODE.pdf" "$ST_DIR/tmp/rights.pdf"
text=$(pdftotext "$ST_DIR/tmp/rights.pdf" - 2>/dev/null | tr '\n' ' ')
like "$text" "Congé parental, personne concernée 16.02.02-456.57, régime 1/1 : utilisé 3 mois, reste 1 mois, maximum 4 mois" \
    "the PDF states the balance in words"
get SOFIE "$ST_URL/attestations"
like "$HTTP_BODY" "$RCODE.*$CODE" "the list shows both, newest first"

# Nobody else's: another worker gets 404 for the page and the PDF
get OTHER "$ST_URL/attestations/$CODE"
is "$HTTP_STATUS" 404 "another worker: the attestation's page is 404"
like "$HTTP_BODY" "$(msg fr error.404.title)" "the error page says so"
get OTHER "$ST_URL/attestations/$CODE.pdf"
is "$HTTP_STATUS" 404 "and its PDF too"
get OTHER "$ST_URL/attestations"
unlike "$HTTP_BODY" "$CODE" "it is not in their list"
get EMP "$ST_URL/attestations"
is "$HTTP_STATUS" 403 "an employer has no attestations page"

# The public check page, without any session
logged=$(wc -l <"$ST_DIR/log/nginx-access.log")
http "$ST_URL/verification"
is "$HTTP_STATUS" 200 "the check page is public"
http "$ST_URL/verification?code=$(printf '%s' "$SHOWN" | tr 'A-Z' 'a-z')"
is "$HTTP_STATUS" 200 "a code typed in lower case with dashes is found"
like "$HTTP_BODY" "$(msg fr verify.ok.title)" "the attestation is said genuine"
like "$HTTP_BODY" "S\. C\." "with the holder's initials"
like "$HTTP_BODY" "01/03/2027" "and the periods"
unlike "$HTTP_BODY" "Sofie|Claes|$W|88\.04\.12|$CHILD|16\.02\.02|$T1|Boulangerie" \
    "and nothing personal: no name, NISS, child, ticket or employer"
as_person OTHER2 worker 85031412401 Marie Dubois
get OTHER2 "$ST_URL/verification?code=$RCODE"
is "$HTTP_STATUS" 200 "another person checking this worker's rights attestation"
unlike "$HTTP_BODY" "Sofie|Claes|88\.04\.12|16\.02\.02|$(msg fr attestation.balances.title)" \
    "sees no name, NISS, child or balances"
bad=${CODE:0:15}$( [ "${CODE:15:1}" = 0 ] && echo 1 || echo 0 )
http "$ST_URL/verification?code=$bad"
is "$HTTP_STATUS" 422 "a mistyped code (wrong check symbol) is refused"
like "$HTTP_BODY" "$(msg fr verify.error.format)" "as not a code"
http "$ST_URL/verification?code=01ABCDEFGHJKMNPA"
is "$HTTP_STATUS" 404 "a well-formed code nobody was given: 404"
like "$HTTP_BODY" "$(msg fr verify.error.unknown)" "said not issued by the ONEM"
http "$ST_URL/verification?code=+"
like "$HTTP_BODY" "$(msg fr verify.error.missing)" "an empty code: asked for"
checks=$(tail -n +"$((logged + 1))" "$ST_DIR/log/nginx-access.log" | grep ' "GET /verification')
like "$checks" '"GET /verification" 200' "nginx logs the checks"
unlike "$checks" 'code=' "without the codes"

# 20 a day: 18 more rows make 20; the 21st is refused with the reason
sql "INSERT INTO attestation (code, worker_niss, kind, initials, lang, pdf)
    SELECT CONCAT('ZZZZ', LPAD(seq, 12, '0')), '$W', 'rights', 'S. C.', 'fr', 'x'
    FROM seq_1_to_18"
post SOFIE "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=01/01/2020 \
    --data-urlencode end=31/12/2020
is "$HTTP_STATUS" 422 "the 21st attestation in 24 hours is refused"
like "$HTTP_BODY" "$(msg fr attestations.error.many | sed 's/{1}/20/')" "with the reason and the limit"
is "$(sql "SELECT COUNT(*) FROM attestation WHERE worker_niss = '$W'")" 20 "and not issued"
sql "DELETE FROM attestation WHERE code LIKE 'ZZZZ%'"

done_testing
