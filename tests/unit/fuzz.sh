#!/bin/sh
# Fuzz the parsers that read what clients send, each for a while from its
# seeds in tests/fuzz/corpus/<harness>: the multipart/form-data parser and
# the file type checks (fuzz_multipart.c), and the query, form, cookie,
# percent-decoding, identifier and date parsers (fuzz_parsers.c).
# libFuzzer with ASan and UBSan, FUZZ_SECONDS seconds each (15 by
# default; 0 only replays the seeds). clang is a build dependency of
# `make check`: without it this fails, it does not skip. TAP output; a
# failing input is kept in the directory make check runs in.
top=${top_srcdir:-.}
seconds=${FUZZ_SECONDS:-15}
# libFuzzer reads -max_total_time=0 as "no limit".
if [ "$seconds" -eq 0 ]; then run=-runs=0; else run=-max_total_time=$seconds; fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# fuzz NAME N SOURCES...: tests N and N+1 for tests/fuzz/fuzz_NAME.c.
fuzz() {
	name=$1 n=$2
	shift 2
	if ! command -v clang >/dev/null 2>&1; then
		echo "not ok $n - $name: clang is not installed (needed for the fuzzer)"
		echo "not ok $((n + 1)) - $name: fuzzing not run"
		return
	fi
	if clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -D_GNU_SOURCE -I"$top/fcgi" -o "$tmp/$name" "$top/tests/fuzz/fuzz_$name.c" \
	    "$@" >"$tmp/$name-cc.log" 2>&1; then
		echo "ok $n - $name: the harness builds"
	else
		echo "not ok $n - $name: the harness does not build"
		sed 's/^/# /' "$tmp/$name-cc.log"
		echo "not ok $((n + 1)) - $name: fuzzing not run"
		return
	fi
	# libFuzzer adds what it finds to the first directory: a copy, so the
	# committed seeds stay as they are.
	mkdir "$tmp/$name-corpus" "$tmp/$name-crash"
	cp "$top/tests/fuzz/corpus/$name"/* "$tmp/$name-corpus/"
	if (cd "$tmp/$name-crash" && "$tmp/$name" "$run" -timeout=5 -max_len=16384 \
	    -print_final_stats=1 "$tmp/$name-corpus") >"$tmp/$name.log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$tmp/$name.log")
		echo "ok $((n + 1)) - $name: no crash in $seconds s ($runs runs)"
		return
	fi
	echo "not ok $((n + 1)) - $name: the fuzzer found a failing input"
	# The sanitizer's or libFuzzer's report, with its stack.
	awk '/ERROR|runtime error|ALARM/ { found = 1 } found' "$tmp/$name.log" |
	    head -n 60 | sed 's/^/# /'
	for f in "$tmp/$name-crash"/crash-* "$tmp/$name-crash"/timeout-* \
	    "$tmp/$name-crash"/leak-* "$tmp/$name-crash"/oom-*; do
		[ -f "$f" ] || continue
		# The temp dir goes away: keep the input where make check runs.
		cp "$f" . && echo "# reproducer: $(pwd)/$(basename "$f")"
		echo "# base64: $(base64 -w0 "$f")"
	done
}

echo "1..4"
f=$top/fcgi
fuzz multipart 1 "$f/multipart.c" "$f/filetype.c" "$f/buf.c" "$f/xalloc.c" "$f/log.c"
fuzz parsers 3 "$f/kv.c" "$f/ident.c" "$f/leave.c" "$f/buf.c" "$f/xalloc.c" "$f/log.c"
