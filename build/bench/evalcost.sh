#!/usr/bin/env bash
# Benchmark scenario: what the generated rules cost a real Prometheus to evaluate, and how exact their
# windows are (issue 17 §2). N SLOs (default 200; ratio SLIs, 99.9% over 30 days, 30 s evaluation) and
# DAYS (default 31) of 30 s counters with bursty errors, backfilled into a Prometheus on 127.0.0.1 with
# `promtool tsdb create-blocks-from openmetrics` (the OpenMetrics file is streamed by
# build/bench/evalcost.py; the TSDB is cached in $BENCH_CACHE, default ~/.cache/slo-bench, because
# making it takes minutes), with the recorded series the rules read backfilled beside them. Peer in the
# same server: Sloth-shaped rules for the same SLOs (the shape of tests/.../Foreign/SlothShapedRules.cs,
# plus the 30-day period recording Sloth generates). Both rule sets are loaded.
#
# Cost: every rule of SAMPLED SLOs (default 10, spread over the N; every SLO has the same rules) is run
# through /api/v1/query with stats=all at 50 instants over the last day, and each rule's evaluation time and
# samples loaded are weighted by its evaluations per hour (3600 / its group's interval).
# Accuracy: every window the rules record or the alerts read, against increase(bad[W]) / increase(total[W])
# at the same instant, where that burn rate is >= 0.5; the old shape (sum_over_time of the 5m recordings)
# is shown beside it for 2h to 3d.
# Floors: cost <= 0.4x Sloth-shaped in evaluation time and in samples, every window within 1%. The
# scenario exits 1 when a floor breaks.
#
# Usage: build/bench/evalcost.sh [N] [DAYS] [SAMPLED]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

n=${1:-200}
days=${2:-31}
sampled=${3:-10}
times=50
for value in "$n" "$days" "$sampled"; do
  case "$value" in '' | *[!0-9]*) echo "bench: N, DAYS and SAMPLED must be positive integers, got '$value'" >&2; exit 2 ;; esac
done
for tool in prometheus python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run build/install-tools.sh)" >&2; exit 1; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "bench: python3-yaml not found (apt-get install python3-yaml)" >&2; exit 1; }

end=1796083200 # 2026-12-01T00:00:00Z: the data ends here
helper=(python3 "$repo/build/bench/evalcost.py")

mkdir -p "$work/slos"
"${helper[@]}" slos "$n" "$work/slos/bench.slo"
echo "bench: slo compile, $n SLOs" >&2
"${slo[@]}" compile "$work/slos" --out "$work/compiled" >/dev/null
"${helper[@]}" sloth "$n" "$work/sloth.rules.yml"

# The TSDB depends only on N, DAYS and the generator's data version: cached under a key of those.
version=$(sed -n 's/^DATA_VERSION = \([0-9]*\).*/\1/p' "$repo/build/bench/evalcost.py")
cache="${BENCH_CACHE:-$HOME/.cache/slo-bench}/evalcost-$n-$days-v$version"
if [ ! -d "$cache/tsdb" ]; then
  rm -rf "$cache.tmp"
  mkdir -p "$cache.tmp"
  echo "bench: OpenMetrics of $days days of 30 s data for $n SLOs (streamed)" >&2
  "${helper[@]}" data "$n" "$days" "$end" "$times" "$cache.tmp/data.om"
  echo "bench: promtool tsdb create-blocks-from openmetrics ($(du -h "$cache.tmp/data.om" | cut -f1))" >&2
  promtool tsdb create-blocks-from openmetrics --max-block-duration=$((days * 24 + 24))h "$cache.tmp/data.om" "$cache.tmp/tsdb" \
    >"$cache.tmp/backfill.log" 2>&1 || { tail -n 20 "$cache.tmp/backfill.log" >&2; exit 1; }
  rm "$cache.tmp/data.om"
  rm -rf "$cache"
  mv "$cache.tmp" "$cache"
else
  echo "bench: reusing the TSDB in $cache" >&2
fi
cp -al "$cache/tsdb" "$work/tsdb" # hard links: Prometheus adds files beside the blocks, never rewrites them

{
  printf 'global:\n  evaluation_interval: 30s\nrule_files:\n'
  for file in "$work"/compiled/prometheus/*.rules.yml "$work/sloth.rules.yml"; do printf -- '- %s\n' "$file"; done
} >"$work/prometheus.yml"
start_prometheus 300
loaded=$(curl -fsS "$url/api/v1/rules" | python3 -c 'import json, sys; print(sum(len(g["rules"]) for g in json.load(sys.stdin)["data"]["groups"]))')

echo "== evalcost: $n SLOs, $days days of 30 s data, Prometheus $(prometheus --version 2>&1 | awk 'NR == 1 { print $3 }') ($loaded rules loaded)"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"${helper[@]}" measure "$url" "$end" "$times" "$sampled" "$work"/compiled/prometheus/*.rules.yml -- "$work/sloth.rules.yml"
