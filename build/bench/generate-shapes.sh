#!/usr/bin/env bash
# Writes ONE rule file of N rules in one of the shapes people write by hand or with other tools, for
# the lint benchmark (issue 14: the floor must hold for every shape, not only the compiler's). The
# shapes follow the patterns of real projects' output; no project's file is copied:
#   sloth  4-space indentation, `expr: |` block scalars, Sloth-style recording and alert names,
#          sloth_* labels, title/summary annotations
#   kube   a `---` separated stream of PrometheusRule objects (apiVersion/kind/metadata, groups
#          under spec:), 2-space, as kube-prometheus and the operator's users write them
#   mixin  jsonnet-mixin output: 2-space, `expr: |` blocks with indented multi-line PromQL, `for:`,
#          annotations with templates (description/runbook_url/summary)
#   flow   flow-style maps for labels and annotations (`labels: {severity: critical, team: x}`),
#          wrapped (multi-line) plain scalars, quoted strings
#   kube-plain  the rules of `kube` as one plain rule file (spec.groups extracted), for promtool,
#          which cannot read PrometheusRule objects
# Every shape mixes recording rules and alerts, varies jobs/services per group and has a few
# hand-written defects (so lint has findings). Deterministic: no randomness.
#
# Usage: build/bench/generate-shapes.sh SHAPE N OUT_FILE
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 sloth|kube|kube-plain|mixin|flow N OUT_FILE" >&2
  exit 2
fi
shape=$1
count=$2
out=$3
case "$count" in '' | *[!0-9]*) echo "N must be a positive integer" >&2; exit 2 ;; esac
case "$shape" in sloth | kube | kube-plain | mixin | flow) ;; *) echo "unknown shape '$shape'" >&2; exit 2 ;; esac

LC_ALL=C awk -v shape="$shape" -v count="$count" '
function sloth(k,    svc, slo, id, w, i, ws, nw, objective) {
  svc = sprintf("svc-%05d", k); slo = (k % 3 == 0) ? "requests-latency" : "requests-availability"
  id = svc "-" slo; objective = (k % 4 == 0) ? "99.9" : (k % 4 == 1 ? "99" : (k % 4 == 2 ? "99.5" : "99.95"))
  nw = split("5m 30m 1h 2h 6h 1d 3d", ws, " ")
  print  "    - name: sloth-slo-sli-recordings-" id
  print  "      rules:"
  for (i = 1; i <= nw; i++) {
    w = ws[i]
    print  "        - record: slo:sli_error:ratio_rate" w
    print  "          expr: |"
    printf "            (sum(rate(http_request_duration_seconds_count{job=\"%s\",code=~\"(5..|429)\"}[%s])))\n", svc, w
    print  "            /"
    printf "            (sum(rate(http_request_duration_seconds_count{job=\"%s\"}[%s])))\n", svc, w
    print  "          labels:"
    printf "            owner: team-%02d\n", k % 40
    print  "            sloth_id: " id
    print  "            sloth_service: " svc
    print  "            sloth_slo: " slo
    print  "            sloth_window: " w
  }
  print  "        - record: slo:sli_error:ratio_rate30d"
  print  "          expr: |"
  printf "            sum_over_time(slo:sli_error:ratio_rate5m{sloth_id=\"%s\", sloth_service=\"%s\", sloth_slo=\"%s\"}[30d])\n", id, svc, slo
  print  "            / ignoring (sloth_window)"
  printf "            count_over_time(slo:sli_error:ratio_rate5m{sloth_id=\"%s\", sloth_service=\"%s\", sloth_slo=\"%s\"}[30d])\n", id, svc, slo
  print  "          labels:"
  print  "            sloth_window: 30d"
  print  "    - name: sloth-slo-meta-recordings-" id
  print  "      rules:"
  print  "        - record: slo:objective:ratio"
  print  "          expr: vector(" objective / 100 ")"
  sloth_labels(k, id, svc, slo)
  print  "        - record: slo:error_budget:ratio"
  print  "          expr: vector(1-" objective / 100 ")"
  sloth_labels(k, id, svc, slo)
  print  "        - record: slo:time_period:days"
  print  "          expr: vector(30)"
  sloth_labels(k, id, svc, slo)
  print  "        - record: slo:current_burn_rate:ratio"
  print  "          expr: |"
  printf "            slo:sli_error:ratio_rate5m{sloth_id=\"%s\", sloth_service=\"%s\", sloth_slo=\"%s\"}\n", id, svc, slo
  printf "            / on(sloth_id, sloth_slo, sloth_service) group_left\n"
  printf "            slo:error_budget:ratio{sloth_id=\"%s\", sloth_service=\"%s\", sloth_slo=\"%s\"}\n", id, svc, slo
  sloth_labels(k, id, svc, slo)
  print  "    - name: sloth-slo-alerts-" id
  print  "      rules:"
  print  "        - alert: " (k % 2 ? "K8sApiserverAvailabilityAlert" : "MyServiceHighErrorRate")
  print  "          expr: |"
  sloth_pair("5m", "1h", "14.4", id, svc, slo)
  printf "            or\n"
  sloth_pair("30m", "6h", "6", id, svc, slo)
  print  "          labels:"
  print  "            severity: critical"
  print  "            sloth_severity: page"
  print  "          annotations:"
  print  "            summary: \"{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected.\""
  print  "            title: (page) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast."
  print  "        - alert: " (k % 2 ? "K8sApiserverAvailabilityAlert" : "MyServiceHighErrorRate")
  print  "          expr: |"
  sloth_burn(12, "2h", "3", id, svc, slo)
  printf "            and\n"
  sloth_burn(12, "1d", "3", id, svc, slo)
  print  "          labels:"
  print  "            severity: warning"
  print  "            sloth_severity: ticket"
  print  "          annotations:"
  print  "            summary: \"{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected.\""
  print  "            title: (ticket) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast."
  if (k % 50 == 7) {
    # hand-written defects: a rate over a recorded ratio, a missing for on a threshold alert
    print  "        - alert: SlothServiceDown"
    printf "          expr: rate(slo:sli_error:ratio_rate5m{sloth_service=\"%s\"}[5m]) > 0\n", svc
    print  "          labels:"
    print  "            severity: critical"
    rules += 1
  }
  rules += 16
}

