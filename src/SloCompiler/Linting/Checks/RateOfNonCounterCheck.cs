using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO420/SLO421: rate(), irate() and increase() assume a counter (they treat every drop as a reset), so
/// over a gauge they return nonsense. The catalog's type wins when it knows the metric; otherwise the
/// naming convention decides, but only where it speaks clearly: many real counters lack <c>_total</c>
/// (postgres_exporter's <c>pg_stat_database_xact_commit</c>, SNMP's <c>ifInErrors</c>, kubelet's <c>*_errors</c>),
/// so SLO420 fires only for names that end like a gauge (<c>_bytes</c>, <c>_ratio</c>, <c>_seconds</c>,
/// <c>_length</c> …) or are known gauges (<c>up</c>, <c>node_load1</c>), and says which ending it went by.
/// </summary>
internal sealed class RateOfNonCounterCheck : IRuleCheck
{
    private static readonly string[] CounterSuffixes = ["_total", "_count", "_sum", "_bucket"];

    /// <summary>Endings of gauges in Prometheus' naming practice (units and states), checked after the counter ones.</summary>
    private static readonly string[] GaugeSuffixes =
    [
        "_bytes", "_ratio", "_percent", "_percentage", "_seconds", "_celsius", "_temperature", "_info", "_timestamp",
        "_size", "_length", "_depth", "_current", "_usage", "_utilization", "_limit", "_capacity", "_available",
        "_free", "_used", "_in_progress", "_inflight", "_in_flight", "_gauge", "_state", "_status", "_up",
        "_load1", "_load5", "_load15",
    ];

    /// <summary>Words that make a gauge wherever they stand: <c>payments_in_flight_requests</c>.</summary>
    private static readonly string[] GaugeWords = ["_in_flight", "_inflight", "_in_progress"];

    private static readonly HashSet<string> KnownGauges = new(StringComparer.Ordinal) { "up", "scrape_duration_seconds", "scrape_samples_scraped" };

    /// <summary>
    /// Counters of widely run exporters that end like gauges, so public rule files rate() them rightly:
    /// elasticsearch_exporter's time spent per operation, <c>..._time_seconds</c> without <c>_total</c>, and Grafana
    /// Agent's (Alloy's) time spent in slow component evaluations.
    /// </summary>
    private static readonly HashSet<string> KnownCounters = new(StringComparer.Ordinal)
    {
        "elasticsearch_indices_search_query_time_seconds", "elasticsearch_indices_search_fetch_time_seconds",
        "elasticsearch_indices_get_time_seconds", "elasticsearch_indices_flush_time_seconds",
        "agent_component_evaluation_slow_seconds", "alloy_component_evaluation_slow_seconds",
    };

    public void Check(LintContext context, Rule rule)
    {
        foreach (var call in CounterCalls(rule))
        {
            if (call.Arguments[0] is not MatrixSelector { Selector: { Name: { } name } selector })
            {
                continue;
            }

            if (context.Config.MetricTypes?.Invoke(name) is { } type)
            {
                if (type is MetricType.Gauge or MetricType.Untyped)
                {
                    context.Report(DiagnosticDescriptors.LintRateOfCatalogGauge, rule.Map(selector.Range), call.Function.Name, name, type.ToString().ToLowerInvariant());
                }
            }
            else if (GaugeLike(name) is { } why)
            {
                context.Report(DiagnosticDescriptors.LintRateOfNonCounter, rule.Map(selector.Range), call.Function.Name, name, why);
            }
        }
    }

    /// <summary>Why <paramref name="name"/> reads as a gauge ("ends in _bytes", "is a known gauge"); null when it may be a counter.</summary>
    private static string? GaugeLike(string name)
    {
        if (CounterSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)) || KnownCounters.Contains(name))
        {
            return null;
        }

        if (KnownGauges.Contains(name))
        {
            return "is a well-known gauge";
        }

        if (GaugeWords.FirstOrDefault(word => name.Contains(word, StringComparison.Ordinal)) is { } word)
        {
            return $"holds {word[1..]}, as gauges do";
        }

        return GaugeSuffixes.FirstOrDefault(suffix => name.EndsWith(suffix, StringComparison.Ordinal)) is { } suffix
            ? $"ends in {suffix}, as gauges do"
            : null;
    }

    private static IEnumerable<CallExpr> CounterCalls(Rule rule) =>
        rule.Nodes<CallExpr>().Where(c => c.Function.Name is "rate" or "irate" or "increase" && c.Arguments.Count == 1);
}
