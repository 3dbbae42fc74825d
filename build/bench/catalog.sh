#!/usr/bin/env bash
# Benchmark scenario: `slo catalog scan` of N synthetic C# files (default 1,000; issue budget: under
# 2 s), and `slo lint examples` against its 0.5 s start-up budget (Roslyn must not load when no C#
# file is read). There is no peer tool for either, so the figures are ratios to those budgets.
#
# Usage: build/bench/catalog.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-1000}
case "$n" in '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac

build/bench/generate-csharp.sh "$n" "$work/cs"
echo "bench: slo catalog scan, $n C# files" >&2
measure "$work/scan.log" "${slo[@]}" catalog scan "$work/cs" --out "$work/catalog.yaml"
scan_wall=$wall
scan_kb=$peak_kb

echo "bench: slo lint examples" >&2
MEASURE_OK_EXIT=1 measure "$work/lint.log" "${slo[@]}" lint examples
lint_wall=$wall

echo "== catalog: slo catalog scan of $n C# files; slo lint of the bundled examples"
LC_ALL=C awk -v n="$n" -v sw="$scan_wall" -v sk="$scan_kb" -v lw="$lint_wall" 'BEGIN {
  printf "catalog scan: %d C# files in %.2f s, %.1f MB peak; %.2f of the 2 s budget\n", n, sw, sk / 1024, sw / 2
  printf "lint examples: %.2f s; %.2f of the 0.5 s budget\n", lw, lw / 0.5
}'

if [ "$(at_most "$scan_wall" 2 1)" = yes ] && [ "$(at_most "$lint_wall" 0.5 1)" = yes ]; then
  echo "budget holds: the scan and the examples lint stayed within their budgets"
else
  echo "budget BROKEN: catalog scan must take at most 2 s and lint examples at most 0.5 s"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
