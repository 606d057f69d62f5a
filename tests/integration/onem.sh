#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# The ONEM office's back office through nginx, with sessions planted in
# Redis (tests/lib/people.sh): a request sent to the Brussels office is
# listed there and nowhere else; it is taken in hand, then decided —
# refused with a reason, granted without allowances, granted — each after
# a confirmation, in one transaction with its event, the decision's PDF
# and the worker's notice;
# actions out of turn are refused (409) and change nothing; the worker
# reads the decision in Mon dossier and downloads it; another office,
# another worker and a worker at /onem/ see nothing.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"

BCE=0412345614
W=82030512315		# a worker of this test only, living in Brussels
as_person EMP employer 78110235737 Jan Peeters "$BCE" "$BCE"
as_person LEA worker "$W" Léa Martin
as_person OTHER worker 85031412401 Marie Dubois
as_agent BXL aleroy BXL
as_agent LIE pfontaine LIE

# file START END: a parental leave for the child, completed and confirmed
# by the worker (postal code 1000: the Brussels office); T is its ticket.
file() {
	file_request worker_niss=$W concerned_niss=21030300112 "start=$1" "end=$2"
	post LEA "$ST_URL/demandes/$T/travailleur" --data-urlencode career_years=12 \
	    --data-urlencode family_situation=cohabitant --data-urlencode payment=cheque \
	    --data-urlencode secondary_activity=0 --data-urlencode postcode=1000
	post LEA "$ST_URL/demandes/$T/confirmer" --data-urlencode certify=1
}
status() { sql "SELECT status FROM request WHERE ticket = '$1'"; }

file 01/03/2027 31/03/2027; T1=$T
file 01/05/2027 31/05/2027; T2=$T
file 01/07/2027 31/07/2027; T3=$T
is "$(status "$T1") $(status "$T2") $(status "$T3")" "sent sent sent" "three requests sent to the ONEM"
# Signing in writes the person's names and language; planted sessions do not.
sql "UPDATE person SET given_name = 'Léa', family_name = 'Martin', email = 'lea.martin@example.be',
    lang = 'fr' WHERE niss = '$W'"

