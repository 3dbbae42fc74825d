using SloCompiler.Diagnostics;
using SloCompiler.Emit.Yaml;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Conversion;

/// <summary>One converted file: where it goes (relative, with the new extension) and its text.</summary>
public sealed record ConvertedFile(string SourcePath, string FileName, string Text);

/// <summary>
/// <c>slo convert</c>'s library half: a file in any format we read (Sloth, OpenSLO, Pyrra, our YAML) printed as our
/// language or our YAML, in source order, after a header naming the source file and the source's leading comments.
/// The converted program compiles to the same rules as the source read directly (a test holds that per fixture).
/// </summary>
public static class SourceConverter
{
    /// <summary>The first line of every converted file; <c>slo convert</c> only overwrites files that start with it.</summary>
    public const string HeaderPrefix = "# Converted by slo from ";

    /// <summary>Null for a source with nothing to convert; <paramref name="documents"/> come from <see cref="SourceParser.ParseAll"/>.</summary>
    public static ConvertedFile? Convert(SourceFile source, SloDocumentSyntax document, ConvertTarget target)
    {
        if (document.Services.Count == 0 && document.Policies.Count == 0 && document.Defaults is null)
        {
            return null;
        }

        var header = new List<string> { $"{HeaderPrefix}{source.Path}." };
        header.AddRange(LeadingComments(source.Text));
        var extension = target == ConvertTarget.Slo ? ".slo" : ".yaml";
        var name = Path.GetFileNameWithoutExtension(source.Path) + extension;
        var body = target == ConvertTarget.Slo ? SyntaxPrinter.Print(document) : SyntaxYamlPrinter.Print(document);
        var text = string.Join('\n', header) + "\n" + (target == ConvertTarget.Slo ? "\n" : string.Empty) + body;
        return new ConvertedFile(source.Path, name, text);
    }

    /// <summary>Parses and converts every source, reporting what parsing reports.</summary>
    public static IReadOnlyList<ConvertedFile> ConvertAll(IReadOnlyList<SourceFile> sources, ConvertTarget target, DiagnosticBag diagnostics)
    {
        var documents = SourceParser.ParseAll(sources, diagnostics);
        return documents
            .Select(d => Convert(d.File, d, target))
            .OfType<ConvertedFile>()
            .ToList();
    }

    /// <summary>The comment lines at the top of the source (before its first content), kept as the source wrote them.</summary>
    private static IEnumerable<string> LeadingComments(string text) =>
        text.TrimStart('\uFEFF').Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .TakeWhile(line => line.StartsWith('#') || line.Trim().Length == 0 || line.Trim() == "---")
            .Where(line => line.StartsWith('#'));
}
