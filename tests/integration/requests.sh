#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# The request journey through nginx (BW_STACK_DIR, BW_URL), with sessions
# planted in Redis (tests/lib/people.sh):
#   - the employer files its part: a ticket with good check digits and a
#     communication number; a replayed form creates nothing more; a form
#     for an enterprise without mandate is refused (403); check digits and
#     the rules of rules.c refuse with a message in the user's language;
#   - the worker is told by e-mail, sees the request in "Compléter une
#     demande", fills their part, previews, confirms (twice: one event),
#     gets the acknowledgement and its PDF;
#   - nobody else finds it: every route with a ticket answers 404;
#   - the employer changes and withdraws while the worker has not completed
#     it, and no longer after (409);
#   - the XML channel: accepted, replayed, schema errors, rule errors,
#     another enterprise, no CSRF header;
#   - the overview shows two years and searches.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"

BCE=0412345614
OTHER_BCE=0876543270
MARIE=85031412401	# mdubois, postal code 1000 (office BXL)
LENA=02072108683	# lschmitz
CHILD=20010100137	# born 01/01/2020
OLD_CHILD=15030100341	# born 01/03/2015: 12 on 01/03/2027
PATIENT=60010100568

as_person EMP employer 78110235737 Jan Peeters "$BCE" "$BCE,$OTHER_BCE"
as_person EMP2 employer 78110235737 Jan Peeters "$OTHER_BCE" "$BCE,$OTHER_BCE"
as_person MARIE_S worker "$MARIE" Marie Dubois
as_person LENA_S worker "$LENA" Lena Schmitz

# The ticket of the last 303 to /employeur/demandes/<ticket>.
ticket_of_location() { header location | sed -n 's|.*/employeur/demandes/\([0-9]*\)$|\1|p'; }

# new_request [FIELD=VALUE...]: the employer's form (tests/lib/people.sh)
# for Marie's child by default.
new_request() { file_request worker_niss=$MARIE concerned_niss=$CHILD "$@"; }

