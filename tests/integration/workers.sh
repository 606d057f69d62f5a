#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# The pool's master and workers, through nginx (BW_STACK_DIR, BW_URL):
#  - a worker killed with SIGKILL is replaced and the next requests succeed;
#  - SIGHUP under concurrent load (wrk) loses no request and replaces every
#    worker, the master staying;
#  - SIGTERM drains and stops everything: nginx then answers 502 with the
#    static 503 page, and a new pool serves again.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"
. "$top_srcdir/tests/lib/http.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
command -v wrk >/dev/null || skip_all "wrk missing"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
master=$(stack_pid pool) || bail_out "the pool is not running"
workers_wanted=$(sed -n 's/^workers *= *//p' "$ST_POOL_CONF")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bw-workers.XXXXXX")
trap 'rm -rf "$tmp"; stack_start_pool >/dev/null' EXIT

workers() { pgrep -P "$master" | sort; }
count_workers() { [ "$(workers | wc -l)" -eq "$workers_wanted" ]; }

# N GETs of / in a row: how many were not 200.
failures() {	# failures N
	local i bad=0

	for i in $(seq "$1"); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "$ST_URL/")" = 200 ] || bad=$((bad + 1))
	done
	echo "$bad"
}

# --- SIGKILL ----------------------------------------------------------------------

eventually 10 count_workers
ok $? "the master runs $workers_wanted workers"
before=$(workers)
victim=$(echo "$before" | head -n 1)
kill -KILL "$victim"
replaced() { count_workers && ! workers | grep -qx "$victim"; }
eventually 10 replaced
ok $? "a worker killed with SIGKILL is replaced"
new=$(comm -13 <(echo "$before") <(workers))
like "$new" '^[0-9]+$' "one new worker pid under the master ($new)"
is "$(failures 20)" 0 "the next 20 requests all succeed"
is "$(stack_pid pool)" "$master" "the master itself did not change"

# --- SIGHUP under load --------------------------------------------------------------

before=$(workers)
wrk -t2 -c16 -d4s "$ST_URL/" >"$tmp/wrk.txt" 2>&1 &
wrk_pid=$!
for _ in 1 2 3; do
	sleep 1
	kill -HUP "$master"
done
wait "$wrk_pid"
ok $? "wrk ran during three SIGHUPs"
sed 's/^/#   /' "$tmp/wrk.txt"
requests=$(sed -n 's/^ *\([0-9][0-9]*\) requests in.*/\1/p' "$tmp/wrk.txt")
like "${requests:-0}" '^[1-9][0-9]*$' "wrk completed requests (${requests:-0})"
unlike "$(cat "$tmp/wrk.txt")" 'Socket errors' "no socket error during the reloads"
unlike "$(cat "$tmp/wrk.txt")" 'Non-2xx' "no response other than 200 during the reloads"
all_new() { count_workers && [ -z "$(comm -12 <(echo "$before") <(workers))" ]; }
eventually 15 all_new
ok $? "after the reloads every worker is new"
is "$(stack_pid pool)" "$master" "the master stayed through the reloads"
is "$(failures 10)" 0 "requests after the reloads succeed"

# --- SIGTERM ------------------------------------------------------------------------

workers_before=$(workers)
stack_stop_pool
gone() {
	local w

	for w in $master $workers_before; do
		_stack_alive "$w" && return 1
	done
	return 0
}
gone
ok $? "SIGTERM stops the master and its workers"
[ ! -e "$ST_POOL_SOCK" ]
ok $? "the master removed its socket"
http "$ST_URL/"
is "$HTTP_STATUS" 502 "without the pool nginx answers 502"
like "$HTTP_BODY" "$(msg fr error.503.title)" "... with the static 503 page"
like "$(header Content-Security-Policy)" "default-src 'self'" "... and the security headers"
stack_start_pool
ok $? "the pool starts again"
master=$(stack_pid pool)
is "$(failures 5)" 0 "and serves again"

done_testing
