using System.Globalization;
using SloCompiler.Diagnostics;

namespace SloCompiler.Governance;

/// <summary>
/// Estimates the series each generated recording rule of an SLO keeps — the product of the
/// cardinalities (from the catalog) of the labels it groups by — and reports it above the policy's
/// budget (SLO322). When a label's cardinality is unknown nothing is estimated: a guess would only
/// teach people to ignore the check.
/// </summary>
internal static class SeriesBudgetCheck
{
    public static void Run(GovernanceContext context)
    {
        if (context.Catalog is not { } catalog)
        {
            return;
        }

        foreach (var (service, slo) in context.Slos)
        {
            if (context.Policy.Budgets.For(service.Name, slo.Name) is not { } budget || slo.GroupBy.Count == 0)
            {
                continue;
            }

            var metrics = SliReads.Of(slo.Sli).Select(r => catalog.Resolve(r.Metric)?.Metric).OfType<Catalog.CatalogMetric>().ToList();
            var estimate = 1L;
            foreach (var label in slo.GroupBy)
            {
                var cardinality = metrics.Select(m => m.Label(label)?.EffectiveCardinality).OfType<int>().DefaultIfEmpty(-1).Max();
                if (cardinality < 0)
                {
                    estimate = -1;
                    break;
                }

                estimate = checked(estimate * Math.Max(1, cardinality));
            }

            if (estimate > budget)
            {
                context.Report(
                    DiagnosticDescriptors.SeriesBudgetExceeded,
                    context.Locator.InSlo(service, slo, slo.GroupBy[0]),
                    slo.Name,
                    string.Join(", ", slo.GroupBy),
                    estimate.ToString(CultureInfo.InvariantCulture),
                    budget.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
