using SloCompiler.Diagnostics;
using SloCompiler.Parsing.OpenSlo;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing;

/// <summary>
/// Chooses the front end by file extension: <c>.slo</c> → DSL, <c>.yaml</c>/<c>.yml</c> → YAML (ours, Sloth, OpenSLO
/// and Pyrra documents alike).
/// </summary>
public static class SourceParser
{
    public static bool IsCandidate(string path) =>
        path.EndsWith(".slo", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The syntax of one file, or null when it is a YAML file that is not an SLO document.</summary>
    public static SloDocumentSyntax? Parse(SourceFile source, DiagnosticBag diagnostics) =>
        source.Path.EndsWith(".slo", StringComparison.OrdinalIgnoreCase)
            ? DslParser.Parse(source, diagnostics)
            : YamlSloReader.Read(source, diagnostics);

    /// <summary>Every file's syntax, with OpenSLO references resolved across the files.</summary>
    public static IReadOnlyList<SloDocumentSyntax> ParseAll(IReadOnlyList<SourceFile> sources, DiagnosticBag diagnostics) =>
        OpenSloLinker.Link(sources.Select(source => Parse(source, diagnostics)).OfType<SloDocumentSyntax>().ToList(), diagnostics);
}
