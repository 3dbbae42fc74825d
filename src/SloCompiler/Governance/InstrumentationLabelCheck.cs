using SloCompiler.Diagnostics;

namespace SloCompiler.Governance;

/// <summary>
/// A metric whose instrumentation declares a forbidden label (SLO323) is reported where it is
/// created — the C# line or the snapshot line — because that is where the fix goes: no SLO can
/// aggregate away the series it already costs Prometheus.
/// </summary>
internal static class InstrumentationLabelCheck
{
    public static void Run(GovernanceContext context)
    {
        if (context.Catalog is not { } catalog)
        {
            return;
        }

        foreach (var metric in catalog.Metrics)
        {
            foreach (var label in metric.Labels.Where(l => context.Policy.IsForbidden(l.Name)))
            {
                var span = metric.Origin is { } origin ? context.AtOrigin(origin, label.Name) : new Text.SourceSpan(new Text.SourceFile("catalog", string.Empty), 0, 0);
                context.Report(DiagnosticDescriptors.ForbiddenLabelInInstrumentation, span, metric.Name, label.Name);
            }
        }
    }
}
