using SloCompiler.Diagnostics;

namespace SloCompiler.Governance;

/// <summary>
/// The generated recording rules aggregate with <c>sum by (group_by)</c>; when the metric carries a
/// label the policy requires to keep (e.g. <c>env</c>) and the SLO does not group by it, every rule
/// mixes environments (SLO324).
/// </summary>
internal static class KeepLabelsCheck
{
    public static void Run(GovernanceContext context)
    {
        if (context.Catalog is not { } catalog || context.Policy.KeepLabels.Count == 0)
        {
            return;
        }

        foreach (var (service, slo) in context.Slos)
        {
            // A label the selectors match (env="prod") is fixed, not mixed: only unmatched ones are dropped.
            var reads = SliReads.Of(slo.Sli);
            var present = reads
                .Select(r => catalog.Resolve(r.Metric)?.Metric)
                .OfType<Catalog.CatalogMetric>()
                .SelectMany(m => m.Labels.Select(l => l.Name))
                .Except(reads.SelectMany(r => r.Labels), StringComparer.Ordinal);
            foreach (var label in KeptLabels.Dropped(context.Policy, slo.GroupBy, present.ToList()))
            {
                context.Report(DiagnosticDescriptors.RequiredLabelDropped, context.Locator.Slo(service, slo), $"the recording rules of SLO '{slo.Name}'", label);
            }
        }
    }
}