# The office's lists
get BXL "$ST_URL/onem/"
is "$HTTP_STATUS" 200 "the Brussels agent's home opens"
waiting=${HTTP_BODY#*$(msg fr onemhome.waiting.title)}
waiting=${waiting%%$(msg fr onemhome.processing.title)*}
like "$waiting" "/onem/demandes/$T1" "the request is waiting to be taken in hand"
like "$waiting" "Léa Martin" "with the worker's name"
unlike "$HTTP_BODY" "$(msg fr menu.dossier)" "an agent's menu has no worker items"
get LIE "$ST_URL/onem/"
unlike "$HTTP_BODY" "$T1" "the Liège office does not see it"
get LIE "$ST_URL/onem/demandes/$T1"
is "$HTTP_STATUS" 404 "nor open it"
post LIE "$ST_URL/onem/demandes/$T1/traiter"
is "$HTTP_STATUS" 404 "nor take it"
like "$HTTP_BODY" "$(msg fr error.404.title)" "the error page says so"
get BXL "$ST_URL/onem/?q=${T2:0:4}-${T2:4:4}-${T2:8:4}"
like "${HTTP_BODY#*$(msg fr onemhome.found.title)}" "/onem/demandes/$T2" "a ticket number typed with dashes finds the request"
get BXL "$ST_URL/onem/?q=82.03.05-123.15"
is "$(printf '%s' "${HTTP_BODY#*$(msg fr onemhome.found.title)}" | sed "s/$(msg fr onemhome.waiting.title).*//" | grep -o '/onem/demandes/[0-9]*"' | sort -u | wc -l | tr -d ' ')" 3 \
    "the worker's NISS finds their three requests"
get LIE "$ST_URL/onem/?q=$W"
like "$HTTP_BODY" "$(msg fr onemhome.found.empty)" "another office finds none of them"
get BXL "$ST_URL/onem/?q=12345"
is "$HTTP_STATUS" 422 "a search that is neither a ticket nor a NISS is refused"
like "$HTTP_BODY" "$(msg fr onemhome.search.error | sed 's/ (.*//')" "saying what to type"
get LEA "$ST_URL/onem/"
is "$HTTP_STATUS" 403 "a worker has no access to the back office"
get LEA "$ST_URL/onem/demandes/$T1"
is "$HTTP_STATUS" 403 "nor to a request there"

# Taking in hand, and actions out of turn
get BXL "$ST_URL/onem/demandes/$T1"
is "$HTTP_STATUS" 200 "the agent opens the request"
like "$HTTP_BODY" "La demande concerne un congé parental" "with the worker's part in sentences"
like "$HTTP_BODY" "$(msg fr onem.take)" "and the button to take it in hand"
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=granted
is "$HTTP_STATUS" 409 "deciding before taking it in hand is refused"
like "$HTTP_BODY" "$(msg fr onem.error.state)" "saying why"
is "$(status "$T1")" sent "nothing changed"
http -H "Cookie: bw_session=$BXL" --data-urlencode csrf=wrong "$ST_URL/onem/demandes/$T1/traiter"
is "$HTTP_STATUS" 403 "without the CSRF token: 403"
post BXL "$ST_URL/onem/demandes/$T1/traiter"
is "$HTTP_STATUS" 303 "the agent takes it in hand"
is "$(status "$T1")" processing "it is being processed"
is "$(sql "SELECT CONCAT(actor_role, ' ', actor_id, ' ', from_status, '>', to_status, ' ', reason) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$T1') ORDER BY id DESC LIMIT 1")" \
    "agent aleroy sent>processing taken" "with its event, by the agent"
post BXL "$ST_URL/onem/demandes/$T1/traiter"
is "$HTTP_STATUS" 409 "taking it twice is refused"
get LEA "$ST_URL/dossier/$T1"
like "$HTTP_BODY" "$(msg fr leave.status.processing)" "the worker sees it being processed"

# Deciding: the form's errors, then a refusal with its reason
post BXL "$ST_URL/onem/demandes/$T1/decision"
is "$HTTP_STATUS" 422 "no decision chosen: refused"
like "$HTTP_BODY" "$(msg fr onem.error.outcome)" "saying so"
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=refused \
    --data-urlencode "reason=   "
is "$HTTP_STATUS" 422 "a refusal without a reason is refused"
like "$HTTP_BODY" "$(msg fr form.error.required)" "the reason is asked for"
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=refused \
    --data-urlencode "reason=$(printf 'bad\001byte')"
is "$HTTP_STATUS" 422 "a reason with control characters is refused"
is "$(sql "SELECT COUNT(*) FROM decision d JOIN request r ON r.id = d.request_id WHERE r.ticket = '$T1'")" 0 \
    "and nothing is decided"
outbox=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'lea.martin@example.be'")
REASON="Vous n'avez pas 12 mois de service chez cet employeur au cours des 15 derniers mois.
Joignez une attestation de votre employeur précédent."
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=refused \
    --data-urlencode "reason=$REASON"
is "$HTTP_STATUS" 200 "a decision is first shown for confirmation"
like "$HTTP_BODY" "$(msg fr onem.confirm.intro)" "saying it cannot be changed afterwards"
like "$HTTP_BODY" 'name="reason" value="Vous n&#39;avez pas 12 mois|name="reason" value="Vous n.avez pas 12 mois' \
    "with the reason kept for the confirmation"
is "$(status "$T1")" processing "nothing is decided yet"
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=refused \
    --data-urlencode "reason=$REASON" --data-urlencode edit=1
like "$HTTP_BODY" '<textarea[^>]*>Vous n.avez pas 12 mois' "Modifier: back to the form with the reason"
unlike "$HTTP_BODY" "$(msg fr onem.confirm.intro)" "and no confirmation"
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=refused \
    --data-urlencode "reason=$REASON" --data-urlencode confirm=1
is "$HTTP_STATUS" 303 "confirmed, the refusal is recorded"
is "$(header location)" "/onem/demandes/$T1?decidee=1" "and shown"
is "$(status "$T1")" refused "the request is refused"
is "$(sql "SELECT CONCAT(d.outcome, ' ', d.agent_uid, ' ', d.office_code, ' ', d.lang) FROM decision d JOIN request r ON r.id = d.request_id WHERE r.ticket = '$T1'")" \
    "refused aleroy BXL fr" "the decision is kept with who took it, for which office"
is "$(sql "SELECT CONCAT(actor_role, ' ', from_status, '>', to_status, ' ', reason) FROM request_event WHERE request_id = (SELECT id FROM request WHERE ticket = '$T1') ORDER BY id DESC LIMIT 1")" \
    "agent processing>refused decided" "with its event"
is "$(sql "SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'lea.martin@example.be'")" $((outbox + 1)) \
    "the worker is told by e-mail"
like "$(sql "SELECT body FROM mail_outbox WHERE recipient = 'lea.martin@example.be' ORDER BY id DESC LIMIT 1")" \
    "/dossier/$T1" "with a link to the request"
post BXL "$ST_URL/onem/demandes/$T1/decision" --data-urlencode outcome=granted \
    --data-urlencode confirm=1
is "$HTTP_STATUS" 409 "a second decision is refused"
is "$(status "$T1")" refused "and changes nothing"
get BXL "$ST_URL/onem/"
like "${HTTP_BODY#*$(msg fr onemhome.decided.title)}" "/onem/demandes/$T1" "the office lists it as decided"

# The worker reads the decision and downloads it
get LEA "$ST_URL/accueil"
decided=$(sql "SELECT DATE_FORMAT(d.decided_at, '%d/%m/%Y') FROM decision d JOIN request r ON r.id = d.request_id WHERE r.ticket = '$T1'")
like "$HTTP_BODY" "href=\"/dossier/$T1\"[^<]*</a> – $(msg fr decision.summary.refused | sed "s|{1}|$decided|")" \
    "the worker's home names the decision"
get LEA "$ST_URL/dossier/$T1"
like "$HTTP_BODY" "$(msg fr decision.title)" "Mon dossier shows the decision"
like "$HTTP_BODY" "12 mois de service" "with its reason"
like "$HTTP_BODY" "tribunal du travail" "and how to appeal"
download LEA "$ST_URL/dossier/$T1/decision.pdf" "$ST_DIR/tmp/decision.pdf"
is "$HTTP_STATUS" 200 "the decision's PDF downloads"
like "$(header content-disposition)" "^attachment; filename=\"decision-$T1.pdf\"" "as an attachment"
text=$(pdftotext "$ST_DIR/tmp/decision.pdf" - 2>/dev/null | tr '\n' ' ')
like "$text" "$(msg fr decision.pdf.title | sed 's/ (C62)//')" "its title"
like "$text" "Léa Martin" "the worker"
like "$text" "${T1:0:4}-${T1:4:4}-${T1:8:4}" "the ticket"
like "$text" "refuse votre demande d.allocations d.interruption du 01/03/2027 au 31/03/2027" "the outcome for the period"
like "$text" "12 mois de service" "the reason"
like "$text" "tribunal du travail" "and how to appeal"
download BXL "$ST_URL/onem/demandes/$T1/decision.pdf" "$ST_DIR/tmp/decision2.pdf"
is "$(sha256sum < "$ST_DIR/tmp/decision2.pdf")" "$(sha256sum < "$ST_DIR/tmp/decision.pdf")" \
    "the office downloads the same document"
download OTHER "$ST_URL/dossier/$T1/decision.pdf" "$ST_DIR/tmp/decision3.pdf"
is "$HTTP_STATUS" 404 "another worker: 404"
download LIE "$ST_URL/onem/demandes/$T1/decision.pdf" "$ST_DIR/tmp/decision3.pdf"
is "$HTTP_STATUS" 404 "another office: 404"

# Granted without allowances, and granted: both count as periods of interruption
for pair in "$T2 unpaid" "$T3 granted"; do
	set -- $pair
	post BXL "$ST_URL/onem/demandes/$1/traiter"
	post BXL "$ST_URL/onem/demandes/$1/decision" --data-urlencode "outcome=$2" \
	    --data-urlencode confirm=1
	is "$HTTP_STATUS $(status "$1")" "303 $2" "decided: $2, no reason needed"
done
get LEA "$ST_URL/dossier/$T2"
like "$HTTP_BODY" "$(msg fr leave.status.unpaid)" "the worker sees 'granted without allowances'"
post LEA "$ST_URL/attestations" --data-urlencode kind=periods --data-urlencode start=01/01/2027 \
    --data-urlencode end=31/12/2027
code=$(header location); code=${code#/attestations/}; code=${code%%\?*}
is "$(sql "SELECT GROUP_CONCAT(start_date ORDER BY seq) FROM attestation_period p JOIN attestation a ON a.id = p.attestation_id WHERE a.code = '$code'")" \
    "2027-05-01,2027-07-01" "the attestation of periods names both, not the refused one"

# The documents of a request, for the office that handles it
sql "INSERT INTO attachment (request_id, doc_code, filename, content_type, size, sha256, content,
    added_by_role, added_by) SELECT id, 'other', 'note.pdf', 'application/pdf', 13,
    SHA2('%PDF-1.4 %%EOF', 256), '%PDF-1.4 %%EOF', 'worker', worker_niss FROM request WHERE ticket = '$T2'"
ID=$(sql "SELECT a.id FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T2'")
get BXL "$ST_URL/onem/demandes/$T2"
like "$HTTP_BODY" "/onem/demandes/$T2/document/$ID" "the office's page links the worker's document"
download BXL "$ST_URL/onem/demandes/$T2/document/$ID" "$ST_DIR/tmp/doc.pdf"
is "$HTTP_STATUS $(cat "$ST_DIR/tmp/doc.pdf")" "200 %PDF-1.4 %%EOF" "and serves its exact bytes"
download LIE "$ST_URL/onem/demandes/$T2/document/$ID" "$ST_DIR/tmp/doc2.pdf"
is "$HTTP_STATUS" 404 "not to another office"

done_testing
