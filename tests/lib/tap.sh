# SPDX-License-Identifier: EUPL-1.2
#
# TAP (Test Anything Protocol) helpers for the bash tests under tests/.
# Source it, call the assertions, end with done_testing: it prints the
# plan ("1..N") last, which TAP allows, and returns non-zero when any
# assertion failed, so `done_testing; exit` gives the right exit status.

tap_n=0
tap_failed=0

# ok STATUS DESCRIPTION: passes when STATUS is 0, e.g. `cmd; ok $? "cmd works"`.
ok() {
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		tap_failed=$((tap_failed + 1))
		echo "not ok $tap_n - $2"
	fi
}

# is GOT EXPECTED DESCRIPTION: string equality, both shown on failure.
is() {
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		diag "got '$1', expected '$2'"
	fi
}

# like GOT EXTENDED-REGEX DESCRIPTION (and unlike): a match anywhere in GOT.
like() {
	printf '%s' "$1" | grep -Eq -- "$2"
	_tap_match $? 0 "$@"
}
unlike() {
	printf '%s' "$1" | grep -Eq -- "$2"
	_tap_match $? 1 "$@"
}
_tap_match() {	# _tap_match GREP-STATUS WANTED GOT REGEX DESCRIPTION
	if [ "$1" -eq "$2" ]; then
		ok 0 "$5"
	else
		ok 1 "$5"
		diag "$([ "$2" -eq 0 ] && echo "no match" || echo "unexpected match") for /$4/ in:"
		printf '%s\n' "$3" | head -n 20 | sed 's/^/#   /'
	fi
}

# eventually SECONDS COMMAND...: re-runs COMMAND every 0.2 s until it
# succeeds or SECONDS have passed; its status is the last run's.
eventually() {
	local deadline=$((SECONDS + $1))

	shift
	until "$@"; do
		[ "$SECONDS" -lt "$deadline" ] || return 1
		sleep 0.2
	done
}

diag() { echo "# $*"; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }
bail_out() { echo "Bail out! $*"; exit 1; }

done_testing() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}
