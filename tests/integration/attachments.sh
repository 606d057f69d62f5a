#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# Attachments ("Pièces jointes") through nginx, with sessions planted in
# Redis (tests/lib/people.sh): a medical-assistance request confirmed
# without its certificate waits for it; files are judged by their content
# and size (2 MB accepted, 2 MB + 1 refused with a page saying so; a PNG
# named .jpg, HTML named .pdf, an empty file, a truncated body, the
# eleventh document refused) and nothing is stored from a refused form;
# a download gives back the same bytes; deleting asks first; "Envoi de la
# demande" sends the request once the certificate is there; nobody else
# reaches any of it.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"

BCE=0412345614
GRO=90461503281		# grossi (BIS), postal code 4000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

as_person EMP employer 78110235737 Jan Peeters "$BCE" "$BCE"
as_person GRO_S worker "$GRO" Giulia Rossi
as_person OTHER worker 85031412401 Marie Dubois

# medical_request START END: a medical-assistance request for Giulia, her
# part filled in and confirmed; T is its ticket.
medical_request() {
	file_request worker_niss=$GRO type=medical "start=$1" "end=$2" concerned_niss=60010100568
	post GRO_S "$ST_URL/demandes/$T/travailleur" --data-urlencode career_years=12 \
	    --data-urlencode family_situation=isolated --data-urlencode payment=cheque \
	    --data-urlencode secondary_activity=0 --data-urlencode postcode=4000
	post GRO_S "$ST_URL/demandes/$T/confirmer" --data-urlencode certify=1
}
medical_request 01/05/2027 31/05/2027
ok "$([ -n "$T" ]; echo $?)" "a medical-assistance request is filed and confirmed ($T)"
is "$(sql "SELECT status FROM request WHERE ticket = '$T'")" annexes "without its certificate it waits: En attente des annexes"

get GRO_S "$ST_URL/pieces"
like "$HTTP_BODY" "value=\"$T\"" "it is in the Pièces jointes list"
like "$HTTP_BODY" "$(msg fr attachments.warning | cut -c1-30)" "with the seed's warning"
get GRO_S "$ST_URL/pieces/$T"
is "$HTTP_STATUS" 200 "the attachment page opens"
like "$HTTP_BODY" 'name="file-medical-certificate"' "with an input for the medical certificate"
like "$HTTP_BODY" 'name="file-other"' "and one for other documents"
unlike "$HTTP_BODY" "action=\"/pieces/$T/envoi\"" "no Envoi de la demande while the certificate is missing"

