#!/usr/bin/env bash
# Writes N synthetic C# files with prometheus-net and System.Diagnostics.Metrics instrumentation for
# the catalog-scan scenario of build/bench.sh. Deterministic, so runs compare.
# Usage: build/bench/generate-csharp.sh N OUT_DIR
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 N OUT_DIR" >&2
  exit 2
fi

case "$1" in
  '' | *[!0-9]*) echo "N must be a positive integer" >&2; exit 2 ;;
esac

mkdir -p "$2"
for ((i = 0; i < $1; i++)); do
  cat >"$(printf '%s/File%04d.cs' "$2" "$i")" <<EOF
using Prometheus;
using System.Diagnostics.Metrics;

namespace App.Module$i;

public static class Names$i
{
    public const string Prefix = "mod$i";
    public static readonly string[] Labels = { "method", "code" };
}

public sealed class Service$i
{
    private static readonly Counter Requests = Metrics.CreateCounter(\$"{Names$i.Prefix}_requests_total", "Requests.", Names$i.Labels);
    private static readonly Histogram Latency = Metrics.CreateHistogram("mod${i}_latency_seconds", "Latency.", new HistogramConfiguration { LabelNames = new[] { "route" } });
    private static readonly Meter Meter = new("App.Module$i");
    private readonly Counter<long> _jobs = Meter.CreateCounter<long>("mod$i.jobs", "{job}");

    public void Handle(string route, int n)
    {
        for (var k = 0; k < n; k++)
        {
            if (k % 2 == 0) { _jobs.Add(1, new KeyValuePair<string, object?>("kind", "even")); }
            else { Requests.WithLabels("GET", "200").Inc(); }
        }

        Latency.WithLabels(route).Observe(0.1);
        System.Console.WriteLine(string.Join(",", Enumerable.Range(0, n).Select(x => x.ToString())));
    }
}
EOF
done
