using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Files;

/// <summary>What a plan refuses (SLO902, SLO906) or leaves alone on purpose (SLO908, SLO909), as diagnostics on printed paths.</summary>
internal static class OutputPlanDiagnostics
{
    /// <param name="folderName">The output folder as printed, ending in '/'.</param>
    public static IReadOnlyList<Diagnostic> For(OutputPlan plan, string folderName)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var path in plan.Foreign)
        {
            diagnostics.Report(DiagnosticDescriptors.ForeignFileInOutput, SourceDiscovery.Nowhere(folderName + path), folderName + path);
        }

        foreach (var (path, kind) in plan.Blocked)
        {
            var shown = path.Length == 0 ? folderName.TrimEnd('/') : folderName + path;
            // KindOf reports a link or file met on the way as the path's own kind.
            var what = path.Length == 0 ? FileKinds.Describe(kind) : FileKinds.Describe(kind) + " or lies behind one";
            diagnostics.Report(DiagnosticDescriptors.OutputNotRegularFile, SourceDiscovery.Nowhere(shown), shown, what);
        }

        foreach (var path in plan.KeptStale)
        {
            diagnostics.Report(DiagnosticDescriptors.StaleFileChanged, SourceDiscovery.Nowhere(folderName + path), folderName + path);
        }

        foreach (var path in plan.IgnoredManifestPaths)
        {
            diagnostics.Report(DiagnosticDescriptors.ManifestPathOutsideOutput, SourceDiscovery.Nowhere(folderName + "manifest.json"), path);
        }

        return diagnostics.Sorted();
    }
}