# Files, made here.
pdf() {	# pdf FILE SIZE: a PDF of exactly SIZE bytes
	python3 -c 'import sys
n = int(sys.argv[2]); head = b"%PDF-1.4\n"; tail = b"\n%%EOF\n"
open(sys.argv[1], "wb").write(head + b" " * (n - len(head) - len(tail)) + tail)' "$1" "$2"
}
jpeg() { printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9' >"$1"; }
pdf "$tmp/two-mb.pdf" 2097152
pdf "$tmp/too-big.pdf" 2097153
jpeg "$tmp/photo.jpg"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' >"$tmp/image.jpg"
printf '<html><body>not a pdf</body></html>\n' >"$tmp/page.pdf"
: >"$tmp/empty.pdf"
is "$(stat -c %s "$tmp/two-mb.pdf") $(stat -c %s "$tmp/too-big.pdf")" "2097152 2097153" "test files of 2 MB and 2 MB + 1"

upload() {	# upload SESSION-VAR [curl -F args...]
	local id=${!1} csrf_var="CSRF_$1"

	shift
	http -H "Cookie: bw_session=$id" -F "csrf=${!csrf_var}" "$@" "$ST_URL/pieces/$T"
}
stored() { sql "SELECT COUNT(*) FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T'"; }

upload GRO_S -F "file-medical-certificate=@$tmp/too-big.pdf;type=application/pdf"
is "$HTTP_STATUS" 422 "2 MB + 1 byte is refused"
like "$HTTP_BODY" 'dépasse 2' "with a page saying the file is too large"
is "$(stored)" 0 "nothing stored"
upload GRO_S -F "file-medical-certificate=@$tmp/image.jpg;type=image/jpeg"
is "$HTTP_STATUS" 422 "a PNG named .jpg is refused"
upload GRO_S -F "file-medical-certificate=@$tmp/page.pdf;type=application/pdf"
is "$HTTP_STATUS" 422 "an HTML page named .pdf is refused"
upload GRO_S -F "file-medical-certificate=@$tmp/empty.pdf;type=application/pdf"
is "$HTTP_STATUS" 422 "an empty file is refused"
upload GRO_S -F "file-other=@$tmp/photo.jpg" -F "file-medical-certificate=@$tmp/page.pdf"
is "$HTTP_STATUS" 422 "one bad file among two..."
is "$(stored)" 0 "...stores neither"
upload GRO_S -F "file-medical-certificate=@$tmp/two-mb.pdf;type=application/pdf"
is "$HTTP_STATUS" 200 "2 MB exactly is accepted"
is "$(stored)" 1 "and stored"
is "$(sql "SELECT sha256 FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T'")" \
    "$(sha256sum "$tmp/two-mb.pdf" | cut -d' ' -f1)" "with the SHA-256 of the bytes sent"
ID=$(sql "SELECT a.id FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T' LIMIT 1")
curl -s -H "Cookie: bw_session=$GRO_S" -o "$tmp/back.pdf" -D "$tmp/back.hdr" "$ST_URL/pieces/$T/document/$ID"
is "$(sha256sum <"$tmp/back.pdf" | cut -d' ' -f1)" "$(sha256sum <"$tmp/two-mb.pdf" | cut -d' ' -f1)" \
    "the download gives back the same bytes"
like "$(tr -d '\r' <"$tmp/back.hdr")" 'Content-Disposition: attachment' "as an attachment"
like "$(tr -d '\r' <"$tmp/back.hdr")" 'Content-Type: application/pdf' "with the stored type"
like "$(tr -d '\r' <"$tmp/back.hdr")" 'X-Content-Type-Options: nosniff' "and nosniff"

# someone else
get OTHER "$ST_URL/pieces/$T"
is "$HTTP_STATUS" 404 "another worker: the attachment page is 404"
get OTHER "$ST_URL/pieces/$T/document/$ID"
is "$HTTP_STATUS" 404 "another worker: the document is 404"
http -H "Cookie: bw_session=$OTHER" -F "csrf=$CSRF_OTHER" -F "file-other=@$tmp/photo.jpg" "$ST_URL/pieces/$T"
is "$HTTP_STATUS" 404 "another worker cannot upload to it"
http -H "Cookie: bw_session=$GRO_S" -F "csrf=wrong" -F "file-other=@$tmp/photo.jpg" "$ST_URL/pieces/$T"
is "$HTTP_STATUS" 403 "an upload without the CSRF token: 403"

# a truncated multipart body
body=$'--XyZ\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n'"$CSRF_GRO_S"$'\r\n--XyZ\r\nContent-Disposition: form-data; name="file-other"; filename="a.jpg"\r\n\r\n\xff\xd8\xff'
http -H "Cookie: bw_session=$GRO_S" -H "Content-Type: multipart/form-data; boundary=XyZ" \
    --data-binary "$body" "$ST_URL/pieces/$T"
is "$HTTP_STATUS" 400 "a truncated multipart body is refused"
is "$(stored)" 1 "nothing more stored"

# the limit of 10 documents
args=()
for i in 1 2 3 4 5 6 7 8 9; do args+=(-F "file-other=@$tmp/photo.jpg"); done
upload GRO_S "${args[@]}"
is "$HTTP_STATUS" 200 "nine more documents (10 in all) are accepted"
upload GRO_S -F "file-other=@$tmp/photo.jpg"
is "$HTTP_STATUS" 422 "an eleventh is refused"
is "$(stored)" 10 "10 stored"

# deleting asks first
upload GRO_S -F "delete=$ID"
is "$HTTP_STATUS" 200 "ticking a document to delete..."
like "$HTTP_BODY" "action=\"/pieces/$T/supprimer\"" "...asks for a confirmation"
is "$(stored)" 10 "nothing deleted yet"
post GRO_S "$ST_URL/pieces/$T/supprimer" --data-urlencode "delete=$ID" --data-urlencode confirm=1
is "$HTTP_STATUS" 303 "confirmed, it is deleted"
is "$(stored)" 9 "9 left"

# the employer adds a document from its side; the worker sees it
http -H "Cookie: bw_session=$EMP" -F "csrf=$CSRF_EMP" -F "file-other=@$tmp/photo.jpg" \
    "$ST_URL/employeur/demandes/$T/pieces"
is "$HTTP_STATUS" 200 "the employer adds a document to its worker's request"
is "$(sql "SELECT COUNT(*) FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T' AND a.added_by_role = 'employer'")" \
    1 "recorded as the employer's"
get GRO_S "$ST_URL/pieces/$T"
like "$HTTP_BODY" "$(msg fr pieces.by.employer)" "the worker sees it, added by the employer"
as_person EMP2 employer 78110235737 Jan Peeters 0876543270 "0876543270"
get EMP2 "$ST_URL/employeur/demandes/$T/pieces"
is "$HTTP_STATUS" 404 "another enterprise: 404"
post EMP "$ST_URL/employeur/demandes/$T/pieces/envoi"
is "$HTTP_STATUS" 404 "the employer cannot send the request (the worker's act)"

# send once the certificate is there
post GRO_S "$ST_URL/pieces/$T/envoi"
is "$HTTP_STATUS" 422 "without the certificate the request cannot be sent"
upload GRO_S -F "delete=$(sql "SELECT a.id FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T' LIMIT 1")"
post GRO_S "$ST_URL/pieces/$T/supprimer" --data-urlencode "delete=$(sql "SELECT a.id FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.ticket = '$T' LIMIT 1")"
upload GRO_S -F "file-medical-certificate=@$tmp/photo.jpg"
is "$HTTP_STATUS" 200 "a JPEG certificate is accepted"
like "$HTTP_BODY" "action=\"/pieces/$T/envoi\"" "now Envoi de la demande is offered"
post GRO_S "$ST_URL/pieces/$T/envoi"
is "$HTTP_STATUS" 303 "Envoi de la demande"
is "$(sql "SELECT CONCAT(status, ' ', office_code) FROM request WHERE ticket = '$T'")" "sent LIE" \
    "sent to the office of postal code 4000"
get GRO_S "$ST_URL/pieces"
unlike "$HTTP_BODY" "value=\"$T\"" "it left the Pièces jointes list"
upload GRO_S -F "file-other=@$tmp/photo.jpg"
is "$HTTP_STATUS" 409 "a request sent to the ONEM takes no more documents"

# two uploads at once keep the limit of 10 documents
medical_request 01/07/2027 31/07/2027
six=()
for i in 1 2 3 4 5 6; do six+=(-F "file-other=@$tmp/photo.jpg"); done
for i in 1 2; do
	curl -s -o /dev/null -w '%{http_code}\n' -H "Cookie: bw_session=$GRO_S" -F "csrf=$CSRF_GRO_S" \
	    "${six[@]}" "$ST_URL/pieces/$T" >"$tmp/concurrent.$i" &
done
wait
is "$(sort "$tmp"/concurrent.* | tr '\n' ' ')" "200 422 " "of two uploads of 6 at once, one is refused"
is "$(stored)" 6 "6 stored, not 12"

done_testing
