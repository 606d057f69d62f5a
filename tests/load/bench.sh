#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# ./dev bench: wrk against the running ./dev up stack (BW_URL, BW_STACK_DIR).
#  1. wrk -t2 -c64 -d10s --latency on (a) a static file served by nginx,
#     (b) /healthz, the smallest FastCGI route (one Redis PING, one MariaDB
#     ping), (c) / , the start page (rendered once per worker and language,
#     then kept: render_cached()), (d) /contact-onem?bench=1, the offices
#     page read from MariaDB, whose XML tree and XSLT run on every request
#     (a query other than ?lang= skips the kept copy): req/s, p50, p99,
#     errors (socket errors and non-2xx), and each one's ratio to (b).
#  2. 200,000 requests to (d) while the workers' resident memory
#     is sampled every second: before, highest seen, after. Workers are
#     recycled every max_requests requests, so the pids are shown too.
# A measurement, not a test: it never fails on numbers. Run it on an idle
# machine; BENCH_DURATION, BENCH_CONNECTIONS and BENCH_REQUESTS override
# 10s, 64 and 200000.

set -euo pipefail

: "${BW_URL:?run through ./dev bench}" "${BW_STACK_DIR:?run through ./dev bench}"
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
REQUESTS=${BENCH_REQUESTS:-200000}
master=$(cat "$BW_STACK_DIR/run/pool.pid")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bw-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# wrk's --latency output → "req/s p50 p99 errors".
summarise() {	# summarise FILE
	awk '
	/Requests\/sec:/ { rps = $2 }
	$1 == "50%" { p50 = $2 }
	$1 == "99%" { p99 = $2 }
	/Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
	/Non-2xx or 3xx responses:/ { errors += $5 }
	END { printf "%s %s %s %d\n", rps, p50, p99, errors }' "$1"
}

run() {	# run NAME PATH
	echo "wrk -t2 -c$CONNECTIONS -d$DURATION --latency $BW_URL$2" >&2
	wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BW_URL$2" >"$tmp/$1.txt"
	summarise "$tmp/$1.txt" >"$tmp/$1.sum"
}

run static /static/breakatwork.css
run healthz /healthz
run start /
run render "/contact-onem?bench=1"

base=$(cut -d' ' -f1 "$tmp/healthz.sum")
echo
printf '%-34s %10s %9s %9s %7s %9s\n' route req/s p50 p99 errors "vs (b)"
for r in "static:(a) static file (nginx)" "healthz:(b) /healthz (FastCGI)" \
    "start:(c) / start page (kept)" "render:(d) /contact-onem (XSLT)"; do
	read -r rps p50 p99 errors <"$tmp/${r%%:*}.sum"
	printf '%-34s %10s %9s %9s %7s %8.2fx\n' "${r#*:}" "$rps" "$p50" "$p99" "$errors" \
	    "$(awk -v a="$rps" -v b="$base" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done

# --- memory over many requests ------------------------------------------------------

# Workers of the master and their RSS (KiB), "pid:rss" per line.
worker_rss() {
	local pids

	pids=$(pgrep -P "$master" | tr '\n' ',')
	[ -n "$pids" ] && ps -o pid=,rss= -p "${pids%,}" | awk '{ print $1 ":" $2 }'
}

echo
echo "$REQUESTS requests to /contact-onem?bench=1 (wrk -t2 -c$CONNECTIONS), workers' RSS sampled every second"
before=$(worker_rss)
: >"$tmp/samples"
(while sleep 1; do worker_rss >>"$tmp/samples"; done) &
sampler=$!
start=$SECONDS
# wrk cannot stop after a count (a stopped thread still waits for -d):
# run it 10 s at a time until the count is reached.
total=0
: >"$tmp/long.txt"
while [ "$total" -lt "$REQUESTS" ]; do
	wrk -t2 -c"$CONNECTIONS" -d10s "$BW_URL/contact-onem?bench=1" >"$tmp/run.txt"
	cat "$tmp/run.txt" >>"$tmp/long.txt"
	n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$tmp/run.txt")
	total=$((total + ${n:-0}))
	[ "${n:-0}" -gt 0 ] || break
done
elapsed=$((SECONDS - start))
kill "$sampler"
wait "$sampler" 2>/dev/null || true
after=$(worker_rss)

echo "  done: $total requests in about ${elapsed}s"
sed -n '/Socket errors\|Non-2xx/s/^ */  /p' "$tmp/long.txt"
echo "  before: $(echo $before)"
echo "  after:  $(echo $after)"
echo "  highest RSS of any worker while running: $(cut -d: -f2 "$tmp/samples" | sort -n |
    tail -n 1) KiB; before: $(echo "$before" | cut -d: -f2 | sort -n | tail -n 1) KiB"