# One side of a Sloth alert condition: the error ratio of a window over factor x budget (99.9%).
function sloth_burn(indent, window, factor, id, svc, slo) {
  printf "%" indent "smax(slo:sli_error:ratio_rate%s{sloth_id=\"%s\", sloth_service=\"%s\", sloth_slo=\"%s\"} > (%s * 0.001)) without (sloth_window)\n", "", window, id, svc, slo, factor
}

# A page pair of a Sloth alert: both windows over factor x budget, in parentheses.
function sloth_pair(short, long, factor, id, svc, slo) {
  printf "            (\n"
  sloth_burn(16, short, factor, id, svc, slo)
  printf "                and\n"
  sloth_burn(16, long, factor, id, svc, slo)
  printf "            )\n"
}

function sloth_labels(k, id, svc, slo) {
  print  "          labels:"
  printf "            owner: team-%02d\n", k % 40
  print  "            sloth_id: " id
  print  "            sloth_service: " svc
  print  "            sloth_slo: " slo
}
# one PrometheusRule object (kube) or its groups (kube-plain); groups at "  " (plain) or "    " (under spec)
function kube(k, plain,    app, ns, p) {
  app = sprintf("app-%05d", k); ns = sprintf("team-%02d", k % 30)
  p = plain ? "" : "    "
  if (!plain) {
    print "---"
    if (k % 10 == 0) print "# Source: " app "/templates/prometheusrule.yaml"
    print "apiVersion: monitoring.coreos.com/v1"
    print "kind: PrometheusRule"
    print "metadata:"
    print "  labels:"
    print "    app.kubernetes.io/name: " app
    print "    app.kubernetes.io/part-of: kube-prometheus"
    print "    prometheus: k8s"
    print "    role: alert-rules"
    print "  name: " app "-rules"
    print "  namespace: " ns
    print "spec:"
    print "  groups:"
  }
  print p "- name: " app ".rules"
  print p "  rules:"
  print p "  - expr: |"
  printf p "      sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{job=\"kubelet\", namespace=\"%s\", container=\"%s\"}[5m]))\n", ns, app
  print p "    record: namespace_pod:container_cpu_usage_seconds_total:sum_rate"
  print p "  - expr: |"
  printf p "      sum by (namespace, pod) (container_memory_working_set_bytes{job=\"kubelet\", namespace=\"%s\", container=\"%s\", image!=\"\"})\n", ns, app
  print p "    record: namespace_pod:container_memory_working_set_bytes:sum"
  print p "  - expr: |"
  printf p "      sum by (namespace) (kube_pod_container_resource_requests{job=\"kube-state-metrics\", namespace=\"%s\", resource=\"cpu\"})\n", ns
  print p "    record: namespace:kube_pod_container_resource_requests_cpu_cores:sum"
  print p "- name: " app ".alerts"
  print p "  rules:"
  print p "  - alert: KubePodCrashLooping"
  print p "    annotations:"
  print p "      description: \047Pod {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is in waiting state (reason: \"CrashLoopBackOff\").\047"
  print p "      runbook_url: https://runbooks.example.com/kubernetes/kubepodcrashlooping"
  print p "      summary: Pod is crash looping."
  print p "    expr: |"
  printf p "      max_over_time(kube_pod_container_status_waiting_reason{reason=\"CrashLoopBackOff\", job=\"kube-state-metrics\", namespace=\"%s\"}[5m]) >= 1\n", ns
  print p "    for: 15m"
  print p "    labels:"
  print p "      severity: warning"
  print p "  - alert: KubeDeploymentReplicasMismatch"
  print p "    annotations:"
  print p "      description: Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has not matched the expected number of replicas for longer than 15 minutes."
  print p "      summary: Deployment has not matched the expected number of replicas."
  print p "    expr: |"
  printf p "      (\n"
  printf p "        kube_deployment_spec_replicas{job=\"kube-state-metrics\", namespace=\"%s\", deployment=\"%s\"}\n", ns, app
  printf p "          >\n"
  printf p "        kube_deployment_status_replicas_available{job=\"kube-state-metrics\", namespace=\"%s\", deployment=\"%s\"}\n", ns, app
  printf p "      ) and (\n"
  printf p "        changes(kube_deployment_status_replicas_updated{job=\"kube-state-metrics\", namespace=\"%s\", deployment=\"%s\"}[10m])\n", ns, app
  printf p "          ==\n"
  printf p "        0\n"
  printf p "      )\n"
  print p "    for: 15m"
  print p "    labels:"
  print p "      severity: warning"
  print p "  - alert: " (k % 25 == 3 ? "AppHighErrorRate" : "AppErrorRatioHigh")
  print p "    expr: |-"
  printf p "      sum(rate(http_requests_total{namespace=\"%s\", service=\"%s\", code=~\"5..\"}[5m]))\n", ns, app
  printf p "        /\n"
  printf p "      sum(rate(http_requests_total{namespace=\"%s\", service=\"%s\"}[5m])) > 0.05\n", ns, app
  if (k % 25 != 3) print p "    for: 10m"  # a defect: no for on a threshold alert
  print p "    labels:"
  print p "      severity: critical"
  print p "      team: " ns
  rules += 6
}
function mixin(k,    job, cl) {
  job = sprintf("etcd-%05d", k); cl = sprintf("cluster-%02d", k % 20)
  print "  - name: " job
  print "    rules:"
  print "      - alert: etcdMembersDown"
  print "        annotations:"
  print "          description: \"etcd cluster \\\"{{ $labels.job }}\\\": members are down ({{ $value }}).\""
  print "          summary: etcd cluster members are down."
  print "        expr: |"
  print "          max without (endpoint) ("
  printf "            sum without (instance) (up{job=~\".*%s.*\", cluster=\"%s\"} == bool 0)\n", job, cl
  print "          or"
  print "            count without (To) ("
  printf "              sum without (instance) (rate(etcd_network_peer_sent_failures_total{job=~\".*%s.*\"}[120s])) > 0.01\n", job
  print "            )"
  print "          )"
  print "          > 0"
  print "        for: 10m"
  print "        labels:"
  print "          severity: critical"
  print "      - alert: etcdInsufficientMembers"
  print "        annotations:"
  print "          description: \047etcd cluster \"{{ $labels.job }}\": insufficient members ({{ $value }}).\047"
  print "          summary: etcd cluster has insufficient number of members."
  print "        expr: |"
  printf "          sum(up{job=~\".*%s.*\"} == bool 1) without (instance) < ((count(up{job=~\".*%s.*\"}) without (instance) + 1) / 2)\n", job, job
  print "        for: 3m"
  print "        labels:"
  print "          severity: critical"
  print "      - alert: etcdHighNumberOfLeaderChanges"
  print "        annotations:"
  print "          description: \047etcd cluster \"{{ $labels.job }}\": {{ $value }} leader changes within the last 15 minutes.\047"
  print "          runbook_url: https://github.example.com/runbooks/etcd/etcdhighnumberofleaderchanges"
  print "          summary: etcd cluster has high number of leader changes."
  print "        expr: |"
  printf "          increase((max without (instance) (etcd_server_leader_changes_seen_total{job=~\".*%s.*\"}) or 0*absent(etcd_server_leader_changes_seen_total{job=~\".*%s.*\"}))[15m:1m]) >= 4\n", job, job
  print "        for: 5m"
  print "        labels:"
  print "          severity: warning"
  print "      - expr: |"
  printf "          histogram_quantile(0.99, sum(rate(grpc_server_handling_seconds_bucket{job=~\".*%s.*\", grpc_type=\"unary\"}[5m])) without(grpc_type))\n", job
  print "        labels:"
  print "          quantile: \"0.99\""
  print "        record: instance:grpc_server_handling_seconds:histogram_quantile"
  print "      - expr: |"
  printf "          sum(rate(grpc_server_handling_seconds_sum{job=~\".*%s.*\", grpc_type=\"unary\"}[5m])) without(grpc_type)\n", job
  print "          /"
  printf "          sum(rate(grpc_server_handling_seconds_count{job=~\".*%s.*\", grpc_type=\"unary\"}[5m])) without(grpc_type)\n", job
  print "        record: instance:grpc_server_handling_seconds:avg"
  if (k % 40 == 11) {
    print "      - alert: etcdNoLeader"
    print "        expr: |"
    printf "          etcd_server_has_leader{job=~\".*%s.*\"} == 0\n", job
    print "        labels:"
    print "          severity: critical"
    print "      - alert: etcdGRPCRequestsSlow"
    print "        expr: |"
    printf "          rate(instance:grpc_server_handling_seconds:avg{job=~\".*%s.*\"}[5m]) > 0.15\n", job
    print "        for: 10m"
    print "        labels:"
    print "          severity: critical"
    rules += 2
  }
  rules += 5
}
function flow(k,    svc, team) {
  svc = sprintf("api-%05d", k); team = sprintf("team-%02d", k % 25)
  print "- name: " svc
  print "  interval: 1m"
  print "  rules:"
  print "  - record: service:http_requests:rate5m"
  printf "    expr: sum by (service) (rate(http_requests_total{service=\"%s\"}[5m]))\n", svc
  printf "    labels: {team: %s, tier: backend}\n", team
  print "  - record: service:http_errors:rate5m"
  printf "    expr: sum by (service)\n      (rate(http_requests_total{service=\"%s\",\n      code=~\"5..\"}[5m]))\n", svc
  printf "    labels: {team: %s}\n", team
  print "  - alert: ServiceHighErrorRate"
  printf "    expr: service:http_errors:rate5m{service=\"%s\"}\n      / service:http_requests:rate5m{service=\"%s\"} > 0.05\n", svc, svc
  print "    for: 5m"
  printf "    labels: {severity: critical, team: %s, service: \"%s\"}\n", team, svc
  print "    annotations: {summary: \"High error rate on {{ $labels.service }}\", runbook_url: \"https://runbooks.example.com/" svc "\"}"
  print "  - alert: ServiceLatencyHigh"
  printf "    expr: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service=\"%s\"}[5m])))\n      > 0.5\n", svc
  print "    for: 10m"
  printf "    labels: {severity: warning, team: \047%s\047}\n", team
  print "    annotations:"
  print "      summary: p99 latency of {{ $labels.service }}"
  print "        is above 500ms"
  print "      description: >-"
  print "        The 99th percentile latency has been above"
  print "        500ms for ten minutes."
  if (k % 30 == 4) {
    print "  - alert: ServiceDown"
    printf "    expr: absent(up{service=\"%s\"}) or rate(up{service=\"%s\"}[5m]) == 0\n", svc, svc
    print "    labels: {severity: critical}"
    rules += 1
  }
  rules += 4
}
BEGIN {
  rules = 0
  if (shape == "sloth") { print "---"; print "# Code generated by a Sloth-style generator."; print "groups:" }
  if (shape == "kube-plain") print "groups:"
  if (shape == "mixin" || shape == "flow") print "groups:"
  for (k = 0; rules < count; k++) {
    if (shape == "sloth") sloth(k)
    else if (shape == "kube") kube(k, 0)
    else if (shape == "kube-plain") kube(k, 1)
    else if (shape == "mixin") mixin(k)
    else flow(k)
  }
  printf "generate-shapes: %s, %d rules\n", shape, rules > "/dev/stderr"
}' >"$out"
