using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>What an SLO measures. Selectors are kept as written PromQL text with their spans.</summary>
public abstract record SliSyntax(SourceSpan Span);

/// <summary><c>ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }</c> (or good/total).</summary>
public sealed record RatioSliSyntax(
    Spanned<string>? Bad,
    Spanned<string>? Good,
    Spanned<string>? Total,
    SourceSpan Span) : SliSyntax(Span);

/// <summary>
/// <c>latency http_request_duration_seconds{job="api"} &lt; 300ms</c> (Threshold set), or
/// <c>histogram http_request_duration_seconds{job="api"}</c> with the threshold in the objective.
/// Optional <c>buckets 0.1 0.3 0.5</c> (seconds, or durations like 300ms) declares the histogram's le boundaries.
/// </summary>
public sealed record LatencySliSyntax(
    Spanned<string> Histogram,
    Spanned<string>? Threshold,
    IReadOnlyList<Spanned<string>> Buckets,
    SourceSpan Span) : SliSyntax(Span)
{
    /// <summary><c>latency native http_request_duration_seconds &lt; 300ms</c>: the histogram is a native one, read with <c>histogram_fraction</c>.</summary>
    public Spanned<bool>? Native { get; init; }
}

/// <summary><c>raw "sum(rate(errors_total[{window}])) / sum(rate(requests_total[{window}]))"</c>: an error ratio.</summary>
public sealed record RawSliSyntax(Spanned<string> ErrorRatio, SourceSpan Span) : SliSyntax(Span);

/// <summary><c>uptime up{job="api"}</c>: the fraction of time the series is 1.</summary>
public sealed record UptimeSliSyntax(Spanned<string> Selector, SourceSpan Span) : SliSyntax(Span);

/// <summary>
/// <c>threshold max kafka_consumergroup_lag{group="orders"} &lt; 1000</c>: a gauge SLI, good while the
/// condition holds, counted once per rule evaluation (OpenSLO's Timeslices). <see cref="Aggregation"/>
/// (<c>max</c>, <c>min</c>, <c>avg</c>, <c>sum</c>, <c>count</c>) is optional; <see cref="Operator"/> is
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c>; <see cref="Value"/> a number or a duration in seconds.
/// </summary>
public sealed record ThresholdSliSyntax(
    Spanned<string>? Aggregation,
    Spanned<string> Metric,
    Spanned<string> Operator,
    Spanned<string> Value,
    SourceSpan Span) : SliSyntax(Span);
