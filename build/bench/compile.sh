#!/usr/bin/env bash
# Benchmark scenario: compile N synthetic SLOs with `slo compile` and compare against
# `promtool check rules` on the generated output. The floor we promise: compiling 10,000 SLOs takes
# less wall time than promtool needs to check what we emit, at under 4x its peak memory (issue 14).
#
# Usage: build/bench/compile.sh [N ...]    (default: 1000 10000)
#   SERVICES_PER_FILE, SLOS_PER_SERVICE   shape of the generated input (default 100, 10)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi
for n in "${sizes[@]}"; do
  case "$n" in
    '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;;
  esac
done

per_file=${SERVICES_PER_FILE:-100}
per_service=${SLOS_PER_SERVICE:-10}

# The floor is stated for 10,000 SLOs; when that size is not run, judge the largest one.
floor_n=0
for n in "${sizes[@]}"; do
  if [ "$n" -eq 10000 ]; then floor_n=10000; break; fi
  if [ "$n" -gt "$floor_n" ]; then floor_n=$n; fi
done

rows=()
floor_ok=""
for n in "${sizes[@]}"; do
  input="$work/in-$n"
  output="$work/out-$n"
  build/bench/generate.sh "$n" "$input" "$per_file" "$per_service"

  echo "bench: slo compile, $n SLOs" >&2
  measure "$work/slo-$n.log" "${slo[@]}" compile "$input" --out "$output"
  slo_wall=$wall
  slo_kb=$peak_kb

  shopt -s nullglob
  rules=("$output"/prometheus/*.rules.yml)
  shopt -u nullglob
  if [ ${#rules[@]} -eq 0 ]; then
    echo "bench: no $output/prometheus/*.rules.yml produced" >&2
    exit 1
  fi

  echo "bench: promtool check rules, ${#rules[@]} files" >&2
  measure "$work/promtool-$n.log" promtool check rules "${rules[@]}"
  prom_wall=$wall
  prom_kb=$peak_kb

  rows+=("$n ${#rules[@]} $slo_wall $slo_kb $prom_wall $prom_kb")

  if [ "$n" -eq "$floor_n" ]; then
    floor_ok=$(LC_ALL=C awk -v a="$slo_wall" -v b="$prom_wall" 'BEGIN { print (a < b) ? "yes" : "no" }')
    memory_ok=$(at_most "$slo_kb" "$prom_kb" 4)
  fi
done

echo "== compile: slo compile vs promtool check rules on the output"
printf '%s\n' "${rows[@]}" | LC_ALL=C awk '
function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "n/a" }
BEGIN {
  printf "%8s %6s | %10s %10s %10s | %10s %10s | %8s %8s\n",
    "SLOs", "files", "slo s", "slo MB", "SLOs/s", "prom s", "prom MB", "wall x", "peak x"
}
{
  n = $1; files = $2; sw = $3; sk = $4; pw = $5; pk = $6
  printf "%8d %6d | %10.2f %10.1f %10s | %10.2f %10.1f | %8s %8s\n",
    n, files, sw, sk / 1024, (sw > 0 ? sprintf("%.0f", n / sw) : "n/a"),
    pw, pk / 1024, ratio(sw, pw), ratio(sk, pk)
}
END { print "wall x = slo wall / promtool wall; peak x = slo peak RSS / promtool peak RSS" }'

if [ "$floor_ok" = yes ] && [ "$memory_ok" = yes ]; then
  echo "floor holds: compiling $floor_n SLOs took less time than promtool needed to check the output, and under 4x its peak memory"
else
  echo "floor BROKEN: compiling $floor_n SLOs needs less wall time than promtool's check of the output (ok: $floor_ok) and under 4x its peak memory (ok: $memory_ok)"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
