using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Linting;

/// <summary>
/// Case files: <c>Linting/Cases/NAME.yml</c> and <c>RuleFiles/Cases/NAME.yml</c> are rule files, linted with
/// <c>NAME.slo-lint.yml</c> when present (else the folder's <c>cases.slo-lint.yml</c>); <c>NAME.expected</c> holds
/// every diagnostic with the text it points at. Files are named after the code they exercise and hold rules
/// that must fire it and rules that must not. UPDATE_SNAPSHOTS=1 rewrites the .expected files.
/// </summary>
public class LintCaseFileTests
{
    private static readonly string[] Folders =
    [
        RepoRoot.Combine("tests", "SloCompiler.Tests", "Linting", "Cases"),
        RepoRoot.Combine("tests", "SloCompiler.Tests", "RuleFiles", "Cases"),
    ];

    public static TheoryData<string> Cases() => new(CaseFiles().Select(p => Path.GetRelativePath(RepoRoot.Path, p)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_produces_exactly_the_expected_diagnostics(string path)
    {
        var actual = Run(RepoRoot.Combine(path));
        var expectedPath = Path.ChangeExtension(RepoRoot.Combine(path), ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{expectedPath} should exist; run with UPDATE_SNAPSHOTS=1 and review it");
        actual.Should().Be(File.ReadAllText(expectedPath));
    }

    [Fact]
    public void Every_rule_file_and_lint_code_has_a_case_that_fires_it_next_to_rules_that_do_not()
    {
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "SLO400") >= 0 && string.CompareOrdinal(c, "SLO500") < 0);
        foreach (var code in codes)
        {
            var cases = CaseFiles().Where(p => Path.GetFileName(p).StartsWith(code, StringComparison.Ordinal)).ToList();
            cases.Should().NotBeEmpty($"{code} needs a case file named {code}-….yml");
            foreach (var path in cases)
            {
                var configDiagnostics = new DiagnosticBag();
                var config = ConfigFor(path, configDiagnostics);
                var file = RuleFileReader.Read(new SourceFile(path, File.ReadAllText(path)), config.Target.PromQl);
                var result = RuleLinter.Lint([file], config);
                var firing = result.Diagnostics.Concat(configDiagnostics.Items).Where(d => d.Code == code).ToList();
                firing.Should().NotBeEmpty($"{Path.GetFileName(path)} must fire {code}");
                if (code == DiagnosticDescriptors.RuleFileMalformed.Code)
                {
                    continue; // a malformed file has no rules; every other case file is its negative
                }

                result.Rules.Should().Contain(
                    r => !firing.Any(d => d.Span.File == r.Span.File && d.Span.Start >= r.Span.Start && d.Span.Start <= r.Span.End),
                    $"{Path.GetFileName(path)} needs a rule that does not fire {code}");
            }
        }
    }

    private static IEnumerable<string> CaseFiles() =>
        Folders.SelectMany(f => Directory.GetFiles(f, "*.yml"))
            .Where(p => !p.EndsWith(".slo-lint.yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static LintConfig ConfigFor(string casePath, DiagnosticBag diagnostics)
    {
        var own = Path.ChangeExtension(casePath, ".slo-lint.yml");
        var path = File.Exists(own) ? own : Path.Combine(Path.GetDirectoryName(casePath)!, "cases.slo-lint.yml");
        return File.Exists(path) ? LintConfigReader.Read(new SourceFile(Path.GetFileName(path), File.ReadAllText(path)), diagnostics) : LintConfig.Default;
    }

    private static string Run(string path)
    {
        var configDiagnostics = new DiagnosticBag();
        var config = ConfigFor(path, configDiagnostics);
        var file = RuleFileReader.Read(new SourceFile(Path.GetFileName(path), File.ReadAllText(path)), config.Target.PromQl);
        var result = RuleLinter.Lint([file], config);
        var text = new StringBuilder();
        foreach (var d in configDiagnostics.Sorted().Concat(result.Diagnostics))
        {
            var start = d.Span.StartPosition;
            var line = d.Span.File.GetLineText(start.Line - 1);
            var excerpt = line.Substring(start.Column - 1, Math.Min(Math.Max(d.Span.Length, 0), line.Length - start.Column + 1));
            text.Append($"{d.Span.File.Path}({start.Line},{start.Column}) {DiagnosticFormatter.SeverityText(d.Severity)} {d.Code}: {d.Message}\n  at: {excerpt}\n");
        }

        return text.Length == 0 ? "no diagnostics\n" : text.ToString();
    }
}
