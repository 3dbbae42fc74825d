namespace SloCompiler.Model;

/// <summary>What an SLO measures, resolved.</summary>
public abstract record SliModel;

/// <summary>Events: exactly one of <see cref="Bad"/> or <see cref="Good"/> is set; both are counters.</summary>
public sealed record RatioSliModel(Selector? Bad, Selector? Good, Selector Total) : SliModel;

/// <summary>
/// Requests faster than <see cref="ThresholdSeconds"/> from a classic histogram (<see cref="Histogram"/>
/// names the base metric, without <c>_bucket</c>). <see cref="LeValues"/> are the spellings of the
/// threshold matched on <c>le</c> (<c>0.3</c> and <c>0.30</c>). <see cref="ThresholdText"/> is the
/// threshold as the author wrote it (<c>200ms</c>), for messages.
/// </summary>
public sealed record LatencySliModel(
    Selector Histogram,
    decimal ThresholdSeconds,
    IReadOnlyList<string> LeValues,
    IReadOnlyList<decimal> DeclaredBuckets,
    string? ThresholdText = null) : SliModel
{
    /// <summary>
    /// A native histogram (<c>latency native …</c>): one series under <see cref="Histogram"/>'s name, read with
    /// <c>histogram_fraction</c> and <c>histogram_count</c> instead of the <c>_bucket</c> and <c>_count</c> series.
    /// </summary>
    public bool Native { get; init; }
}

/// <summary>An error-ratio expression with a <c>{window}</c> placeholder, evaluated per window.</summary>
public sealed record RawSliModel(string ErrorRatioTemplate) : SliModel
{
    public string ForWindow(PromDuration window) => ErrorRatioTemplate.Replace("{window}", window.ToString(), StringComparison.Ordinal);
}

/// <summary>Fraction of time a 0/1 series (e.g. <c>up{job="api"}</c>) is 1.</summary>
public sealed record UptimeSliModel(Selector Selector) : SliModel;

/// <summary>
/// Good while <c>[aggregation by (per)] (metric) operator value</c> holds, one time slice per rule
/// evaluation: the rules record the condition as a 0/1 series and read every window as the share
/// of 1s in that recording. <see cref="ValueText"/> is the value as the author wrote it (<c>30s</c>).
/// </summary>
public sealed record ThresholdSliModel(Selector Metric, string? Aggregation, string Operator, decimal Value, string ValueText) : SliModel
{
    /// <summary>The condition as a 0/1 vector: <c>max by (tenant) (lag{…}) &lt; bool 1000</c>.</summary>
    public string Condition(IReadOnlyList<string> groupBy)
    {
        var metric = Metric.ToPromQl();
        var by = groupBy.Count == 0 ? string.Empty : $" by ({string.Join(", ", groupBy)}) ";
        var left = Aggregation is null ? metric : $"{Aggregation}{by}({metric})";
        return $"{left} {Operator} bool {DecimalText.Format(Value)}";
    }

    /// <summary>The condition as written for people: <c>max lag{…} &lt; 1000</c>.</summary>
    public string Text => $"{(Aggregation is null ? string.Empty : Aggregation + " ")}{Metric.ToPromQl()} {Operator} {ValueText}";
}
