#!/usr/bin/env bash
# Writes ONE Prometheus rule file of N rules for the lint benchmark, from the rule files
# `slo compile` wrote into COMPILED_DIR (the compiler's shape) with a hand-written group of 10 rules
# after every 9 compiled groups (recording rules, plain threshold alerts, a single-window burn-rate
# alert, histogram_quantile, absent, predict_linear, rate over a gauge …), and more hand-written
# groups at the end when the compiled ones run out. Deterministic: no randomness.
#
# Usage: build/bench/generate-rules.sh N COMPILED_DIR OUT_FILE
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 N COMPILED_DIR OUT_FILE" >&2
  exit 2
fi
count=$1
compiled=$2
out=$3
case "$count" in '' | *[!0-9]*) echo "N must be a positive integer" >&2; exit 2 ;; esac

shopt -s nullglob
files=("$compiled"/prometheus/*.rules.yml)
if [ ${#files[@]} -eq 0 ]; then
  echo "generate-rules: no $compiled/prometheus/*.rules.yml" >&2
  exit 1
fi

LC_ALL=C awk -v count="$count" '
function handwritten(k,    job) {
  job = sprintf("app-%06d", k)
  print  "- name: handwritten-" k
  print  "  rules:"
  print  "  - record: job:http_requests:rate5m"
  printf "    expr: sum by (job) (rate(http_requests_total{job=\"%s\"}[5m]))\n", job
  print  "  - record: job:http_errors:rate5m"
  printf "    expr: sum by (job) (rate(http_requests_total{job=\"%s\", code=~\"5..\"}[5m]))\n", job
  print  "  - alert: HighErrorRate"
  printf "    expr: job:http_errors:rate5m{job=\"%s\"} / job:http_requests:rate5m{job=\"%s\"} > 0.05\n", job, job
  print  "    for: 10m"
  print  "    labels:"
  print  "      severity: warning"
  print  "    annotations:"
  print  "      summary: \"High error rate on {{ $labels.job }}: {{ $value | humanizePercentage }}\""
  printf "      runbook_url: https://runbooks.example.com/%s/high-error-rate\n", job
  print  "  - alert: ErrorBudgetBurnRateHigh"
  printf "    expr: sum(rate(http_requests_total{job=\"%s\", code=~\"5..\"}[1h])) / sum(rate(http_requests_total{job=\"%s\"}[1h])) > 14.4 * 0.001\n", job, job
  print  "    labels:"
  print  "      severity: critical"
  print  "    annotations:"
  print  "      summary: Error budget burning fast"
  print  "  - alert: InstanceDown"
  printf "    expr: up{job=\"%s\"} == 0\n", job
  print  "    for: 5m"
  print  "    labels:"
  print  "      severity: critical"
  print  "    annotations:"
  print  "      summary: \"{{ $labels.instance }} of {{ $labels.job }} is down\""
  printf "      runbook_url: https://runbooks.example.com/%s/instance-down\n", job
  print  "  - alert: HighLatencyP99"
  printf "    expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job=\"%s\"}[5m]))) > 0.3\n", job
  print  "    for: 15m"
  print  "    labels:"
  print  "      severity: warning"
  print  "    annotations:"
  print  "      summary: p99 latency above 300ms"
  printf "      runbook_url: https://runbooks.example.com/%s/latency\n", job
  print  "  - alert: DiskWillFillIn4Hours"
  printf "    expr: predict_linear(node_filesystem_avail_bytes{job=\"%s\", fstype!~\"tmpfs|overlay\"}[6h], 4 * 3600) < 0\n", job
  print  "    for: 30m"
  print  "    labels:"
  print  "      severity: warning"
  print  "    annotations:"
  print  "      summary: \"Disk {{ $labels.device }} on {{ $labels.instance }} fills within 4 hours\""
  print  "  - alert: MemoryGrowing"
  printf "    expr: rate(process_resident_memory_bytes{job=\"%s\"}[5m]) > 1e6\n", job
  print  "    labels:"
  print  "      severity: info"
  print  "  - alert: TargetMissing"
  printf "    expr: absent(up{job=\"%s\"})\n", job
  print  "    labels:"
  print  "      severity: critical"
  print  "    annotations:"
  print  "      summary: no target for the job"
  print  "  - record: job:http_error_ratio:rate5m"
  printf "    expr: job:http_errors:rate5m{job=\"%s\"} / job:http_requests:rate5m{job=\"%s\"}\n", job, job
  rules += 10
}
BEGIN { rules = 0; groups = 0; hand = 0; print "groups:" }
# Skip each file header; copy groups while the budget allows.
/^#/ || /^groups:/ { next }
/^- name: / {
  if (rules >= count) { exit_copy = 1 }
  if (!exit_copy && groups > 0 && groups % 9 == 0 && !inserted[groups]) {
    inserted[groups] = 1
    if (rules < count) handwritten(hand++)
  }
  if (!exit_copy) groups++
}
/^  - (record|alert): / { if (!exit_copy) rules++ }
{ if (!exit_copy && rules <= count) print }
END {
  while (rules < count) handwritten(hand++)
  printf "generate-rules: %d rules, %d compiled groups, %d hand-written groups\n", rules, groups, hand > "/dev/stderr"
}' "${files[@]}" >"$out"
