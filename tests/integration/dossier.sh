#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# "Mon dossier", "Annuler" and "Données de contact" through nginx, with sessions planted in
# Redis (tests/lib/people.sh): the two tables (not yet sent / sent) with
# the seed's columns, two years back and no more; a request's detail with
# its history; nobody else's request; a Partiel request cancelled after
# the confirmation (the employer sees it); a completed one refused, also
# by a forged POST, with the seed's reason; contact data checked, saved
# with an event and shown in the header block at once.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"

BCE=0412345614
W=71020301542		# a worker of this test only
as_person EMP employer 78110235737 Jan Peeters "$BCE" "$BCE"
as_person W_S worker "$W" Wim Janssens
as_person OTHER worker 85031412401 Marie Dubois

# file START END CHILD: a parental leave 1/1 for W; T is its ticket.
file() { file_request worker_niss=$W "start=$1" "end=$2" "concerned_niss=$3"; }
complete() {	# the worker's part and the confirmation of T
	post W_S "$ST_URL/demandes/$T/travailleur" --data-urlencode career_years=20 \
	    --data-urlencode family_situation=head --data-urlencode payment=cheque \
	    --data-urlencode secondary_activity=0 --data-urlencode postcode=2000
	post W_S "$ST_URL/demandes/$T/confirmer" --data-urlencode certify=1
}

file 01/03/2027 31/03/2027 21030300112; OPEN=$T
file 01/04/2027 30/04/2027 21030300112; SENT=$T; complete
file 01/05/2027 31/05/2027 21030300112; OLD=$T; complete
sql "UPDATE request SET created_at = NOW() - INTERVAL 25 MONTH WHERE ticket = '$OLD'"
file 01/06/2027 30/06/2027 21030300112; GONE=$T

get W_S "$ST_URL/dossier"
is "$HTTP_STATUS" 200 "Mon dossier opens"
for col in "N° BCE" "Nom de société" "Numéro de ticket" "Type d.interruption" "Régime" "Début" \
    "Fin" "Réception" "Statut" "Bureau de l.ONEM"; do
	like "$HTTP_BODY" "<th[^>]*>$col</th>" "column $col"
