using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Governance.HandWrittenRules;

/// <summary>
/// The label policy on a hand-written rule's aggregations: one that drops a label the policy keeps
/// (SLO324), one that groups by a forbidden label (SLO326), and a recording rule whose outer
/// <c>by (…)</c> may keep more series than the per-rule budget (SLO327).
/// </summary>
internal static class RuleLabelPolicyCheck
{
    public static void Run(Rule rule, IReadOnlyList<RuleRead> reads, MetricCatalog? catalog, LabelPolicy policy, DiagnosticBag diagnostics)
    {
        var ruleName = $"rule '{rule.Name.Value}'";
        foreach (var (aggregation, label) in KeptLabels.Dropped(policy, rule.Ast!))
        {
            if (MayCarry(label, reads, catalog))
            {
                diagnostics.Report(DiagnosticDescriptors.RequiredLabelDropped, rule.Map(aggregation.Range), ruleName, label);
            }
        }

        foreach (var aggregation in Aggregations(rule.Ast!).Where(a => !a.Without))
        {
            foreach (var label in aggregation.Grouping.Where(policy.IsForbidden))
            {
                diagnostics.Report(DiagnosticDescriptors.ForbiddenLabelInRule, rule.Map(aggregation.Range), rule.Name.Value, "groups by", label);
            }
        }

        if (rule.Kind == RuleKind.Recording && catalog is not null && policy.Budgets.PerRule is { } budget
            && Unwrap(rule.Ast!) is AggregateExpr { Without: false, Grouping.Count: > 0 } outer
            && Estimate(outer.Grouping, reads, catalog) is { } series && series > budget)
        {
            diagnostics.Report(
                DiagnosticDescriptors.RuleSeriesBudgetExceeded, rule.Name.Span, rule.Name.Value, $"by ({string.Join(", ", outer.Grouping)})", series, budget);
        }
    }

    /// <summary>
    /// Whether the aggregated series can have the label: not when an equality matcher fixes it (nothing
    /// mixes), nor when the catalog knows every metric read and none has it. Without a catalog, assume so.
    /// </summary>
    private static bool MayCarry(string label, IReadOnlyList<RuleRead> reads, MetricCatalog? catalog)
    {
        if (reads.Count > 0 && reads.All(r => r.Selector.Matchers.Any(m => m.Name == label && m.Operator == MatcherOperator.Equal)))
        {
            return false;
        }

        if (catalog is null)
        {
            return true;
        }

        var metrics = reads.Select(r => catalog.Resolve(r.Selector.Name!)?.Metric).ToList();
        return metrics.Any(m => m is null || m.LabelsOpen || m.Label(label) is not null);
    }

    /// <summary>Product of the largest known cardinality of each kept label; null when one is unknown.</summary>
    private static long? Estimate(IReadOnlyList<string> grouping, IReadOnlyList<RuleRead> reads, MetricCatalog catalog)
    {
        var metrics = reads.Select(r => catalog.Resolve(r.Selector.Name!)?.Metric).OfType<CatalogMetric>().ToList();
        long product = 1;
        foreach (var label in grouping)
        {
            var cardinality = metrics.Select(m => m.Label(label)?.EffectiveCardinality).Where(c => c is not null).Max();
            if (cardinality is not { } known)
            {
                return null;
            }

            product = product > long.MaxValue / Math.Max(1, known) ? long.MaxValue : product * known;
        }

        return product;
    }

    private static Expr Unwrap(Expr node) => node is ParenExpr paren ? Unwrap(paren.Inner) : node;

    private static IEnumerable<AggregateExpr> Aggregations(Expr node) =>
        (node is AggregateExpr aggregate ? [aggregate] : Enumerable.Empty<AggregateExpr>())
            .Concat(PromQlTree.Children(node).SelectMany(Aggregations));
}
