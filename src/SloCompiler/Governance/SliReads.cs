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
        RawSliModel raw => Raw(raw.ErrorRatioTemplate.Replace("{window}", "5m", StringComparison.Ordinal)),
        _ => [],
    };

    private static MetricRead Read(Selector selector, MetricUse use) =>
        new(selector.MetricName, selector.Matchers.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList(), use);

    private static List<MetricRead> Raw(string expression)
    {
        var reads = new List<MetricRead>();
        if (PromQlParser.Parse(expression).Expression is { } tree)
        {
            Walk(tree, rated: false, reads);
        }

        return reads;
    }

    private static void Walk(Expr node, bool rated, List<MetricRead> reads)
    {
        switch (node)
        {
            case VectorSelector { Name: { } name } selector:
                reads.Add(new MetricRead(name, selector.Matchers.Select(m => m.Name).Where(n => n != "__name__").Distinct(StringComparer.Ordinal).ToList(), rated ? MetricUse.Rate : MetricUse.Value));
                break;
            case MatrixSelector matrix:
                Walk(matrix.Selector, rated, reads);
                break;
            case CallExpr call:
                foreach (var argument in call.Arguments)
                {
                    Walk(argument, RateFunctions.Contains(call.Function.Name), reads);
                }

                break;
            case AggregateExpr aggregate:
                Walk(aggregate.Argument, rated, reads);
                break;
            case BinaryExpr binary:
                Walk(binary.Left, rated, reads);
                Walk(binary.Right, rated, reads);
                break;
            case ParenExpr paren:
                Walk(paren.Inner, rated, reads);
                break;
            case UnaryExpr unary:
                Walk(unary.Operand, rated, reads);
                break;
            case Subquery subquery:
                Walk(subquery.Inner, rated, reads);
                break;
        }
    }
}