done
intro=${HTTP_BODY%%Demandes</h2>*}
sent=${HTTP_BODY#*Demandes</h2>}
like "$intro" "$OPEN" "a Partiel request is under Introductions"
unlike "$intro" "$SENT" "a sent one is not"
like "$sent" "$SENT" "it is under Demandes"
like "$sent" "Anvers|ANT" "with the ONEM office of postal code 2000"
unlike "$HTTP_BODY" "$OLD" "a request filed more than two years ago is absent"
get OTHER "$ST_URL/dossier"
unlike "$HTTP_BODY" "$OPEN" "another worker's Mon dossier does not show it"

get W_S "$ST_URL/dossier/$SENT"
is "$HTTP_STATUS" 200 "a request's detail opens"
like "$HTTP_BODY" "Boulangerie Peeters SRL" "with the employer's part"
like "$HTTP_BODY" "La demande concerne un congé parental" "the request in sentences"
like "$HTTP_BODY" "$(msg fr history.reason.confirmed)" "and its history"
get OTHER "$ST_URL/dossier/$SENT"
is "$HTTP_STATUS" 404 "another worker: the detail is 404"

# Annuler
get W_S "$ST_URL/annuler"
is "$HTTP_STATUS" 200 "Annuler opens"
like "$HTTP_BODY" "value=\"$OPEN\"" "it lists the Partiel request"
unlike "$HTTP_BODY" "value=\"$SENT\"" "not the completed one"
get W_S "$ST_URL/annuler?ticket=$OPEN"
is "$(header location)" "/annuler/$OPEN" "Suivant leads to the confirmation"
get W_S "$ST_URL/annuler/$OPEN"
is "$HTTP_STATUS" 200 "which asks first"
is "$(sql "SELECT status FROM request WHERE ticket = '$OPEN'")" partial "nothing cancelled yet"
post W_S "$ST_URL/annuler/$OPEN"
is "$HTTP_STATUS" 303 "confirmed, it is cancelled"
is "$(sql "SELECT status FROM request WHERE ticket = '$OPEN'")" cancelled "the request is Annulée"
is "$(sql "SELECT CONCAT(from_status, '>', to_status, ' ', actor_role) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$OPEN') ORDER BY id DESC LIMIT 1")" \
    "partial>cancelled worker" "with its event"
get EMP "$ST_URL/employeur/demandes/$OPEN"
like "$HTTP_BODY" "$(msg fr leave.status.cancelled)" "the employer sees it cancelled"
post W_S "$ST_URL/annuler/$SENT"
is "$HTTP_STATUS" 409 "a forged POST to cancel a completed request is refused"
like "$HTTP_BODY" "uniquement si celle-ci n.a pas encore été complétée" "with the seed's reason"
is "$(sql "SELECT status FROM request WHERE ticket = '$SENT'")" sent "and changes nothing"
post OTHER "$ST_URL/annuler/$GONE"
is "$HTTP_STATUS" 404 "another worker cannot cancel it: 404"
http -H "Cookie: bw_session=$W_S" --data-urlencode csrf=wrong "$ST_URL/annuler/$GONE"
is "$HTTP_STATUS" 403 "without the CSRF token: 403"

# Break@Work, the home: what waits (GONE is Partiel; the others are not)
get W_S "$ST_URL/accueil"
like "$HTTP_BODY" "$(msg fr home.waiting)" "the home says what waits"
like "$HTTP_BODY" 'href="/demandes">[^<]*: 1<' "one request to complete"
like "$HTTP_BODY" 'href="/accueil"' "the menu's Break@Work leads a signed-in person home"

# Remaining rights: 3 months of full parental leave left for the child
# (the cancelled one no longer counts) = 1 month full = 2 half-time = 5 at
# 1/5 = 10 at 1/10 still to take.
get W_S "$ST_URL/droits" -H "Accept: application/xml"
is "$HTTP_STATUS" 200 "the remaining rights open"
balance() {	# balance REGIMES: "used remaining max" for the child at those regimes
	printf '%s' "$HTTP_BODY" | grep -o "<balance type=\"parental\" concerned=\"21.03.03-001.12\" regimes=\"$1\"[^>]*>" |
	    sed 's/.*used="\([0-9]*\)" remaining="\([0-9]*\)" max="\([0-9]*\)".*/\1 \2 \3/'
}
is "$(balance 1/1)" "3 1 4" "parental leave 1/1: 3 months used, 1 left of 4"
is "$(balance 1/2)" "6 2 8" "the same as 6 of 8 months half-time"
is "$(balance 1/5)" "15 5 20" "15 of 20 months at 1/5"
is "$(balance 1/10)" "30 10 40" "30 of 40 months at 1/10"
# Medical assistance for a patient: a month at 1/1 weighs two months of
# reduction, so 1 month 1/1 + 1 month 1/2 = 1 month 15 days of the 12 at 1/1.
file_request worker_niss=$W type=medical regime=1/1 start=01/09/2027 end=30/09/2027 \
    concerned_niss=85031412401
file_request worker_niss=$W type=medical regime=1/2 start=01/11/2027 end=30/11/2027 \
    concerned_niss=85031412401
get W_S "$ST_URL/droits"
like "$HTTP_BODY" "$(msg fr rights.caption)" "the page shows them in a table"
like "$HTTP_BODY" '>1 mois et 15 jours</td><td[^>]*>10 mois et 15 jours</td><td[^>]*>12 mois<' \
    "medical assistance 1/1: 1 month 15 days used, 10 months 15 days left of 12"
like "$HTTP_BODY" '>3 mois</td><td[^>]*>21 mois</td><td[^>]*>24 mois<' \
    "... = 3 of 24 months of reduction"
get OTHER "$ST_URL/droits" -H "Accept: application/xml"
unlike "$HTTP_BODY" "21.03.03-001.12" "another worker's rights do not show this child"

# Payment data: the demo's decided request of Jan Peeters (conf/demo.sql)
as_person JAN worker 78110235737 Jan Peeters
get JAN "$ST_URL/paiements"
is "$HTTP_STATUS" 200 "the payment data open"
like "$HTTP_BODY" 'BE68 5390 0754 7034' "with the account"
is "$(printf '%s' "$HTTP_BODY" | grep -o '1000-0000-0063' | wc -l | tr -d ' ')" 3 "three months paid for the demo request"
like "$HTTP_BODY" '175,12 €' "gross written the French way"
like "$HTTP_BODY" '155,86 €' "and net"
get JAN "$ST_URL/paiements?lang=en"
like "$HTTP_BODY" '€175\.12' "in English the English way"
get W_S "$ST_URL/paiements"
unlike "$HTTP_BODY" '1000-0000-0063' "another worker sees none of them"
# A page whose query fails half-way answers the error page, not half of itself.
sql "RENAME TABLE payment TO payment_away"
get JAN "$ST_URL/paiements"
is "$HTTP_STATUS" 500 "a failing query: 500"
like "$HTTP_BODY" "$(msg fr error.500.title)" "with the error page"
unlike "$HTTP_BODY" 'BE68 5390 0754 7034' "and nothing of the half-built page"
sql "RENAME TABLE payment_away TO payment"

# Données de contact
get W_S "$ST_URL/contact"
is "$HTTP_STATUS" 200 "Données de contact opens"
post W_S "$ST_URL/contact" --data-urlencode email=wim.janssens@example --data-urlencode phone=0470
is "$HTTP_STATUS" 422 "a wrong e-mail and a too short phone are refused"
is "$(printf '%s' "$HTTP_BODY" | grep -o 'class="field-error"' | wc -l | tr -d ' ')" 2 "each told next to its field"
like "$HTTP_BODY" 'value="wim.janssens@example"' "the values typed kept"
events=$(sql "SELECT COUNT(*) FROM person_event WHERE niss = '$W'")
post W_S "$ST_URL/contact" --data-urlencode email=wim.janssens@example.be \
    --data-urlencode "phone=+32 (0)470/12.34.56"
is "$HTTP_STATUS" 303 "good data are saved"
is "$(sql "SELECT CONCAT(email, ' ', phone) FROM person WHERE niss = '$W'")" \
    "wim.janssens@example.be +32470123456" "the phone kept as E.164"
is "$(sql "SELECT COUNT(*) FROM person_event WHERE niss = '$W' AND what = 'contact-changed'")" \
    $((events + 1)) "with an event"
get W_S "$ST_URL/dossier"
like "$HTTP_BODY" 'wim.janssens@example.be' "the header block shows the new e-mail at once"
http -H "Cookie: bw_session=$W_S" --data-urlencode email=x@evil.example --data-urlencode csrf=wrong \
    "$ST_URL/contact"
is "$HTTP_STATUS" 403 "a forged POST without the token: 403"
is "$(sql "SELECT email FROM person WHERE niss = '$W'")" wim.janssens@example.be "and changes nothing"

done_testing
