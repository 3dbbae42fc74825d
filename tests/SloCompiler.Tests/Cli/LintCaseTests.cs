using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Cli;

/// <summary>
/// Each <c>Cases/Lint/name.slo</c> is linted as a user would (<c>slo lint name.slo</c>); the exact
/// text output, carets included, is <c>name.expected</c>. UPDATE_SNAPSHOTS=1 rewrites them.
/// </summary>
public class LintCaseTests
{
    private static readonly string Folder = RepoRoot.Combine("tests", "SloCompiler.Tests", "Cases", "Lint");

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Folder, "*.slo").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_prints_exactly_the_expected_diagnostics(string name)
    {
        var run = CliRun.Of(Folder, "lint", name + ".slo");
        var actual = $"exit {run.ExitCode}\n{run.Out}";
        var expectedPath = Path.Combine(Folder, name + ".expected");

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{name}.expected should exist; run with UPDATE_SNAPSHOTS=1 and review it");
        actual.Should().Be(File.ReadAllText(expectedPath));
    }
}
