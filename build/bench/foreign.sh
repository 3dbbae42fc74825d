#!/usr/bin/env bash
# Benchmark scenario: slo lint of N Sloth specs (one SLO per file, default 1,000) against slo lint of the
# same N services in our own YAML (written by `slo convert --to yaml` from those specs, so both hold the
# same SLOs). Floor (issue 12): reading Sloth is no slower than reading ours, ratio <= 1.0; the ratio is
# Sloth time / our-YAML time.
#
# Usage: build/bench/foreign.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-1000}
case "$n" in '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac

build/bench/generate-sloth.sh "$n" "$work/sloth"
echo "bench: slo convert --to yaml of $n Sloth specs" >&2
measure "$work/convert.log" "${slo[@]}" convert "$work/sloth" --to yaml --out "$work/ours"

# Warm-up run of each, so neither side pays for a cold file cache alone.
"${slo[@]}" lint "$work/sloth" >/dev/null 2>&1 || true
"${slo[@]}" lint "$work/ours" >/dev/null 2>&1 || true

echo "bench: slo lint, $n Sloth specs" >&2
measure "$work/lint-sloth.log" "${slo[@]}" lint "$work/sloth"
sloth_wall=$wall
sloth_kb=$peak_kb

echo "bench: slo lint, $n of our YAML services" >&2
measure "$work/lint-ours.log" "${slo[@]}" lint "$work/ours"
ours_wall=$wall
ours_kb=$peak_kb

r=$(ratio "$sloth_wall" "$ours_wall")
echo "== foreign: slo lint of $n Sloth specs vs the same $n services in our YAML"
LC_ALL=C awk -v n="$n" -v sw="$sloth_wall" -v sk="$sloth_kb" -v ow="$ours_wall" -v ok="$ours_kb" -v r="$r" 'BEGIN {
  printf "sloth specs:   %.2f s, %.1f MB peak\n", sw, sk / 1024
  printf "our YAML:      %.2f s, %.1f MB peak\n", ow, ok / 1024
  printf "ratio (sloth / ours): %s\n", r
}'

if [ "$(at_most "$sloth_wall" "$ours_wall" 1.0)" = yes ]; then
  echo "floor holds: reading Sloth specs is no slower than reading our YAML"
else
  echo "floor BROKEN: reading $n Sloth specs took longer than $n of our YAML services"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
