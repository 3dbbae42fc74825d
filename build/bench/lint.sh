#!/usr/bin/env bash
# Benchmark scenario: `slo lint` with every check on over ONE rule file of N rules (default
# 100,000: the compiler's shape with hand-written alerts mixed in, see generate-rules.sh), against
# `promtool check rules` on the same file in the same run. Floor (issue 3): at most half of
# promtool's wall time and at most half of its peak memory.
#
# Usage: build/bench/lint.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-100000}
case "$n" in '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac

# About 10 rules per SLO; nine in ten rules come from the compiler.
slos=$(( (n * 9 / 10 + 9) / 10 ))
build/bench/generate.sh "$slos" "$work/slos" 100 10
echo "bench: slo compile, $slos SLOs (input for the rule file)" >&2
"${slo[@]}" compile "$work/slos" --out "$work/compiled" >/dev/null
file="$work/rules-$n.rules.yml"
build/bench/generate-rules.sh "$n" "$work/compiled" "$file"
size_mb=$(LC_ALL=C awk -v b="$(wc -c <"$file")" 'BEGIN { printf "%.1f", b / 1048576 }')

echo "bench: slo lint, $n rules ($size_mb MB)" >&2
MEASURE_OK_EXIT=1 measure "$work/lint.log" "${slo[@]}" lint "$file" --format json
lint_wall=$wall
lint_kb=$peak_kb
findings=$(grep -c '"code":' "$work/lint.log" || true)

echo "bench: promtool check rules, same file" >&2
measure "$work/promtool-lint.log" promtool check rules "$file"
prom_wall=$wall
prom_kb=$peak_kb

wall_x=$(ratio "$lint_wall" "$prom_wall")
peak_x=$(ratio "$lint_kb" "$prom_kb")
echo "== lint: slo lint (all checks) vs promtool check rules, one file of $n rules ($size_mb MB), $findings findings"
LC_ALL=C awk -v lw="$lint_wall" -v lk="$lint_kb" -v pw="$prom_wall" -v pk="$prom_kb" -v wx="$wall_x" -v px="$peak_x" 'BEGIN {
  printf "%10s %10s | %10s %10s | %8s %8s\n", "slo s", "slo MB", "prom s", "prom MB", "wall x", "peak x"
  printf "%10.2f %10.1f | %10.2f %10.1f | %8s %8s\n", lw, lk / 1024, pw, pk / 1024, wx, px
}'

if [ "$(at_most "$lint_wall" "$prom_wall" 0.5)" = yes ] && [ "$(at_most "$lint_kb" "$prom_kb" 0.5)" = yes ]; then
  echo "floor holds: slo lint took at most half of promtool's wall time and peak memory"
else
  echo "floor BROKEN: slo lint needs at most 0.5x promtool's wall time and peak memory (got ${wall_x}x, ${peak_x}x)"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
