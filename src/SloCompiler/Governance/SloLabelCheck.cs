using SloCompiler.Diagnostics;

namespace SloCompiler.Governance;

/// <summary>
/// An SLO's grouping becomes the <c>by (…)</c> of every recording rule generated for it: grouping by
/// a forbidden label (SLO320) multiplies the rules' series by users or requests, and grouping by a
/// label the policy does not list for the metric (SLO321) is a cardinality decision nobody reviewed.
/// The <c>by (…)</c> clauses inside a raw SLI expression count as grouping too.
/// </summary>
internal static class SloLabelCheck
{
    public static void Run(GovernanceContext context)
    {
        foreach (var (service, slo) in context.Slos)
        {
            var reads = SliReads.Of(slo.Sli);
            foreach (var label in slo.GroupBy.Concat(SliReads.RawGrouping(slo.Sli)).Distinct(StringComparer.Ordinal))
            {
                var span = context.Locator.InSlo(service, slo, label);
                if (context.Policy.IsForbidden(label))
                {
                    context.Report(DiagnosticDescriptors.ForbiddenLabelInSlo, span, slo.Name, "groups by", label);
                    continue;
                }

                foreach (var read in reads)
                {
                    if (context.Policy.AllowedFor(read.Metric) is { } allowed && !allowed.Allows(label))
                    {
                        context.Report(DiagnosticDescriptors.UnlistedLabelInSlo, span, slo.Name, label, read.Metric, string.Join(", ", allowed.Labels));
                        break;
                    }
                }
            }
        }
    }
}
