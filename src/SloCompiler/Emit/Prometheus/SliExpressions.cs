using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// Bad and total events per second over a window, read from the raw series of an event-based SLI.
/// Both sides aggregate by exactly the group-by labels so that <c>-</c> and <c>/</c> match one-to-one.
/// </summary>
internal sealed class SliExpressions
{
    /// <summary>Step of the subquery a threshold SLI is read through where its slices are not recorded (live queries of undeployed SLOs).</summary>
    private static readonly PromDuration SliceStep = PromDuration.FromMinutes(1);

    private readonly SliModel sli;
    private readonly IReadOnlyList<string> groupBy;
    private readonly string by;
    private readonly string? recordedSlices;

    /// <param name="recordedSlices">
    /// The recorded 0/1 series of a threshold SLI (<c>slo:sli_slice_good:bool{…}</c>); without it the
    /// condition is read through a subquery, which only live queries of undeployed SLOs may afford.
    /// </param>
    public SliExpressions(SliModel sli, IReadOnlyList<string> groupBy, string? recordedSlices = null)
    {
        this.sli = sli;
        this.groupBy = groupBy;
        this.recordedSlices = recordedSlices;
        by = groupBy.Count == 0 ? string.Empty : $" by ({string.Join(", ", groupBy)}) ";
    }

    /// <summary>Whether the SLI counts events; raw SLIs only give a ratio.</summary>
    public static bool HasEvents(SliModel sli) => sli is not RawSliModel;

    public string Bad(PromDuration window) => sli switch
    {
        // Error series often do not exist until the first error; zero per group with traffic
        // instead keeps burn rates and the remaining budget defined for a flawless service.
        RatioSliModel { Bad: { } bad } ratio => Expr.Binary(Sum(Rate(bad, window)), "or", "0 * " + Sum(Rate(ratio.Total, window))),
        RatioSliModel { Good: { } good } ratio => Difference(Sum(Rate(ratio.Total, window)), Sum(Rate(good, window))),
        LatencySliModel { Native: true } native => Difference(Total(window), Expr.Binary(FractionBelow(native, window), "*", Total(window))),
        LatencySliModel latency => Difference(Total(window), Sum(Rate(Bucket(latency), window))),
        UptimeSliModel uptime => Sum($"1 - avg_over_time({uptime.Selector.ToPromQl()}[{window}])"),
        ThresholdSliModel threshold => Sum($"1 - avg_over_time({Slices(threshold, window)})"),
        _ => throw new InvalidOperationException($"{sli.GetType().Name} has no event counts."),
    };

    /// <summary>Bad over total events: the error ratio over <paramref name="window"/>.</summary>
    public string ErrorRatio(PromDuration window) => Expr.Divide(Bad(window), Total(window));

    /// <summary>
    /// The error ratio over <paramref name="window"/> reading each raw series once, for rules beside the base
    /// recordings. <see cref="Bad"/>'s <c>or 0 * total</c> keeps a service without error series at zero, but
    /// <c>or</c> evaluates both sides, so over a long window it reads the total a second time (a 30-day budget:
    /// 86,400 samples a series at 30s). Here the zero comes from <paramref name="groupsWithTraffic"/> instead, a
    /// recording of the same groups read at one instant (the base events rate), <c>ignoring</c> the service and
    /// slo labels only it carries. Other SLI kinds have no <c>or</c> and read as <see cref="ErrorRatio"/>.
    /// </summary>
    public string ErrorRatio(PromDuration window, string groupsWithTraffic) => sli switch
    {
        RatioSliModel { Bad: { } bad } ratio => Expr.Binary(
            Expr.Paren(Expr.Divide(Sum(Rate(bad, window)), Sum(Rate(ratio.Total, window)))),
            $"or ignoring ({Conventions.ServiceLabel}, {Conventions.SloLabel})",
            "0 * " + groupsWithTraffic),
        _ => ErrorRatio(window),
    };

    public string Total(PromDuration window) => sli switch
    {
        RatioSliModel ratio => Sum(Rate(ratio.Total, window)),
        LatencySliModel { Native: true } native => $"histogram_count({Sum(Rate(native.Histogram, window))})",
        LatencySliModel latency => Sum(Rate(latency.Histogram.WithMetricName(latency.Histogram.MetricName + "_count"), window)),
        UptimeSliModel uptime => $"count{by}(avg_over_time({uptime.Selector.ToPromQl()}[{window}]))",
        ThresholdSliModel threshold => $"count{by}(avg_over_time({Slices(threshold, window)}))",
        _ => throw new InvalidOperationException($"{sli.GetType().Name} has no event counts."),
    };

    /// <summary>The threshold bucket; every spelling of the bound is accepted because exporters differ.</summary>
    internal static string Bucket(LatencySliModel latency)
    {
        var spellings = string.Join("|", latency.LeValues.Select(v => v.Replace(".", "\\.", StringComparison.Ordinal)));
        return latency.Histogram
            .WithMetricName(latency.Histogram.MetricName + "_bucket")
            .ToPromQl(new LabelMatcher("le", MatchOperator.RegexMatch, spellings));
    }

    /// <summary>
    /// The share of a native histogram's observations from 0 to the threshold, over the histograms summed per group:
    /// <c>histogram_fraction</c> interpolates within the bucket that holds the threshold, so any threshold reads.
    /// </summary>
    private string FractionBelow(LatencySliModel native, PromDuration window) =>
        $"histogram_fraction(0, {DecimalText.Format(native.ThresholdSeconds)}, {Sum(Rate(native.Histogram, window))})";

    /// <summary>A threshold SLI's time slices over a window: the recording, or the condition sampled every minute.</summary>
    private string Slices(ThresholdSliModel threshold, PromDuration window) =>
        recordedSlices is null ? $"({threshold.Condition(groupBy)})[{window}:{SliceStep}]" : $"{recordedSlices}[{window}]";

    private static string Rate(Selector selector, PromDuration window) => Rate(selector.ToPromQl(), window);

    private static string Rate(string selector, PromDuration window) => $"rate({selector}[{window}])";

    private string Sum(string inner) => $"sum{by}({inner})";

    private static string Difference(string left, string right) => Expr.Binary(left, "-", right);
}
