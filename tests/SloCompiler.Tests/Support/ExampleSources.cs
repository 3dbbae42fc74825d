using SloCompiler.Parsing;
using SloCompiler.Text;

namespace SloCompiler.Tests.Support;

/// <summary>The bundled examples as source files with repo-relative paths, as <c>slo compile examples</c> reads them.</summary>
internal static class ExampleSources
{
    public static IReadOnlyList<SourceFile> Load() =>
        Directory.EnumerateFiles(RepoRoot.Combine("examples"), "*", SearchOption.AllDirectories)
            .Where(SourceParser.IsCandidate)
            .Select(path => System.IO.Path.GetRelativePath(RepoRoot.Path, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new SourceFile(path, File.ReadAllText(RepoRoot.Combine(path))))
            .Where(source => !SloCompiler.Governance.GovernanceFiles.IsGovernanceFile(source.Text)) // as the CLI does
            .ToList();
}
