using SloCompiler.RuleFiles;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>YAML merge keys (<c>&lt;&lt;: *base</c>) in rule files are read as promtool reads them, not as an unknown key.</summary>
public class RuleFileMergeKeyTests
{
    private const string File = """
        groups:
        - name: g
          rules:
          - alert: A
            expr: up == 0
            labels: &base
              severity: page
              team: db
          - alert: B
            expr: up == 0
            labels:
              <<: *base
              severity: ticket
          - &rule
            alert: C
            expr: up == 0
          - <<: *rule
            alert: D

        """;

    [Fact]
    public void Merged_labels_and_rules_are_read_with_explicit_keys_winning()
    {
        var read = RuleFileReader.Read(new SourceFile("merge.rules.yml", File));

        read.Diagnostics.Should().BeEmpty();
        var rules = read.Groups.Single().Rules;
        rules.Select(r => r.Name.Value).Should().Equal("A", "B", "C", "D");
        rules[1].Labels.Select(l => $"{l.Name.Value}={l.Value.Value}").Should().BeEquivalentTo("severity=ticket", "team=db");
        rules[3].Expr.Value.Should().Be("up == 0");
    }

    [Fact]
    public void Promtool_accepts_the_same_file()
    {
        using var folder = new TempDirectory();
        System.IO.File.WriteAllText(Path.Combine(folder.Path, "merge.rules.yml"), File);

        var (exit, output) = Promtool.Run(folder.Path, "check", "rules", "merge.rules.yml");

        exit.Should().Be(0, output);
        output.Should().Contain("4 rules found");
    }
}
