#!/bin/sh
# Fuzz the multipart/form-data parser and the file type checks for a
# while, from the seeds in tests/fuzz/corpus/multipart: libFuzzer with
# ASan and UBSan, FUZZ_SECONDS seconds (20 by default; 0 only replays
# the seeds). clang is a build dependency of `make check`: without it
# this fails, it does not skip. TAP output.
top=${top_srcdir:-.}
seconds=${FUZZ_SECONDS:-20}
# libFuzzer reads -max_total_time=0 as "no limit".
if [ "$seconds" -eq 0 ]; then run=-runs=0; else run=-max_total_time=$seconds; fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

echo "1..2"
if ! command -v clang >/dev/null 2>&1; then
	echo "not ok 1 - clang is not installed (needed for the fuzzer)"
	echo "not ok 2 - fuzzing not run"
	exit 0
fi
if clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -D_GNU_SOURCE -I"$top/fcgi" -o "$tmp/fuzz" "$top/tests/fuzz/fuzz_multipart.c" \
    "$top/fcgi/multipart.c" "$top/fcgi/filetype.c" "$top/fcgi/buf.c" \
    "$top/fcgi/xalloc.c" "$top/fcgi/log.c" >"$tmp/cc.log" 2>&1; then
	echo "ok 1 - the harness builds"
else
	echo "not ok 1 - the harness does not build"
	sed 's/^/# /' "$tmp/cc.log"
	echo "not ok 2 - fuzzing not run"
	exit 0
fi

# libFuzzer adds what it finds to the first directory: a copy, so the
# committed seeds stay as they are.
mkdir "$tmp/corpus" "$tmp/crash"
cp "$top"/tests/fuzz/corpus/multipart/* "$tmp/corpus/"
if (cd "$tmp/crash" && "$tmp/fuzz" "$run" -timeout=5 -max_len=16384 \
    -print_final_stats=1 "$tmp/corpus") >"$tmp/fuzz.log" 2>&1; then
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$tmp/fuzz.log")
	echo "ok 2 - no crash in $seconds s ($runs runs)"
else
	echo "not ok 2 - the fuzzer found a failing input"
	# The sanitizer's or libFuzzer's report, with its stack.
	awk '/ERROR|runtime error|ALARM/ { found = 1 } found' "$tmp/fuzz.log" |
	    head -n 60 | sed 's/^/# /'
	for f in "$tmp"/crash/crash-* "$tmp"/crash/timeout-* "$tmp"/crash/leak-* \
	    "$tmp"/crash/oom-*; do
		[ -f "$f" ] || continue
		# The temp dir goes away: keep the input where make check runs.
		cp "$f" . && echo "# reproducer: $(pwd)/$(basename "$f")"
		echo "# base64: $(base64 -w0 "$f")"
	done
fi
