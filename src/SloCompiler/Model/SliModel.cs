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
    string? ThresholdText = null) : SliModel;

/// <summary>An error-ratio expression with a <c>{window}</c> placeholder, evaluated per window.</summary>
public sealed record RawSliModel(string ErrorRatioTemplate) : SliModel
{
    public string ForWindow(PromDuration window) => ErrorRatioTemplate.Replace("{window}", window.ToString(), StringComparison.Ordinal);
}

/// <summary>Fraction of time a 0/1 series (e.g. <c>up{job="api"}</c>) is 1.</summary>
public sealed record UptimeSliModel(Selector Selector) : SliModel;
