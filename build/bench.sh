#!/usr/bin/env bash
# Benchmarks, each against the peer tool measured in the same run (figures are ratios, never
# absolute targets; no test is timed). Scenarios live in build/bench/<name>.sh:
#   compile [N ...]   slo compile of N synthetic SLOs vs promtool check rules on the output
#   lint [N] [SHAPE...]  slo lint of one rule file of N rules (default 100,000) vs promtool check rules,
#                     per shape: compiler, sloth, kube (PrometheusRule objects), mixin, flow
#   catalog [N]       slo catalog scan of N synthetic C# files (default 1,000) against its 2 s
#                     budget, and slo lint examples against its 0.5 s start-up budget
#   status [N]        slo status of N SLOs (default 1,000) and 100 against a real Prometheus with their
#                     recorded series backfilled: under 2 s, same query count; vs one curl of one query
#   startup [R]       slo lint FILE once per small rule file (R rounds) and slo lint examples vs
#                     promtool check rules on the same files; floor: native slo within 1.5x
#   foreign [N]       slo lint of N Sloth specs (default 1,000, one SLO each) vs the same services in
#                     our YAML; floor: Sloth no slower (ratio <= 1.0)
#   evalcost [N] [DAYS] [SAMPLED]
#                     evaluation cost of the rules of N SLOs (default 200) over DAYS (31) of backfilled
#                     30 s data in a real Prometheus vs Sloth-shaped rules in the same server, and every
#                     window's error vs the exact ratio; floors: cost <= 0.4x, windows within 1% (exits 1)
#
# Every scenario measures the native build (build/publish.sh, dist/slo), the one that ships;
# BENCH_JIT=1 measures the JIT build instead.
#
# Usage: build/bench.sh                  every scenario with its defaults
#        build/bench.sh SCENARIO [ARGS]  one scenario
#        build/bench.sh N [N ...]        the compile scenario (as before)
#   BENCH_KEEP=1     keep each scenario's temp dir with inputs and outputs (its path is printed)
#   BENCH_STRICT=1   exit 1 when a floor does not hold (for CI)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scenarios=(compile lint catalog status foreign startup evalcost)

if [ $# -eq 0 ]; then
  status=0
  for scenario in "${scenarios[@]}"; do
    "$here/bench/$scenario.sh" || status=$?
    export BENCH_BUILT=1
  done
  exit "$status"
fi

case "$1" in
  [0-9]*) exec "$here/bench/compile.sh" "$@" ;;
esac

scenario=$1
shift
if [ ! -x "$here/bench/$scenario.sh" ] || [ "$scenario" = common ] || [[ "$scenario" == generate* ]]; then
  echo "bench: unknown scenario '$scenario'; one of: ${scenarios[*]}" >&2
  exit 2
fi
exec "$here/bench/$scenario.sh" "$@"
