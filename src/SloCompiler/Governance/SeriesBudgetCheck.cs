using System.Globalization;
using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Governance;

/// <summary>
/// Estimates the series each generated recording rule of an SLO keeps — the product of the
/// cardinalities (from the catalog) of the labels it groups by — and reports it above the policy's
/// per-rule budget (SLO322), and that estimate times the number of recording rules above the SLO's
/// budget (SLO325). When a label's cardinality is unknown nothing is estimated: a guess would only
/// teach people to ignore the check.
/// </summary>
internal static class SeriesBudgetCheck
{
    private const long Cap = 1_000_000_000_000L;

    public static void Run(GovernanceContext context)
    {
        if (context.Catalog is not { } catalog)
        {
            return;
        }

        var budgets = context.Policy.Budgets;
        foreach (var (service, slo) in context.Slos)
        {
            var sloBudget = budgets.ForSlo(service.Name, slo.Name);
            if ((budgets.PerRule is null && sloBudget is null) || Estimate(catalog, slo) is not { } perRule)
            {
                continue;
            }

            var span = context.Locator.InSlo(service, slo, slo.GroupBy.FirstOrDefault() ?? slo.Name);
            if (perRule > budgets.PerRule)
            {
                context.Report(DiagnosticDescriptors.SeriesBudgetExceeded, span, slo.Name, Kept(slo), Text(perRule), Text(budgets.PerRule.Value));
            }

            var rules = new SloRuleBuilder(service, slo).Build().Count(r => r.Record is not null);
            if (perRule * rules > sloBudget)
            {
                context.Report(DiagnosticDescriptors.SloSeriesBudgetExceeded, span, Text(rules), slo.Name, Text(perRule * rules), Text(perRule), Text(sloBudget.Value));
            }
        }
    }

    /// <summary>Series per recording rule, or null when a grouping label's cardinality is unknown.</summary>
    private static long? Estimate(MetricCatalog catalog, SloModel slo)
    {
        var metrics = SliReads.Of(slo.Sli).Select(r => catalog.Resolve(r.Metric)?.Metric).OfType<CatalogMetric>().ToList();
        var estimate = 1L;
        foreach (var label in slo.GroupBy)
        {
            var cardinality = metrics.Select(m => m.Label(label)?.EffectiveCardinality).OfType<int>().DefaultIfEmpty(-1).Max();
            if (cardinality < 0)
            {
                return null;
            }

            // Saturate instead of overflowing: past a trillion the number only needs to say "too many".
            estimate = estimate > Cap / Math.Max(1, cardinality) ? Cap : estimate * Math.Max(1, cardinality);
        }

        return estimate;
    }

    private static string Kept(SloModel slo) => slo.GroupBy.Count == 0 ? "no labels" : string.Join(", ", slo.GroupBy);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
