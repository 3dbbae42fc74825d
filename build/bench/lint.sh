#!/usr/bin/env bash
# Benchmark scenario: `slo lint` with every check on over ONE rule file of N rules (default
# 100,000), against `promtool check rules` on the same file in the same run, once per shape
# (issue 14: the floor must hold for the shapes people write, not only the compiler's):
#   compiler  the compiler's output with hand-written alerts mixed in (generate-rules.sh)
#   sloth kube mixin flow  see generate-shapes.sh; promtool cannot read PrometheusRule objects, so
#             for `kube` it checks the same rules as one plain file (spec.groups extracted)
# Floor (issues 3 and 14): per shape, at most half of promtool's wall time and half of its peak memory.
# Each tool runs BENCH_RUNS times per shape (default 3), the two alternating, and the medians are compared:
# promtool's wall time on one file varies by a third from run to run (its GC), so one run of each decides
# little. The table also gives each tool's range of wall times.
#
# Usage: build/bench/lint.sh [N] [SHAPE ...]   (default: every shape)
#   BENCH_RUNS=N    runs of each tool per shape (default 3)
#   BENCH_STRICT=1  exit 1 when the floor breaks for any shape
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-100000}
case "$n" in '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac
runs=${BENCH_RUNS:-3}
case "$runs" in '' | *[!0-9]* | 0) echo "bench: BENCH_RUNS must be a positive integer, got '$runs'" >&2; exit 2 ;; esac

shift || true
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(compiler sloth kube mixin flow)
for shape in "${shapes[@]}"; do
  case "$shape" in compiler | sloth | kube | mixin | flow) ;; *) echo "bench: unknown shape '$shape'" >&2; exit 2 ;; esac
done

rows=()
broken=0
for shape in "${shapes[@]}"; do
  file="$work/$shape-$n.yml"
  peer_file=$file
  if [ "$shape" = compiler ]; then
    # About 10 rules per SLO; nine in ten rules come from the compiler.
    slos=$(( (n * 9 / 10 + 9) / 10 ))
    build/bench/generate.sh "$slos" "$work/slos" 100 10
    echo "bench: slo compile, $slos SLOs (input for the rule file)" >&2
    "${slo[@]}" compile "$work/slos" --out "$work/compiled" >/dev/null
    build/bench/generate-rules.sh "$n" "$work/compiled" "$file"
  else
    build/bench/generate-shapes.sh "$shape" "$n" "$file"
    if [ "$shape" = kube ]; then
      peer_file="$work/kube-plain-$n.yml"
      build/bench/generate-shapes.sh kube-plain "$n" "$peer_file"
    fi
  fi
  size_mb=$(LC_ALL=C awk -v b="$(wc -c <"$file")" 'BEGIN { printf "%.1f", b / 1048576 }')

  lint_walls=() lint_kbs=() prom_walls=() prom_kbs=()
  for run in $(seq 1 "$runs"); do
    echo "bench: slo lint, $shape, $n rules ($size_mb MB), run $run of $runs" >&2
    MEASURE_OK_EXIT=1 measure "$work/lint-$shape.log" "${slo[@]}" lint "$file" --format json
    lint_walls+=("$wall") lint_kbs+=("$peak_kb")

    echo "bench: promtool check rules, $([ "$peer_file" = "$file" ] && echo "same file" || echo "the same rules as a plain file"), run $run of $runs" >&2
    measure "$work/promtool-$shape.log" promtool check rules "$peer_file"
    prom_walls+=("$wall") prom_kbs+=("$peak_kb")
  done
  findings=$(grep -c '"code":' "$work/lint-$shape.log" || true)
  lint_wall=$(median "${lint_walls[@]}") lint_kb=$(median "${lint_kbs[@]}") lint_range=$(spread "${lint_walls[@]}")
  prom_wall=$(median "${prom_walls[@]}") prom_kb=$(median "${prom_kbs[@]}") prom_range=$(spread "${prom_walls[@]}")

  wall_x=$(ratio "$lint_wall" "$prom_wall")
  peak_x=$(ratio "$lint_kb" "$prom_kb")
  verdict=holds
  if [ "$(at_most "$lint_wall" "$prom_wall" 0.5)" != yes ] || [ "$(at_most "$lint_kb" "$prom_kb" 0.5)" != yes ]; then
    verdict=BROKEN
    broken=1
  fi
  rows+=("$(LC_ALL=C awk -v s="$shape" -v mb="$size_mb" -v f="$findings" -v lw="$lint_wall" -v lr="$lint_range" -v lk="$lint_kb" -v pw="$prom_wall" -v pr="$prom_range" -v pk="$prom_kb" -v wx="$wall_x" -v px="$peak_x" -v v="$verdict" 'BEGIN {
    printf "%-9s %7s %8s | %8.2f %11s %8.1f | %8.2f %11s %8.1f | %6s %6s | floor %s", s, mb, f, lw, lr, lk / 1024, pw, pr, pk / 1024, wx, px, v
  }')")
done

echo "== lint: slo lint (all checks) vs promtool check rules, one file of $n rules per shape, median of $runs runs each (kube: promtool checks the same rules as a plain file, it cannot read PrometheusRule objects)"
printf "%-9s %7s %8s | %8s %11s %8s | %8s %11s %8s | %6s %6s |\n" shape MB findings "slo s" "slo range" "slo MB" "prom s" "prom range" "prom MB" "wall x" "peak x"
printf "%s\n" "${rows[@]}"
if [ "$broken" = 0 ]; then
  echo "floor holds on every shape: slo lint took at most half of promtool's wall time and peak memory"
else
  echo "floor BROKEN on some shape: slo lint needs at most 0.5x promtool's wall time and peak memory on each"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