check_digits_ok() {	# 12 digits, the last two 97 - (first ten mod 97)
	[[ $1 =~ ^[1-9][0-9]{11}$ ]] || return 1
	[ $((97 - 10#${1:0:10} % 97)) -eq $((10#${1:10:2})) ]
}

# --- the employer files its part -------------------------------------------------
get EMP "$ST_URL/employeur/demandes/nouvelle"
is "$HTTP_STATUS" 200 "the employer's form opens"
like "$HTTP_BODY" 'name="form_token" value="[0-9a-f]{32}"' "with a one-time token"
like "$HTTP_BODY" 'Boulangerie Peeters SRL' "the enterprise's data filled in"

new_request
is "$HTTP_STATUS" 303 "a valid parental leave is filed"
T1=$(ticket_of_location)
check_digits_ok "$T1"
ok $? "its ticket $T1 has good check digits"
is "$(sql "SELECT status FROM request WHERE ticket = '$T1'")" partial "status Partiel"
like "$(sql "SELECT communication FROM request WHERE ticket = '$T1'")" '^[0-9]{8}-[0-9]{8}$' \
    "with a communication number"
is "$(sql "SELECT COUNT(*) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$T1')")" 1 \
    "and its creation event"

post EMP "$ST_URL/employeur/demandes/nouvelle" "${LAST_ARGS[@]}"
is "$HTTP_STATUS" 303 "the same form posted again (double click, replay)..."
is "$(ticket_of_location)" "$T1" "...answers the same request"
is "$(sql "SELECT COUNT(*) FROM request WHERE worker_niss = '$MARIE'")" 1 "and creates no second one"

get EMP "$ST_URL/employeur/demandes/$T1"
is "$HTTP_STATUS" 200 "the employer sees the request"
like "$HTTP_BODY" "${T1:0:4}-${T1:4:4}-${T1:8:4}" "with its ticket"
like "$HTTP_BODY" "$(sql "SELECT communication FROM request WHERE ticket = '$T1'")" \
    "and its communication number"

before=$(sql "SELECT COUNT(*) FROM request")
new_request bce=0403170701
is "$HTTP_STATUS" 403 "a form for an enterprise without mandate: 403"
new_request bce=$OTHER_BCE
is "$HTTP_STATUS" 403 "a form for another mandated enterprise than the one chosen: 403"
is "$(sql "SELECT COUNT(*) FROM request")" "$before" "nothing created"

# --- check digits and rules at entry ------------------------------------------------
new_request worker_niss=85031412402
is "$HTTP_STATUS" 422 "a NISS with a wrong check digit is refused"
like "$HTTP_BODY" "$(msg fr employer.error.niss.invalid | cut -c1-20)" "with the message"
like "$HTTP_BODY" 'value="85031412402"' "the value typed kept"
http -H "Cookie: bw_session=$EMP" -H "Accept-Language: nl" \
    --data-urlencode "csrf=$CSRF_EMP" "${LAST_ARGS[@]}" "$ST_URL/employeur/demandes/nouvelle"
like "$HTTP_BODY" "$(msg nl employer.error.niss.invalid | cut -c1-20)" "the message in Dutch for a Dutch reader"
new_request concerned_niss=20010100138
is "$HTTP_STATUS" 422 "a child NISS with a wrong check digit is refused"
new_request start=31/02/2027
is "$HTTP_STATUS" 422 "31/02 is refused"
new_request employer_onss=12ab
is "$HTTP_STATUS" 422 "an ONSS number that is not 9 or 10 digits is refused"

# rule: parental 1/1 is counted per child, 4 months at most; T1 used March 2027.
new_request start=01/04/2027 end=30/06/2027
is "$HTTP_STATUS" 303 "parental 1/1: 3 more months for the same child (4 in all) accepted"
T2=$(ticket_of_location)
new_request start=01/07/2027 end=31/07/2027
is "$HTTP_STATUS" 422 "a 5th month for the same child is refused"
like "$HTTP_BODY" 'class="error-summary"' "with an error summary"
new_request start=01/07/2027 end=31/07/2027 concerned_niss=19061500218
is "$HTTP_STATUS" 303 "the same month for another child is accepted"
T3=$(ticket_of_location)
new_request concerned_niss=$OLD_CHILD start=01/03/2027 end=31/03/2027
is "$HTTP_STATUS" 422 "parental leave for a child of 12 at the start is refused"
new_request start=01/08/2027 end=30/09/2027 regime=1/2 concerned_niss=18010100984
is "$HTTP_STATUS" 303 "parental 1/2 for 2 months (one block) accepted"
T4=$(ticket_of_location)
new_request start=01/08/2027 end=31/10/2027 regime=1/2 concerned_niss=18010100984
is "$HTTP_STATUS" 422 "parental 1/2 for 3 months (not a block of 2) refused"
new_request start=01/08/2027 end=31/08/2027 type=medical concerned_niss=$PATIENT
is "$HTTP_STATUS" 303 "medical assistance 1/1 for 1 month accepted"
TMED=$(ticket_of_location)
new_request start=01/08/2027 end=30/11/2027 type=medical concerned_niss=60010100568
is "$HTTP_STATUS" 422 "medical assistance for 4 months in one request refused"
new_request type=end-of-career regime=1/1 concerned_niss= worker_niss=66120100874
is "$HTTP_STATUS" 422 "end-of-career time credit at 1/1 is refused"
new_request type=end-of-career regime=1/5 concerned_niss= worker_niss=66120100874 \
    start=01/03/2027 end=31/08/2027
is "$HTTP_STATUS" 303 "end-of-career 1/5 for 6 months at 60 accepted"
new_request type=end-of-career regime=1/5 concerned_niss= worker_niss=$MARIE \
    start=01/03/2027 end=31/08/2027
is "$HTTP_STATUS" 422 "end-of-career time credit at 41 is refused"
new_request type=parental regime=1/10 work_percent=80 start=01/03/2028 end=31/12/2028 \
    concerned_niss=18010100984
is "$HTTP_STATUS" 422 "parental 1/10 for a part-time worker is refused"

# each limit at its edge and just past it, for a worker of 51 who asked
# nothing yet, each case for its own child or patient (NAME, then fields)
W=75051500192
limit_case() {	# limit_case STATUS[:WHY] NAME FIELD=VALUE...: WHY a regex of the message
	local want=${1%%:*} why=${1#*:} name=$2

	shift 2
	new_request worker_niss=$W "$@"
	is "$HTTP_STATUS" "$want" "$name"
	[ "$why" = "$want" ] || like "$HTTP_BODY" "$why" "  ...saying why"
}
limit_case 303 "palliative care: 1 month accepted" type=palliative concerned_niss=50010101146 \
    start=01/04/2027 end=30/04/2027
limit_case "422:1 mois exactement" "palliative care: 2 months in one request refused" type=palliative \
    concerned_niss=51010101365 start=01/04/2027 end=31/05/2027
limit_case 303 "hospitalised child: 7 days accepted" type=medical-child concerned_niss=22010102159 \
    start=01/04/2027 end=07/04/2027
limit_case "422:1 à 7 jours" "hospitalised child: 8 days refused" type=medical-child concerned_niss=23010102378 \
    start=01/04/2027 end=08/04/2027
limit_case 303 "medical assistance 1/2: 3 months accepted" type=medical regime=1/2 \
    concerned_niss=52010101584 start=01/04/2027 end=30/06/2027
limit_case 303 "caregiver 1/2: 2 months (one block) accepted" type=caregiver regime=1/2 \
    concerned_niss=53010101706 start=01/04/2027 end=31/05/2027
limit_case "422:blocs de 2 mois" "caregiver 1/2: 3 months (not a block of 2) refused" type=caregiver regime=1/2 \
    concerned_niss=54010101925 start=01/04/2027 end=30/06/2027
limit_case "422:temps plein" "caregiver 1/2 for a part-time worker refused" type=caregiver regime=1/2 \
    concerned_niss=54010101925 start=01/04/2027 end=31/05/2027 work_percent=80
limit_case 303 "time credit for a child under 8, 1/2: 3 months accepted" type=time-credit \
    motive=child regime=1/2 concerned_niss= start=01/04/2027 end=30/06/2027
limit_case "422:au moins 3 mois" "time credit for a child under 8, 1/2: 2 months refused" type=time-credit \
    motive=child regime=1/2 concerned_niss= start=01/07/2027 end=31/08/2027
limit_case "422:au moins 6 mois" "time credit 1/5: 5 months refused" type=time-credit motive=training \
    regime=1/5 concerned_niss= start=01/07/2027 end=30/11/2027
limit_case "422:motif" "time credit without a motive refused" type=time-credit regime=1/2 \
    concerned_niss= start=01/07/2027 end=30/09/2027
limit_case 303 "public-sector interruption: 3 months accepted" type=public concerned_niss= \
    start=01/01/2028 end=31/03/2028
limit_case "422:au moins 3 mois" "public-sector interruption: 2 months refused" type=public concerned_niss= \
    start=01/04/2028 end=31/05/2028

# a start more than two months before filing: a warning, then accepted once seen
new_request start=01/03/2026 end=31/03/2026 concerned_niss=19061500218
is "$HTTP_STATUS" 200 "a start more than two months ago shows a warning first"
like "$HTTP_BODY" 'name="acknowledge"' "with a way to go on"
post EMP "$ST_URL/employeur/demandes/nouvelle" "${LAST_ARGS[@]}" --data-urlencode acknowledge=1
is "$HTTP_STATUS" 303 "and is filed once the warning was seen"
TLATE=$(ticket_of_location)

# --- the worker is told, sees and completes ---------------------------------------------
eventually 10 grep -rlq "${T1:0:4}-${T1:4:4}-${T1:8:4}" "$ST_DIR/mail"
ok $? "the worker got an e-mail naming the ticket"
like "$(grep -rl "${T1:0:4}-${T1:4:4}-${T1:8:4}" "$ST_DIR/mail" | head -n 1 | xargs cat)" \
    'marie.dubois@breakatwork.test' "sent to the worker's address"

get MARIE_S "$ST_URL/demandes"
is "$HTTP_STATUS" 200 "Compléter une demande opens"
like "$HTTP_BODY" "value=\"$T1\"" "the worker's request is in the list"
like "$HTTP_BODY" '01/03/2027 - 31/03/2027' "with its period"
get LENA_S "$ST_URL/demandes"
unlike "$HTTP_BODY" "$T1" "another worker does not see it"

get MARIE_S "$ST_URL/demandes?ticket=$T1"
is "$HTTP_STATUS" 303 "Suivant with the request chosen..."
is "$(header location)" "/demandes/$T1/travailleur" "...opens the worker's part"
get MARIE_S "$ST_URL/demandes?ticket=123456789095"
is "$HTTP_STATUS" 422 "Suivant with a ticket that is not theirs: the list again with an error"

worker_part() {
	post MARIE_S "$ST_URL/demandes/$1/travailleur" --data-urlencode career_years=25 \
	    --data-urlencode family_situation=cohabitant --data-urlencode payment=account \
	    --data-urlencode "iban=$2" --data-urlencode secondary_activity=0 \
	    --data-urlencode postcode=1000
}
get MARIE_S "$ST_URL/demandes/$T1/travailleur"
is "$HTTP_STATUS" 200 "the worker's form opens"
worker_part "$T1" "BE68 5390 0754 7035"
is "$HTTP_STATUS" 422 "an IBAN with a wrong check digit is refused"
like "$HTTP_BODY" 'BE68 5390 0754 7035' "the IBAN typed kept"
worker_part "$T1" "BE68 5390 0754 7034"
is "$HTTP_STATUS" 303 "a good IBAN is saved"
is "$(header location)" "/demandes/$T1/apercu" "and leads to the preview"

get MARIE_S "$ST_URL/demandes/$T1/apercu"
is "$HTTP_STATUS" 200 "the preview opens"
like "$HTTP_BODY" 'La demande concerne un congé parental, interruption complète des prestations, du 01/03/2027 au 31/03/2027\.' \
    "the request in the seed's sentence"
like "$HTTP_BODY" 'Vous avez une carrière professionnelle de 25 ans comme travailleur salarié\.' "the career sentence"
like "$HTTP_BODY" 'Toute déclaration incorrecte peut entraîner des poursuites' "the legal mention"

post MARIE_S "$ST_URL/demandes/$T1/confirmer"
is "$HTTP_STATUS" 422 "confirming without the certification is refused"
is "$(sql "SELECT status FROM request WHERE ticket = '$T1'")" partial "and changes nothing"
post MARIE_S "$ST_URL/demandes/$T1/confirmer" --data-urlencode certify=1 --data-urlencode fiscal_consent=1
is "$HTTP_STATUS" 303 "confirming with the certification"
is "$(header location)" "/demandes/$T1/accuse" "leads to the acknowledgement"
is "$(sql "SELECT CONCAT(status, ' ', office_code, ' ', received_on = CURDATE()) FROM request WHERE ticket = '$T1'")" \
    "sent BXL 1" "no document needed: sent to the office of postal code 1000, received today"
events=$(sql "SELECT COUNT(*) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$T1')")
post MARIE_S "$ST_URL/demandes/$T1/confirmer" --data-urlencode certify=1
is "$HTTP_STATUS" 303 "confirming again (back button, replay)..."
is "$(sql "SELECT COUNT(*) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$T1')")" \
    "$events" "...adds no event"

get MARIE_S "$ST_URL/demandes/$T1/accuse"
is "$HTTP_STATUS" 200 "the acknowledgement opens"
like "$HTTP_BODY" "${T1:0:4}-${T1:4:4}-${T1:8:4}" "with the ticket"
like "$HTTP_BODY" 'Numéro d.ONSS' "and the employer's ONSS number label"
curl -s -H "Cookie: bw_session=$MARIE_S" -o "$ST_DIR/receipt.pdf" -D "$ST_DIR/receipt.hdr" \
    "$ST_URL/demandes/$T1/accuse.pdf"
like "$(tr -d '\r' <"$ST_DIR/receipt.hdr")" 'Content-Type: application/pdf' "the PDF is served as PDF"
like "$(head -c 5 "$ST_DIR/receipt.pdf")" '^%PDF-' "and is one"
like "$(pdftotext "$ST_DIR/receipt.pdf" - 2>/dev/null)" "${T1:0:4}-${T1:4:4}-${T1:8:4}" "it carries the ticket"

# the medical-assistance request needs a certificate: En attente des annexes
worker_part "$TMED" "BE68 5390 0754 7034"
post MARIE_S "$ST_URL/demandes/$TMED/confirmer" --data-urlencode certify=1
is "$(sql "SELECT CONCAT(status, ' ', received_on IS NULL) FROM request WHERE ticket = '$TMED'")" "annexes 1" \
    "a missing medical certificate: En attente des annexes, not received"
get MARIE_S "$ST_URL/demandes/$TMED/accuse"
like "$HTTP_BODY" 'La demande n.est pas encore complète' "the acknowledgement says it is not complete"
get MARIE_S "$ST_URL/pieces"
like "$HTTP_BODY" "value=\"$TMED\"" "it is in the Pièces jointes list"

# --- nobody else finds it --------------------------------------------------------------
for path in "/demandes/$T2/travailleur" "/demandes/$T2/apercu" "/demandes/$T1/accuse" \
    "/demandes/$T1/accuse.pdf"; do
	get LENA_S "$ST_URL$path"
	is "$HTTP_STATUS" 404 "another worker: GET $path is 404"
done
post LENA_S "$ST_URL/demandes/$T2/travailleur" --data-urlencode career_years=1
is "$HTTP_STATUS" 404 "another worker: POST .../travailleur is 404"
post LENA_S "$ST_URL/demandes/$T2/confirmer" --data-urlencode certify=1
is "$HTTP_STATUS" 404 "another worker: POST .../confirmer is 404"
for path in "/employeur/demandes/$T2" "/employeur/demandes/$T2/modifier" \
    "/employeur/demandes/$T2/retirer"; do
	get EMP2 "$ST_URL$path"
	is "$HTTP_STATUS" 404 "another enterprise: GET $path is 404"
done
post EMP2 "$ST_URL/employeur/demandes/$T2/retirer"
is "$HTTP_STATUS" 404 "another enterprise: POST .../retirer is 404"
get MARIE_S "$ST_URL/demandes/123456789095/apercu"
is "$HTTP_STATUS" 404 "a ticket that does not exist: 404"
get MARIE_S "$ST_URL/demandes/123456789096/apercu"
is "$HTTP_STATUS" 404 "a mistyped ticket (bad check digits): 404"
get EMP "$ST_URL/demandes"
is "$HTTP_STATUS" 403 "the worker's pages are not the employer's"
get MARIE_S "$ST_URL/employeur"
is "$HTTP_STATUS" 403 "the employer's pages are not the worker's"

# --- the employer changes and withdraws while it is Partiel -----------------------------
get EMP "$ST_URL/employeur/demandes/$T2/modifier"
is "$HTTP_STATUS" 200 "a Partiel request can be changed"
like "$HTTP_BODY" 'value="01/04/2027"' "the form shows its data"
post EMP "$ST_URL/employeur/demandes/$T2/modifier" --data-urlencode bce=$BCE \
    --data-urlencode worker_niss=$MARIE --data-urlencode type=parental --data-urlencode regime=1/1 \
    --data-urlencode start=01/04/2027 --data-urlencode end=31/05/2027 --data-urlencode allowances=1 \
    --data-urlencode concerned_niss=$CHILD --data-urlencode "employer_name=Boulangerie Peeters SRL" \
    --data-urlencode "employer_street=Rue de la Loi 16" --data-urlencode employer_postcode=1000 \
    --data-urlencode employer_city=Bruxelles --data-urlencode employer_onss=012345678 \
    --data-urlencode joint_committee=118 --data-urlencode work_percent=100 --data-urlencode headcount=25
is "$HTTP_STATUS" 303 "the change is saved"
is "$(sql "SELECT end_date FROM request WHERE ticket = '$T2'")" 2027-05-31 "with the new end"
get EMP "$ST_URL/employeur/demandes/$T1/modifier"
is "$HTTP_STATUS" 409 "a request the worker completed can no longer be changed"
post EMP "$ST_URL/employeur/demandes/$T1/retirer"
is "$HTTP_STATUS" 409 "nor withdrawn"
get EMP "$ST_URL/employeur/demandes/$T3/retirer"
is "$HTTP_STATUS" 200 "withdrawing asks for a confirmation"
post EMP "$ST_URL/employeur/demandes/$T3/retirer"
is "$HTTP_STATUS" 303 "and withdraws"
is "$(sql "SELECT status FROM request WHERE ticket = '$T3'")" withdrawn "the request is withdrawn"
is "$(sql "SELECT CONCAT(from_status, '>', to_status, ' ', actor_role) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$T3') ORDER BY id DESC LIMIT 1")" \
    "partial>withdrawn employer" "with its event"
get MARIE_S "$ST_URL/demandes"
unlike "$HTTP_BODY" "$T3" "the worker no longer has it to complete"

# --- the overview ---------------------------------------------------------------------
get EMP "$ST_URL/employeur"
is "$HTTP_STATUS" 200 "the employer's overview opens"
like "$HTTP_BODY" "$T1" "it lists the requests"
get EMP "$ST_URL/employeur?status=withdrawn"
like "$HTTP_BODY" "$T3" "searching by status finds the withdrawn one"
unlike "$HTTP_BODY" "$T1" "and only it"
get EMP "$ST_URL/employeur?niss=66.12.01-008.74"
unlike "$HTTP_BODY" "$T1" "searching by worker shows only that worker's"
get EMP "$ST_URL/employeur?from=01/07/2027&to=31/07/2027"
unlike "$HTTP_BODY" "$T1" "searching by period leaves out March"
get EMP "$ST_URL/employeur?niss=123"
is "$HTTP_STATUS" 200 "a malformed NISS in the search..."
like "$HTTP_BODY" 'class="error-summary"' "...is told, not an error page"
sql "UPDATE request SET created_at = NOW() - INTERVAL 25 MONTH WHERE ticket = '$TLATE'"
get EMP "$ST_URL/employeur"
unlike "$HTTP_BODY" "$TLATE" "a request filed more than two years ago is not shown"
get EMP2 "$ST_URL/employeur"
unlike "$HTTP_BODY" "$T1" "another enterprise's overview does not show it"

# --- the XML channel of payroll software -----------------------------------------------
xml_doc() {	# xml_doc EMPLOYER REFERENCE START END [WORKER]
	cat <<-EOF
	<?xml version="1.0" encoding="UTF-8"?>
	<requests xmlns="urn:x-breakatwork:employer-requests:1" employer="$1">
	  <request reference="$2">
	    <worker_niss>${5:-$LENA}</worker_niss>
	    <type>caregiver</type>
	    <regime>1/1</regime>
	    <start>$3</start>
	    <end>$4</end>
	    <allowances>1</allowances>
	    <concerned_niss>$PATIENT</concerned_niss>
	    <employer_name>Boulangerie Peeters SRL</employer_name>
	    <employer_street>Rue de la Loi 16</employer_street>
	    <employer_postcode>1000</employer_postcode>
	    <employer_city>Bruxelles</employer_city>
	    <employer_onss>012345678</employer_onss>
	    <joint_committee>118</joint_committee>
	    <work_percent>100</work_percent>
	    <headcount>25</headcount>
	  </request>
	</requests>
	EOF
}
post_xml() {	# post_xml SESSION-VAR CSRF DOCUMENT
	http -H "Cookie: bw_session=${!1}" -H "Content-Type: application/xml" \
	    -H "X-CSRF-Token: $2" --data-binary "$3" "$ST_URL/employeur/demandes/nouvelle"
}
post_xml EMP "$CSRF_EMP" "$(xml_doc $BCE PAY-0001 2027-03-01 2027-05-31)"
is "$HTTP_STATUS" 200 "an XML filing is accepted"
like "$(header content-type)" 'application/xml' "answered in XML"
TX=$(printf '%s' "$HTTP_BODY" | sed -n 's/.*ticket="\([0-9]*\)".*/\1/p' | head -n 1)
check_digits_ok "$TX"
ok $? "with a ticket ($TX)"
is "$(sql "SELECT CONCAT(type, ' ', status) FROM request WHERE ticket = '$TX'")" "caregiver partial" \
    "the request exists, Partiel"
post_xml EMP "$CSRF_EMP" "$(xml_doc $BCE PAY-0001 2027-03-01 2027-05-31)"
like "$HTTP_BODY" "ticket=\"$TX\"" "the same document again answers the same ticket"
is "$(sql "SELECT COUNT(*) FROM request WHERE worker_niss = '$LENA'")" 1 "and creates nothing"
post_xml EMP "$CSRF_EMP" "$(xml_doc $BCE PAY-0002 2027-13-01 2027-05-31 123)"
is "$HTTP_STATUS" 400 "a document against the schema is refused"
like "$HTTP_BODY" '<schema-error line="[0-9]+">' "with the schema errors and their lines"
is "$(printf '%s' "$HTTP_BODY" | grep -c '<schema-error')" 2 "both errors listed (date and NISS)"
post_xml EMP "$CSRF_EMP" "$(xml_doc $BCE PAY-0003 2027-06-01 2027-09-30)"
is "$HTTP_STATUS" 422 "a fourth month of caregiver leave for the same person is refused"
like "$HTTP_BODY" '<error field="[a-z_]+">' "with the rule's error on its field"
is "$(sql "SELECT COUNT(*) FROM request WHERE worker_niss = '$LENA'")" 1 "nothing created"
post_xml EMP "$CSRF_EMP" "$(xml_doc $OTHER_BCE PAY-0004 2027-06-01 2027-06-30)"
is "$HTTP_STATUS" 403 "a document for another enterprise than the session's: 403"
post_xml EMP "wrong-token" "$(xml_doc $BCE PAY-0005 2027-06-01 2027-06-30)"
is "$HTTP_STATUS" 403 "without the session's CSRF token: 403"
post_xml EMP "$CSRF_EMP" '<requests><oops'
is "$HTTP_STATUS" 400 "a document that is not XML: 400"

done_testing
