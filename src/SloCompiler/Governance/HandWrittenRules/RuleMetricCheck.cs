using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.RuleFiles;

namespace SloCompiler.Governance.HandWrittenRules;

/// <summary>
/// Every metric a hand-written rule reads is in the catalog (SLO314, graded by the policy's
/// <c>metric_not_in_catalog</c> level like SLO310), is a counter (or a histogram's or
/// summary's counter series) under rate/irate/increase (SLO315), and has every label the selector
/// matches (SLO316) unless the metric's labels are open. Target labels (<c>job</c>, <c>instance</c>)
/// and <c>le</c> always exist.
/// </summary>
internal static class RuleMetricCheck
{
    private static readonly string[] TargetLabels = ["job", "instance", "le", "__name__"];

    public static void Run(Rule rule, IReadOnlyList<RuleRead> reads, MetricCatalog catalog, LabelPolicy policy, DiagnosticBag diagnostics)
    {
        // The policy's metric_not_in_catalog level governs hand-written rules as it governs SLOs (SLO310).
        var notInCatalog = policy.Graded(GapKind.MetricNotInCatalog, DiagnosticDescriptors.RuleMetricNotInCatalog);
        foreach (var read in reads)
        {
            var name = read.Selector.Name!;
            var span = rule.Map(read.Selector.Range);
            if (catalog.Resolve(name) is not { } match)
            {
                if (notInCatalog is not null)
                {
                    diagnostics.Report(notInCatalog, span, rule.Name.Value, name);
                }

                continue;
            }

            if (read.RateFunction is { } function && match.Metric.Type != MetricType.Untyped && match.SeriesType != MetricType.Counter)
            {
                diagnostics.Report(
                    DiagnosticDescriptors.RuleMetricTypeMismatch, span, rule.Name.Value, name, function, match.Metric.Type.ToText(), match.Metric.Origin?.ToString() ?? "the catalog");
            }

            if (match.Metric.LabelsOpen)
            {
                continue;
            }

            foreach (var matcher in read.Selector.Matchers.Where(m => !TargetLabels.Contains(m.Name, StringComparer.Ordinal)))
            {
                if (match.Metric.Label(matcher.Name) is null)
                {
                    var labels = match.Metric.Labels.Count == 0 ? "none" : string.Join(", ", match.Metric.Labels.Select(l => l.Name));
                    diagnostics.Report(DiagnosticDescriptors.RuleLabelNotInCatalog, rule.Map(matcher.Range), rule.Name.Value, matcher.Name, name, labels);
                }
            }
        }
    }
}
