#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# breakatworkd -c FILE -t: the stack's configuration passes; a file with an
# unknown key, a value out of range or a line that is not INI fails and
# names the file and the line; a missing file fails.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
[ -x "$ST_POOL_BIN" ] || bail_out "$ST_POOL_BIN not built"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bw-config.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

out=$("$ST_POOL_BIN" -c "$ST_POOL_CONF" -t 2>&1)
ok $? "the stack's configuration passes -t"
like "$out" 'OK' "... and says so"

# A copy of the good file with line N replaced by TEXT.
broken() {	# broken N TEXT: prints the new file's path
	local f=$tmp/line$1.conf

	awk -v n="$1" -v text="$2" 'NR == n { print text; next } { print }' "$ST_POOL_CONF" >"$f"
	echo "$f"
}
line_of() {	# line_of KEY: the line number of KEY in the good file
	grep -n "^$1 *=" "$ST_POOL_CONF" | head -n 1 | cut -d: -f1
}

refused() {	# refused FILE LINE WHAT
	local out status

	out=$("$ST_POOL_BIN" -c "$1" -t 2>&1)
	status=$?
	[ "$status" -ne 0 ]
	ok $? "$3: -t exits non-zero ($status)"
	like "$out" "$1:$2:" "$3: the message names $1:$2"
}

n=$(line_of workers)
refused "$(broken "$n" 'workerz = 4')" "$n" "unknown key"
refused "$(broken "$n" 'workers = 0')" "$n" "workers = 0 (out of range)"
refused "$(broken "$n" 'workers = four')" "$n" "workers = four (not a number)"
n=$(line_of max_form_bytes)
refused "$(broken "$n" 'this line is not INI')" "$n" "a line that is not key = value"

out=$("$ST_POOL_BIN" -c "$tmp/no-such-file.conf" -t 2>&1)
[ $? -ne 0 ]
ok $? "a missing file: -t exits non-zero"
like "$out" 'no-such-file\.conf' "a missing file: the message names it"

done_testing
