using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.Governance.Routing;
using SloCompiler.Model;
using SloCompiler.Governance.Policy;
using SloCompiler.Text;

namespace SloCompiler.Governance;

/// <summary>The findings of the governance checks and the coverage table, sorted by service.</summary>
public sealed record GovernanceResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<CoverageRow> Coverage);

/// <summary>
/// Label governance and coverage over a checked program (SLO310–SLO349): runs after the compiler's
/// own checks, on the model, with the metric catalog, the label policy and the routes alerts take.
/// </summary>
public static class GovernanceChecker
{
    /// <param name="catalog">Null when no catalog is given: metric and cardinality checks are skipped.</param>
    /// <param name="router">The routes to simulate; null uses the routes the compiler generates (none without receivers).</param>
    /// <param name="originFiles">Reads a file a metric was declared in (by its catalog path), so findings show the line; null when unknown.</param>
    public static GovernanceResult Check(
        SloProgram program,
        IReadOnlyList<SourceFile> sources,
        MetricCatalog? catalog,
        LabelPolicy policy,
        AlertRouter? router = null,
        Func<string, SourceFile?>? originFiles = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = new GovernanceContext(
            program, catalog, policy, router ?? GeneratedRoutes(program), new ModelLocator(sources), originFiles ?? (_ => null), diagnostics);
        var unconfirmed = new HashSet<string>(StringComparer.Ordinal);
        MetricExistsCheck.Run(context, unconfirmed);
        BucketThresholdCheck.Run(context);
        SloLabelCheck.Run(context);
        SeriesBudgetCheck.Run(context);
        InstrumentationLabelCheck.Run(context);
        KeepLabelsCheck.Run(context);
        var coverage = CoverageCheck.Run(context, unconfirmed);
        return new GovernanceResult(diagnostics.Sorted(), coverage);
    }

    /// <summary>The Alertmanager routes <c>slo compile</c> writes for this program, as a router; null when it writes none.</summary>
    public static AlertRouter? GeneratedRoutes(SloProgram program)
    {
        if (AlertmanagerEmitter.Emit(program, AlertmanagerMode.Full) is not { } file)
        {
            return null;
        }

        // Our own output always reads back; a failure here would be a bug, which the bag would show in tests.
        return AlertmanagerConfigReader.Read(new SourceFile(file.RelativePath, file.Content), new DiagnosticBag());
    }
}
