using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Cli.Commands;

/// <summary>The steps every command shares: find and read sources, print diagnostics.</summary>
internal static class CommandSupport
{
    /// <summary>The PATH arguments as given, else the project file's sources, else the current folder.</summary>
    public static IReadOnlyList<string> Paths(string[]? paths, LoadedProject? project, CliContext context) =>
        paths is { Length: > 0 } ? paths
        : project?.Settings.Sources.Count > 0 ? project.Sources(context)
        : ["."];

    public static IReadOnlyList<SourceFile> LoadSources(
        IReadOnlyList<string> paths, CliContext context, DiagnosticBag diagnostics, string? excludedFolder = null, bool keepGenerated = false)
    {
        var files = SourceDiscovery.Discover(paths, context, diagnostics, excludedFolder);
        var sources = SourceReader.Read(files, diagnostics, keepGenerated);
        SkippedFiles.ReportNamed(files, sources, diagnostics);
        return sources.Where(s => !Governance.GovernanceFiles.IsGovernanceFile(s.Text)).ToList();
    }

    /// <summary>Text diagnostics for a human; silent when there is nothing to say.</summary>
    public static void PrintText(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, CliContext context)
    {
        if (diagnostics.Count > 0)
        {
            writer.Write(TextDiagnosticWriter.Write(diagnostics, context.Environment.UseColor));
        }
    }

    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public static IReadOnlyList<Diagnostic> Merge(DiagnosticBag files, IReadOnlyList<Diagnostic> compiler)
    {
        var all = new DiagnosticBag();
        all.AddRange(files.Items);
        all.AddRange(compiler);
        return all.Sorted();
    }
}
