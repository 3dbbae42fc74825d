using SloCompiler.Checking;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Tests.Checking;

/// <summary>Runs the checker and finds diagnostics and offsets for assertions.</summary>
internal static class CheckerKit
{
    public static (SloProgram Program, IReadOnlyList<Diagnostic> Diagnostics) Run(params SloDocumentSyntax[] documents)
    {
        var bag = new DiagnosticBag();
        var program = ProgramChecker.Check(documents, bag);
        return (program, bag.Sorted());
    }

    public static SloModel OnlySlo(SloProgram program) => program.Services.Single().Slos.Single();

    /// <summary>Where a (unique) piece of text was written in the document.</summary>
    public static int OffsetOf(SloDocumentSyntax document, string text)
    {
        var index = document.File.Text.IndexOf(text, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0, $"'{text}' should be in the built text");
        return index;
    }

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        matching.Should().ContainSingle($"exactly one {code} was expected among: {string.Join(" | ", diagnostics.Select(DiagnosticFormatter.Headline))}");
        return matching[0];
    }

    public const string Bad = "http_requests_total{job=\"api\", code=~\"5..\"}";
    public const string Total = "http_requests_total{job=\"api\"}";
}
