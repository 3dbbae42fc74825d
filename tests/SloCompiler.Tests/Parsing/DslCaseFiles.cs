using SloCompiler.Tests.Support;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Tests.Parsing;

/// <summary>Finds the DSL case files in the source tree and renders what the parser makes of them.</summary>
internal static class DslCaseFiles
{
    public static string Directory { get; } = FindCasesDirectory();

    public static IEnumerable<string> Names(string searchPattern = "*.slo") =>
        System.IO.Directory.GetFiles(Directory, searchPattern)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static string ReadSource(string name) => File.ReadAllText(Path.Combine(Directory, name + ".slo"));

    /// <summary>The printed tree for valid input, else one diagnostic headline per line.</summary>
    public static string Render(string name, string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = DslParser.Parse(new SourceFile(name + ".slo", text), diagnostics);
        return diagnostics.Items.Count == 0
            ? SyntaxPrinter.Print(document)
            : string.Concat(diagnostics.Sorted().Select(d => DiagnosticFormatter.Headline(d) + "\n"));
    }

    // The case files are not copied to the output directory: read them where they are.
    private static string FindCasesDirectory() => RepoRoot.Combine("tests", "SloCompiler.Tests", "Parsing", "DslCases");
}
