namespace SloCompiler.Governance;

/// <summary>How an SLI reads a metric, which decides the types that fit.</summary>
public enum MetricUse
{
    /// <summary>Under <c>rate()</c>/<c>increase()</c>: only counters (and histogram/summary counter series) fit.</summary>
    Rate,

    /// <summary>A histogram family read through <c>_bucket</c> with <c>le</c>.</summary>
    Buckets,

    /// <summary>Read as it is (<c>up</c>, a gauge): any type fits.</summary>
    Value,
}

/// <summary>A metric an SLO reads: <c>http_requests_total</c> under rate, matching <c>job</c> and <c>code</c>.</summary>
public sealed record MetricRead(string Metric, IReadOnlyList<string> Labels, MetricUse Use);
