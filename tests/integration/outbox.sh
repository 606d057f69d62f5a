#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# Notices survive a relay outage (fcgi/outbox.c): the employer files a
# request while the SMTP relay is down; the notice to the worker stays
# queued with the failed attempt; once the relay is back it is sent
# within [mail] retry seconds (30 in the test stack) although nobody uses
# the service meanwhile, and it reaches the relay's mailbox whole.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"
. "$top_srcdir/tests/lib/people.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"

W=77061512319		# a worker of this test only
ADDRESS=outbox.test@example.be
as_person EMP employer 78110235737 Jan Peeters 0412345614 0412345614
sql "INSERT INTO person (niss, given_name, family_name, email) VALUES ('$W', 'Tom', 'Claes',
    '$ADDRESS') ON DUPLICATE KEY UPDATE email = VALUES(email)"
notice() {	# notice COLUMN: of the newest notice to the worker
	sql "SELECT $1 FROM mail_outbox WHERE recipient = '$ADDRESS' ORDER BY id DESC LIMIT 1"
}

stack_stop_smtp
file_request worker_niss=$W concerned_niss=21030300112
ok "$([ -n "$T" ]; echo $?)" "a request is filed while the relay is down"
tried() { [ "$(notice attempts)" -ge 1 ]; }
eventually 10 tried
ok $? "the notice to the worker was tried"
is "$(notice "sent_at IS NULL")" 1 "and stays queued, not lost"

stack_start_smtp && stack_wait_smtp
sent() { [ "$(notice "sent_at IS NOT NULL")" = 1 ]; }
eventually 50 sent
ok $? "with the relay back and no request meanwhile, it is sent within the retry delay"
ticket="${T:0:4}-${T:4:4}-${T:8:4}"
eventually 5 grep -rlq "$ticket" "$ST_DIR/mail/new"
ok $? "the relay received it, with the ticket number"

done_testing
