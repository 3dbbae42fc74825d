#!/usr/bin/env bash
# Benchmark scenario: start-up, as pre-commit hooks and CI scripts feel it. `slo lint FILE` run once
# per file over small rule files (the public corpus and the generated rules: R rounds each), against
# `promtool check rules FILE` on the same files, and `slo lint examples` against promtool checking the
# examples' generated rules. The native build (dist/slo) is measured; the JIT build is shown beside it.
# Floor: the native per-file lint and the examples lint each within 1.5x promtool's wall time.
#
# Usage: build/bench/startup.sh [R]   (rounds, default 5)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rounds=${1:-5}
case "$rounds" in '' | *[!0-9]*) echo "bench: R must be a positive integer, got '$rounds'" >&2; exit 2 ;; esac

files=(tests/SloCompiler.Tests/Linting/PublicCorpus/*.yml generated/prometheus/*.rules.yml)

# per_file CMD...: seconds to run CMD FILE once for every file, R times; exit codes 0 and 1 (findings) are
# fine, anything else (a crash, a usage error) stops the benchmark.
per_file() {
  local start end status
  start=$(date +%s.%N)
  for _ in $(seq "$rounds"); do
    for file in "${files[@]}"; do
      status=0
      "$@" "$file" >/dev/null 2>&1 || status=$?
      if [ "$status" -gt 1 ]; then
        echo "bench: failed (exit $status): $* $file" >&2
        exit 1
      fi
    done
  done
  end=$(date +%s.%N)
  LC_ALL=C awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

runs=$((rounds * ${#files[@]}))
echo "bench: $runs per-file runs each of promtool, native slo, JIT slo" >&2
promtool_s=$(per_file promtool check rules)
native_s=$(per_file "${slo[@]}" lint)
jit_s=$(per_file "${slo_jit[@]}" lint)

echo "bench: slo lint examples vs promtool check rules generated/prometheus/*.rules.yml" >&2
examples_rules=(generated/prometheus/*.rules.yml)
examples_promtool=0
examples_native=0
for _ in $(seq "$rounds"); do
  measure "$work/promtool-examples.log" promtool check rules "${examples_rules[@]}"
  examples_promtool=$(LC_ALL=C awk -v a="$examples_promtool" -v b="$wall" 'BEGIN { print a + b }')
  MEASURE_OK_EXIT=1 measure "$work/lint-examples.log" "${slo[@]}" lint examples
  examples_native=$(LC_ALL=C awk -v a="$examples_native" -v b="$wall" 'BEGIN { print a + b }')
done

echo "== startup: $runs runs of 'slo lint FILE' ($rounds rounds of ${#files[@]} small rule files); 'slo lint examples' $rounds times"
LC_ALL=C awk -v n="$runs" -v p="$promtool_s" -v s="$native_s" -v j="$jit_s" -v ep="$examples_promtool" -v es="$examples_native" -v r="$rounds" 'BEGIN {
  printf "| run | promtool | slo (native) | ratio | slo (JIT) | ratio |\n|---|---:|---:|---:|---:|---:|\n"
  printf "| per file, mean | %.3f s | %.3f s | %.2f | %.3f s | %.2f |\n", p / n, s / n, s / p, j / n, j / p
  printf "| examples, mean | %.3f s | %.3f s | %.2f | | |\n", ep / r, es / r, es / ep
}'

if [ "$(at_most "$native_s" "$promtool_s" 1.5)" = yes ] && [ "$(at_most "$examples_native" "$examples_promtool" 1.5)" = yes ]; then
  echo "floor holds: native slo lint within 1.5x promtool per file and on the examples"
else
  echo "floor BROKEN: native slo lint must stay within 1.5x promtool's wall time"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
