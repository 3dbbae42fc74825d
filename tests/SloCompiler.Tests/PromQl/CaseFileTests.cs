using SloCompiler.PromQl;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.PromQl;

/// <summary>
/// Cases/*.promql: each file is one expression; .expected holds its canonical form or the error
/// with line:column. UPDATE_SNAPSHOTS=1 rewrites the .expected files.
/// </summary>
public class CaseFileTests
{
    private static readonly string CaseDir = RepoRoot.Combine("tests", "SloCompiler.Tests", "PromQl", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseDir, "*.promql").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_expected_output(string name)
    {
        var text = File.ReadAllText(Path.Combine(CaseDir, name + ".promql"));
        var actual = Render(text);
        var expectedPath = Path.Combine(CaseDir, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        actual.Should().Be(File.ReadAllText(expectedPath));
    }

    private static string Render(string text)
    {
        var result = PromQlParser.Parse(text);
        if (result.Success)
        {
            return $"{result.Type.ToString().ToLowerInvariant()}: {PromQlPrinter.Print(result.Expression!)}\ntree: {SloCompiler.PromQl.Tests.SyntaxDump.Of(result.Expression!)}\n";
        }

        var file = new SloCompiler.Text.SourceFile("case.promql", text);
        var position = file.GetPosition(result.Error!.Range.Start);
        var excerpt = text.Substring(result.Error.Range.Start, Math.Min(result.Error.Range.Length, text.Length - result.Error.Range.Start));
        return $"({position.Line},{position.Column}) error {result.Error.Descriptor.Code}: {result.Error.Message}\n  at: {excerpt}\n";
    }
}
