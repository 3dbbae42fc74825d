using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// Bad and total events per second over a window, read from the raw series of an event-based SLI.
/// Both sides aggregate by exactly the group-by labels so that <c>-</c> and <c>/</c> match one-to-one.
/// </summary>
internal sealed class SliExpressions
{
    private readonly SliModel sli;
    private readonly string by;

    public SliExpressions(SliModel sli, IReadOnlyList<string> groupBy)
    {
        this.sli = sli;
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
        LatencySliModel latency => Difference(Total(window), Sum(Rate(Bucket(latency), window))),
        UptimeSliModel uptime => Sum($"1 - avg_over_time({uptime.Selector.ToPromQl()}[{window}])"),
        _ => throw new InvalidOperationException($"{sli.GetType().Name} has no event counts."),
    };

    /// <summary>Bad over total events: the error ratio over <paramref name="window"/>.</summary>
    public string ErrorRatio(PromDuration window) => Expr.Divide(Bad(window), Total(window));

    public string Total(PromDuration window) => sli switch
    {
        RatioSliModel ratio => Sum(Rate(ratio.Total, window)),
        LatencySliModel latency => Sum(Rate(latency.Histogram.WithMetricName(latency.Histogram.MetricName + "_count"), window)),
        UptimeSliModel uptime => $"count{by}(avg_over_time({uptime.Selector.ToPromQl()}[{window}]))",
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

    private static string Rate(Selector selector, PromDuration window) => Rate(selector.ToPromQl(), window);

    private static string Rate(string selector, PromDuration window) => $"rate({selector}[{window}])";

    private string Sum(string inner) => $"sum{by}({inner})";

    private static string Difference(string left, string right) => Expr.Binary(left, "-", right);
}
