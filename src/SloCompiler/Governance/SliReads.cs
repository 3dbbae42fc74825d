using SloCompiler.Model;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Governance;

/// <summary>
/// The metrics each SLI reads, with the labels it matches and how: ratio selectors are rated
/// counters, a latency SLI reads a histogram's buckets, an uptime SLI reads a value, and a raw
/// expression is parsed with the PromQL front end (a selector under <c>rate</c>, <c>increase</c> or
/// <c>irate</c> is rated).
/// </summary>
public static class SliReads
{
    private static readonly HashSet<string> RateFunctions = new(StringComparer.Ordinal) { "rate", "irate", "increase" };

    /// <summary>One read per metric and use, with the labels of all its selectors (bad and total often share a metric).</summary>
    public static IReadOnlyList<MetricRead> Of(SliModel sli) =>
        All(sli)
            .GroupBy(r => (r.Metric, r.Use))
            .Select(g => new MetricRead(g.Key.Metric, g.SelectMany(r => r.Labels).Distinct(StringComparer.Ordinal).ToList(), g.Key.Use))
            .ToList();

    private static IReadOnlyList<MetricRead> All(SliModel sli) => sli switch
    {
        RatioSliModel ratio => new[] { ratio.Bad, ratio.Good, ratio.Total }.OfType<Selector>().Select(s => Read(s, MetricUse.Rate)).ToList(),
        LatencySliModel latency => [Read(latency.Histogram, MetricUse.Buckets)],
        UptimeSliModel uptime => [Read(uptime.Selector, MetricUse.Value)],
        ThresholdSliModel threshold => [Read(threshold.Metric, MetricUse.Value)],
        RawSliModel raw => Raw(Parse(raw)),
        _ => [],
    };

    /// <summary>The labels a raw expression's aggregations keep with <c>by (…)</c>; the other SLIs group only by the SLO's grouping.</summary>
    public static IReadOnlyList<string> RawGrouping(SliModel sli)
    {
        var labels = new List<string>();
        if (sli is RawSliModel raw && Parse(raw) is { } tree)
        {
            CollectGrouping(tree, labels);
        }

        return labels.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void CollectGrouping(Expr node, List<string> labels)
    {
        if (node is AggregateExpr { Without: false } aggregate)
        {
            labels.AddRange(aggregate.Grouping);
        }

        foreach (var child in PromQlTree.Children(node))
        {
            CollectGrouping(child, labels);
        }
    }

    private static MetricRead Read(Selector selector, MetricUse use) =>
        new(selector.MetricName, selector.Matchers.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList(), use);

    private static List<MetricRead> Raw(Expr? tree)
    {
        var reads = new List<MetricRead>();
        if (tree is not null)
        {
            Walk(tree, rated: false, reads);
        }

        return reads;
    }

    /// <summary>The raw template with a window filled in; the checker has already validated it, so null only for a bug.</summary>
    private static Expr? Parse(RawSliModel raw) => PromQlParser.Parse(raw.ErrorRatioTemplate.Replace("{window}", "5m", StringComparison.Ordinal)).Expression;

    private static void Walk(Expr node, bool rated, List<MetricRead> reads)
    {
        if (node is VectorSelector { Name: { } name } selector)
        {
            var labels = selector.Matchers.Select(m => m.Name).Where(n => n != "__name__").Distinct(StringComparer.Ordinal).ToList();
            reads.Add(new MetricRead(name, labels, rated ? MetricUse.Rate : MetricUse.Value));
            return;
        }

        var childrenRated = node is CallExpr call ? RateFunctions.Contains(call.Function.Name) : rated;
        foreach (var child in PromQlTree.Children(node))
        {
            Walk(child, childrenRated, reads);
        }
    }
}
