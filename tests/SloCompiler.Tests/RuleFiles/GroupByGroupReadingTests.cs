using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// Large plain rule files are read one group at a time in parallel; the result must be exactly what
/// reading the file whole gives: the same groups, rules, spans and diagnostics, and the same lint output.
/// </summary>
public class GroupByGroupReadingTests
{
    /// <summary>Groups in many styles: block and quoted scalars, comments between groups, errors of every kind.</summary>
    private static readonly string[] Groups =
    [
        "- name: api-{0}\n  interval: 30s\n  rules:\n  - record: job:http_requests:rate5m\n    expr: sum by (job) (rate(http_requests_total[5m]))\n  - alert: ApiDown{0}\n    expr: |\n      up{{job=\"api\"}}\n        == 0\n    for: 5m\n    labels: {{ severity: critical }}\n    annotations:\n      summary: \"API {{{{ $labels.instance }}}} down\"\n",
        "# a comment between groups\n- name: \"quoted-{0}\"\n  rules:\n  - alert: 'Errors{0}'\n    expr: >-\n      sum(rate(errors_total[1m]))\n      / sum(rate(requests_total[1m])) > 0.01\n    for: 1x\n",
        "- name: broken-{0}\n  rules:\n  - record: not a metric name\n    expr: rate(x[5m]\n  - alert: NoExpr\n    labels:\n      severity: \"{{{{ .Labels.x \"\n",
        "- name: api-1\n  limit: lots\n  rules: []\n",
    ];

    [Theory]
    [InlineData(0, "\n")]
    [InlineData(2, "\n")]
    [InlineData(0, "\r\n")]
    public void A_large_file_reads_the_same_group_by_group_as_whole(int indent, string newline)
    {
        var source = new SourceFile("big.rules.yml", LargeFile(indent, newline, i => Groups[i % Groups.Length]));

        var chunks = GroupChunks.Split(source.Text);
        chunks.Should().NotBeNull("the file has the plain shape that is split");
        var byGroup = RuleFileReader.ReadByGroup(source, chunks!, SloCompiler.PromQl.PromQlOptions.Default);
        byGroup.Should().NotBeNull("every group parses on its own");
        var whole = RuleFileReader.ReadWhole(source);

        Describe(byGroup!).Should().Be(Describe(whole));
        byGroup!.Groups.Count.Should().BeGreaterThan(1000);
        Lint(byGroup).Should().Be(Lint(whole));
        Describe(RuleFileReader.Read(source)).Should().Be(Describe(whole));
    }

    [Fact]
    public void Generated_rules_read_the_same_through_the_plain_yaml_scanner_as_whole()
    {
        // the compiler's own output, copied past the size that is split, with groups that have findings and
        // groups the scanner leaves to YamlDotNet in between: every reading path of a large file at once
        var items = Directory.GetFiles(RepoRoot.Combine("generated", "prometheus"), "*.rules.yml")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(t => t[(t.IndexOf("\ngroups:\n", StringComparison.Ordinal) + "\ngroups:\n".Length)..])
            .ToList();
        var text = new StringBuilder("groups:\n");
        for (var copy = 0; text.Length < GroupChunks.MinimumLength + 4096; copy++)
        {
            foreach (var item in items)
            {
                text.Append(item.Replace("- name: ", $"- name: copy{copy}-", StringComparison.Ordinal));
            }

            text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Groups[copy % Groups.Length], copy));
        }

        var source = new SourceFile("generated-copies.rules.yml", text.ToString());
        var byGroup = RuleFileReader.ReadByGroup(source, GroupChunks.Split(source.Text)!, SloCompiler.PromQl.PromQlOptions.Default);
        var whole = RuleFileReader.ReadWhole(source);

        byGroup.Should().NotBeNull();
        Describe(byGroup!).Should().Be(Describe(whole));
        Lint(byGroup!).Should().Be(Lint(whole));
        byGroup!.Rules.Count().Should().BeGreaterThan(2000);
    }

    [Fact]
    public void A_group_that_does_not_parse_on_its_own_sends_the_file_back_to_whole_reading()
    {
        // the alias refers to an anchor of the first group: alone, the last group does not parse
        var text = LargeFile(0, "\n", i => Groups[i % 2]).Replace("- name: api-0\n", "- name: &first api-0\n", StringComparison.Ordinal)
            + "- name: alias\n  rules:\n  - alert: *first\n    expr: up == 0\n";
        var source = new SourceFile("alias.rules.yml", text);
        RuleFileReader.ReadByGroup(source, GroupChunks.Split(text)!, SloCompiler.PromQl.PromQlOptions.Default).Should().BeNull();

        Describe(RuleFileReader.Read(source)).Should().Be(Describe(RuleFileReader.ReadWhole(source)));
        RuleFileReader.Read(source).Groups[^1].Rules.Should().ContainSingle(r => r.Name.Value == "api-0");
    }

    private static string LargeFile(int indent, string newline, Func<int, string> group)
    {
        var pad = new string(' ', indent);
        var text = new StringBuilder("# Code written for a test\ngroups:\n");
        for (var i = 0; text.Length < GroupChunks.MinimumLength + 4096; i++)
        {
            var lines = string.Format(System.Globalization.CultureInfo.InvariantCulture, group(i), i).Split('\n');
            text.AppendJoin("\n", lines.Select(l => l.Length == 0 ? l : pad + l));
        }

        return text.ToString().Replace("\n", newline, StringComparison.Ordinal);
    }

    private static string Describe(RuleFile file)
    {
        var text = new StringBuilder();
        foreach (var group in file.Groups)
        {
            text.Append($"group {group.Name.Value} {group.Name.Span.Start} {group.Span.Start}+{group.Span.Length} {group.Interval?.Value} {group.Limit?.Value}\n");
            foreach (var rule in group.Rules)
            {
                text.Append($"  {rule.Kind} {rule.Name.Value} {rule.Span.Start}+{rule.Span.Length} {rule.Expr.Span.Start} {rule.Map(new SloCompiler.PromQl.Syntax.TextRange(0, 1)).Start} ");
                text.Append(string.Join(",", rule.KeySpans.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}@{k.Value.Start}")));
                text.Append(string.Join(",", rule.Labels.Select(l => $" {l.Name.Value}={l.Value.Value}@{l.Value.Span.Start}"))).Append('\n');
            }
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(file.Diagnostics);
        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.Append($"{diagnostic.Code} {diagnostic.Span.Start}+{diagnostic.Span.Length} {diagnostic.Message}\n");
        }

        return text.ToString();
    }

    private static string Lint(RuleFile file) =>
        string.Join("\n", RuleLinter.Lint([file]).Diagnostics.Select(d => $"{d.Code} {d.Span.Start}+{d.Span.Length} {d.Message}"));
}
