#!/usr/bin/env bash
# Benchmark scenario: `slo status` of N synthetic SLOs (default 1,000, and 100 to show the query count
# does not grow) against a real Prometheus on 127.0.0.1 holding 3 hours of their recorded series
# (the base-window rates every deployed SLO's rules record, taken from `slo compile`'s rule files),
# backfilled with `promtool tsdb create-blocks-from openmetrics`. Peer in the same run: one `curl` of
# a single status query (the period window of every SLO at once). Floor (issue 13): under 2 s, and the
# same number of queries for 100 and N SLOs (query by window, not by SLO).
#
# Usage: build/bench/status.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-1000}
case "$n" in '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac
small=100
for tool in prometheus curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run build/install-tools.sh)" >&2; exit 1; }
done

end=1796083200 # 2026-12-01T00:00:00Z: status evaluates here, at the end of the data
hours=3

build/bench/generate.sh "$n" "$work/slos" 10 10 # 100 SLOs per file
echo "bench: slo compile, $n SLOs (the recorded series to backfill)" >&2
"${slo[@]}" compile "$work/slos" --out "$work/compiled" >/dev/null

# One series per recorded base-window rate (bad events, events, or a raw SLI's error ratio) of every SLO,
# 30 s apart: 1% of the requests fail, so every SLO reads the same error ratio.
echo "bench: OpenMetrics of $hours h of recorded series" >&2
LC_ALL=C awk -v end="$end" -v hours="$hours" '
  /^  - record: slo:(sli_bad_events|sli_events|sli_error:ratio_rate)/ { record = $3; next }
  /^  - / { record = "" }
  record != "" && /^      service: / { service = $2 }
  record != "" && /^      slo: / {
    value = record ~ /sli_bad_events/ ? 1 : record ~ /sli_events/ ? 100 : 0.01
    series[record "{service=\"" service "\",slo=\"" $2 "\"}"] = value
    record = ""
  }
  END {
    for (s in series) {
      for (t = end - hours * 3600; t <= end; t += 30) { printf "%s %s %d\n", s, series[s], t }
    }
    print "# EOF"
  }' "$work"/compiled/prometheus/*.rules.yml >"$work/recorded.om"
series=$(grep -c '^slo:' "$work/recorded.om" | awk -v h="$hours" '{ print $1 / (h * 120 + 1) }')

echo "bench: promtool tsdb create-blocks-from openmetrics ($series series)" >&2
promtool tsdb create-blocks-from openmetrics "$work/recorded.om" "$work/tsdb" >"$work/backfill.log" 2>&1 \
  || { tail -n 20 "$work/backfill.log" >&2; exit 1; }

printf 'global:\n  evaluation_interval: 30s\n' >"$work/prometheus.yml"
start_prometheus 150

# status_run NAME ARGS...: runs slo status once to warm the server's caches, then measures it.
status_run() {
  local name=$1
  shift
  "${slo[@]}" status "$@" --prometheus "$url" --time "$end" --format json --fail-on none >/dev/null
  measure "$work/$name.json" "${slo[@]}" status "$@" --prometheus "$url" --time "$end" --format json --fail-on none
}

# The 100-SLO run: the first file of the same project.
mkdir -p "$work/slos-$small"
cp "$work/slos/services-0000.slo" "$work/slos-$small/"
status_run small "$work/slos-$small"
small_wall=$wall
small_cpu=$(LC_ALL=C awk -v u="$user_s" -v s="$sys_s" 'BEGIN { print u + s }')
small_queries=$(grep -o '"queries": *[0-9]*' "$work/small.json" | grep -o '[0-9]*$')
small_slos=$(grep -c '"verdict"' "$work/small.json")

status_run large "$work/slos"
large_wall=$wall
large_kb=$peak_kb
large_cpu=$(LC_ALL=C awk -v u="$user_s" -v s="$sys_s" 'BEGIN { print u + s }')
large_queries=$(grep -o '"queries": *[0-9]*' "$work/large.json" | grep -o '[0-9]*$')
large_slos=$(grep -c '"verdict"' "$work/large.json")
recorded=$(grep -c '"source": "recorded"' "$work/large.json" || true)

# The peer: one curl of the 30-day period query for every SLO at once, what slo sends per window.
query='sum by (service, slo) (sum_over_time(slo:sli_bad_events:rate5m[30d])) / sum by (service, slo) (sum_over_time(slo:sli_events:rate5m[30d]))'
measure "$work/curl.json" curl -fsS "$url/api/v1/query" --data-urlencode "query=$query" --data-urlencode "time=$end"
curl_wall=$wall

echo "== status: slo status of $large_slos SLOs ($recorded read from recorded series) against Prometheus $(prometheus --version 2>&1 | awk 'NR == 1 { print $3 }'), $hours h of $series recorded series"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
LC_ALL=C awk -v sw="$small_wall" -v sc="$small_cpu" -v sq="$small_queries" -v ss="$small_slos" -v lw="$large_wall" -v lc="$large_cpu" \
  -v lk="$large_kb" -v lq="$large_queries" -v ls="$large_slos" -v cw="$curl_wall" 'BEGIN {
  printf "%8s %8s %8s %8s %8s | %10s %10s\n", "SLOs", "queries", "slo s", "slo cpu", "slo MB", "curl 1q s", "ratio"
  printf "%8d %8d %8.2f %8.2f %8s | %10.2f %10s\n", ss, sq, sw, sc, "", cw, (cw > 0) ? sprintf("%.1f", sw / cw) : "n/a"
  printf "%8d %8d %8.2f %8.2f %8.1f | %10.2f %10s\n", ls, lq, lw, lc, lk / 1024, cw, (cw > 0) ? sprintf("%.1f", lw / cw) : "n/a"
}'

if [ "$(at_most "$large_wall" 2 1)" = yes ] && [ "$small_queries" = "$large_queries" ] && [ "$recorded" = "$large_slos" ]; then
  echo "floor holds: $large_slos SLOs in under 2 s with $large_queries queries, the same as for $small_slos SLOs"
else
  echo "floor BROKEN: needs under 2 s for $large_slos SLOs (got ${large_wall} s), every SLO recorded (got $recorded), and the same query count for $small_slos and $large_slos SLOs (got $small_queries and $large_queries)"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
