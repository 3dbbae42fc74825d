namespace SloCompiler.Tests.Parsing;

/// <summary>
/// Snapshot tests: each <c>DslCases/name.slo</c> must parse to <c>name.expected</c>. Run with
/// <c>UPDATE_SNAPSHOTS=1</c> to rewrite the expected files, then review the diff by eye.
/// </summary>
public class DslParserCaseTests
{
    public static TheoryData<string> Cases => new(DslCaseFiles.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_file_parses_to_its_snapshot(string name)
    {
        var actual = DslCaseFiles.Render(name, DslCaseFiles.ReadSource(name));
        var expectedPath = Path.Combine(DslCaseFiles.Directory, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{name}.expected should exist (run with UPDATE_SNAPSHOTS=1 to create it)");
        actual.Should().Be(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void There_are_enough_valid_and_invalid_cases()
    {
        var names = DslCaseFiles.Names().ToList();
        names.Count(n => n.StartsWith("error-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(12);
        names.Count(n => !n.StartsWith("error-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(15);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Valid_cases_have_no_diagnostics_and_error_cases_have_some(string name)
    {
        var rendered = DslCaseFiles.Render(name, DslCaseFiles.ReadSource(name));
        var isError = name.StartsWith("error-", StringComparison.Ordinal);

        rendered.Contains(": error SLO", StringComparison.Ordinal).Should().Be(isError);
    }
}
