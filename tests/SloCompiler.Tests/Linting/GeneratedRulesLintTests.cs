using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;
using Xunit.Abstractions;

namespace SloCompiler.Tests.Linting;

/// <summary>
/// The compiler's own output must pass its own linter: every generated rule file, linted together as a
/// repository would be, has no errors. Warnings are printed so a reviewer sees what the checks think.
/// </summary>
public class GeneratedRulesLintTests(ITestOutputHelper output)
{
    [Fact]
    public void Generated_rule_files_have_no_lint_errors()
    {
        var files = Directory.GetFiles(RepoRoot.Combine("generated", "prometheus"), "*.rules.yml")
            .Order(StringComparer.Ordinal)
            .Select(p => RuleFileReader.Read(new SourceFile(Path.GetRelativePath(RepoRoot.Path, p), File.ReadAllText(p))))
            .ToList();
        files.Should().NotBeEmpty();

        var result = RuleLinter.Lint(files);

        output.WriteLine(LintRunner.Render(result.Diagnostics, withFile: true));
        result.Rules.Should().HaveCount(files.Sum(f => f.Rules.Count()));
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }
}
