using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// YAML files no front end reads. A file the user named gets SLO605 naming what it holds; files found in folders are
/// skipped quietly (Helm charts and workflows live there) and only listed by <see cref="Describe"/> (<c>--verbose</c>).
/// </summary>
internal static class SkippedFiles
{
    public static void ReportNamed(IReadOnlyList<DiscoveredFile> files, IReadOnlyList<SourceFile> sources, DiagnosticBag diagnostics)
    {
        var named = files.Where(f => f.Named).Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => named.Contains(s.Path) && IsCandidateYaml(s)))
        {
            var classes = SourceClassifier.Classify(source);
            if (!SourceClassifier.HasReadableDocument(classes))
            {
                diagnostics.Report(DiagnosticDescriptors.NoReadableDocument, SourceDiscovery.Nowhere(source.Path), source.Path, SourceClassifier.Summary(classes));
            }
        }
    }

    /// <summary>One line per skipped file, sorted: <c>charts/api/deployment.yaml: skipped (kind: Deployment (apiVersion: apps/v1))</c>.</summary>
    public static IReadOnlyList<string> Describe(IReadOnlyList<SourceFile> sources) =>
        sources
            .Where(IsCandidateYaml)
            .Select(s => (s.Path, Classes: SourceClassifier.Classify(s)))
            .Where(s => !SourceClassifier.HasReadableDocument(s.Classes))
            .Select(s => $"{s.Path}: skipped ({SourceClassifier.Summary(s.Classes)})")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Rule files (read by lint) and governance files (catalog, policy) are read by other readers.</summary>
    private static bool IsCandidateYaml(SourceFile source) =>
        !source.Path.EndsWith(".slo", StringComparison.OrdinalIgnoreCase)
        && !RuleFileReader.LooksLikeRuleFile(source.Text)
        && !Governance.GovernanceFiles.IsGovernanceFile(source.Text)
        && !GeneratedFileGuard.HasGeneratedHeader(source.Text);
}
