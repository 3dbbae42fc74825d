using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// The event-stream reader for groups with nothing to report must give exactly the group the full reader gives
/// (names, spans, durations, labels, key positions), and must hand every group with something to report, or
/// with YAML it does not handle, back to the full reader.
/// </summary>
public class CleanGroupReaderTests
{
    public static TheoryData<string> CleanGroups() =>
    [
        "- name: api\n  interval: 30s\n  limit: 10\n  rules:\n  - record: job:up:sum\n    expr: sum by (job) (up)\n    labels:\n      team: core\n",
        "- name: blocks\n  rules:\n  - alert: Down\n    expr: |\n      up{job=\"api\"}\n        == 0\n    for: 5m\n    keep_firing_for: 10m\n    labels: { severity: critical, team: \"core\" }\n    annotations:\n      summary: 'API {{ $labels.instance }} is down'\n      runbook_url: https://runbooks.example.com/api\n",
        "- name: \"quoted\"\n  rules:\n  - 'alert': 'Errors'\n    \"expr\": >-\n      sum(rate(errors_total[1m]))\n      / sum(rate(requests_total[1m])) > 0.01\n    labels: {}\n",
        "- rules:\n  - expr: up == 0\n    alert: RulesBeforeName\n    annotations:\n      summary: written before its group's name\n  name: late-name\n",
        "- name: empty-rules\n  rules: []\n",
        "- name: no-rules\n  interval: 1m\n",
        "- name: commented # the group\n  rules: # its rules\n  # a whole-line comment\n  - record: a:b:c # trailing\n    expr: sum(x) # not PromQL's comment: YAML's\n\n\n",
        "- name: empty-label-value\n  rules:\n  - alert: A\n    expr: vector(1) > 0\n    labels:\n      severity:\n",
        "  - name: indented\n    rules:\n      - record: x:y:z\n        expr: \"sum(rate(x_total[5m]))\"\n",
        "- name: crlf\r\n  rules:\r\n  - alert: Windows\r\n    expr: |-\r\n      up\r\n        == 0\r\n    for: 1h30m\r\n",
    ];

    public static TheoryData<string> GroupsForTheFullReader() =>
    [
        "- name: &anchor api\n  rules: []\n",
        "- name: api\n  rules:\n  - alert: !!str Tagged\n    expr: up == 0\n",
        "- name: api\n  nme: typo\n",
        "- name: api\n  name: twice\n",
        "- name:\n  rules: []\n",
        "- name: api\n  interval: 30x\n",
        "- name: api\n  limit: lots\n",
        "- name: api\n  rules:\n  - record: not a metric name\n    expr: up\n",
        "- name: api\n  rules:\n  - record: a:b\n    alert: Both\n    expr: up\n",
        "- name: api\n  rules:\n  - alert: NoExpr\n",
        "- name: api\n  rules:\n  - alert: EmptyExpr\n    expr: ''\n",
        "- name: api\n  rules:\n  - record: a:b\n    expr: up\n    for: 5m\n",
        "- name: api\n  rules:\n  - record: a:b\n    expr: up\n    annotations: {}\n",
        "- name: api\n  rules:\n  - alert: A\n    expr: up == 0\n    labels:\n      bad-name: x\n",
        "- name: api\n  rules:\n  - alert: A\n    expr: up == 0\n    annotations:\n      summary: '{{ .Labels.x '\n",
        "- name: api\n  rules:\n  - alert: A\n    expr: up == 0\n    labels:\n      nested: { a: b }\n",
        "- name: api\n  rules:\n  - alert: A\n    expr: up == 0\n    labels: ~\n",
        "- name: api\n  rules:\n  - alert: A\n    expr: up == 0\n    unknown: key\n",
        "- name: api\n  rules: ~\n",
        "- [not, a, mapping]\n",
        "- name: one\n- name: two\n",
    ];

    [Theory]
    [MemberData(nameof(CleanGroups))]
    public void A_clean_group_is_read_from_events_exactly_as_the_full_reader_reads_it(string group)
    {
        var source = new SourceFile("clean.rules.yml", "groups:\n" + group);
        var chunk = (Start: "groups:\n".Length, Length: group.Length);

        var fast = RuleFileReader.ReadGroupChunk(source, chunk, 0, Expressions(), fast: true);
        var full = RuleFileReader.ReadGroupChunk(source, chunk, 0, Expressions(), fast: false);

        full.Should().NotBeNull();
        full!.Value.Diagnostics.Items.Should().BeEmpty("the group is clean");
        var (clean, diagnostics) = fast!.Value;
        clean.Should().NotBeNull().And.NotBeSameAs(full.Value.Group);
        diagnostics.Items.Should().BeEmpty();
        Describe(clean!).Should().Be(Describe(full.Value.Group!));
    }

    [Theory]
    [MemberData(nameof(GroupsForTheFullReader))]
    public void A_group_with_something_to_report_or_unusual_yaml_goes_to_the_full_reader(string group)
    {
        var source = new SourceFile("unusual.rules.yml", "groups:\n" + group);
        var context = new SloCompiler.Parsing.YamlContext(source, new DiagnosticBag(), origin: "groups:\n".Length);

        CleanGroupReader.TryRead(context, group.Length, Expressions()).Should().BeNull();
    }

    [Fact]
    public void Every_group_of_the_generated_rule_files_is_clean_and_reads_the_same_both_ways()
    {
        var files = Directory.GetFiles(RepoRoot.Combine("generated", "prometheus"), "*.rules.yml");
        files.Should().NotBeEmpty();
        var groups = 0;
        foreach (var path in files)
        {
            var source = new SourceFile(path, File.ReadAllText(path));
            var chunks = GroupChunks.Split(source.Text, minimumLength: 0);
            if (chunks is null)
            {
                continue; // a one-group file: nothing to split
            }

            for (var i = 0; i < chunks.Count; i++)
            {
                var context = new SloCompiler.Parsing.YamlContext(source, new DiagnosticBag(), origin: chunks[i].Start);
                var clean = CleanGroupReader.TryRead(context, chunks[i].Length, Expressions());
                clean.Should().NotBeNull($"group {i} of {path} has nothing to report");
                var full = RuleFileReader.ReadGroupChunk(source, chunks[i], i, Expressions(), fast: false)!.Value.Group!;
                Describe(clean!).Should().Be(Describe(full), $"group {i} of {path}");
                groups++;
            }
        }

        groups.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Mutants_read_cleanly_only_when_the_full_reader_has_nothing_to_report_and_then_the_same()
    {
        // seeded mutants of groups of a generated file and of a hand-written case file: names, durations,
        // templates, label names and YAML structure broken in every way a character can break them
        // (40,000 mutants with another seed agreed too; 3,000 keep the test fast)
        var random = new Random(4242);
        const string Characters = " \n:#-|'\"{}$.a0_5m~";
        var groups = new[] { RepoRoot.Combine("generated", "prometheus", "gad-caddy.rules.yml") }
            .Concat(Directory.GetFiles(RepoRoot.Combine("tests"), "*.rules.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(File.ReadAllText)
            .SelectMany(text => (GroupChunks.Split(text, minimumLength: 0) ?? []).Select(chunk => text.Substring(chunk.Start, chunk.Length)))
            .ToArray();
        var clean = 0;
        for (var i = 0; i < 3000; i++)
        {
            var group = TextMutator.Mutate(groups[i % groups.Length], random, 1, Characters);
            var text = "groups:\n" + group;
            var source = new SourceFile("mutant.rules.yml", text);
            var chunk = (Start: "groups:\n".Length, Length: group.Length);
            var context = new SloCompiler.Parsing.YamlContext(source, new DiagnosticBag(), origin: chunk.Start);
            if (CleanGroupReader.TryRead(context, chunk.Length, Expressions()) is not { } fast)
            {
                continue;
            }

            clean++;
            var full = RuleFileReader.ReadGroupChunk(source, chunk, 0, Expressions(), fast: false);
            full.Should().NotBeNull($"mutant {i} read cleanly:\n{group}");
            full!.Value.Diagnostics.Items.Select(d => d.Message).Should().BeEmpty($"mutant {i} read cleanly:\n{group}");
            Describe(fast).Should().Be(Describe(full.Value.Group!), $"mutant {i}:\n{group}");
        }

        clean.Should().BeGreaterThan(500);
    }

    private static ParsedExpressions Expressions() => ParsedExpressions.OnDemand(PromQlOptions.Default);

    private static string Describe(RuleGroup group)
    {
        var text = new StringBuilder($"group {group.Name.Value}@{group.Name.Span.Start}+{group.Name.Span.Length} span {group.Span.Start}+{group.Span.Length}");
        text.Append($" interval {group.Interval?.Value}@{group.Interval?.Span.Start} limit {group.Limit?.Value}@{group.Limit?.Span.Start}\n");
        foreach (var rule in group.Rules)
        {
            text.Append($"  {rule.Kind} {rule.Name.Value}@{rule.Name.Span.Start}+{rule.Name.Span.Length} in {rule.GroupName} span {rule.Span.Start}+{rule.Span.Length}\n");
            text.Append($"    expr {rule.Expr.Value}@{rule.Expr.Span.Start}+{rule.Expr.Span.Length} maps {rule.Map(new SloCompiler.PromQl.Syntax.TextRange(0, 2))}");
            text.Append($" parsed {rule.Parsed.Success} {rule.Parsed.Type}\n");
            text.Append($"    for {rule.For?.Value}@{rule.For?.Span.Start} keep {rule.KeepFiringFor?.Value}@{rule.KeepFiringFor?.Span.Start}\n");
            text.Append("    keys ").AppendJoin(",", rule.KeySpans.Select(k => $"{k.Key}@{k.Value.Start}+{k.Value.Length}")).Append('\n');
            foreach (var (what, entries) in new[] { ("label", rule.Labels), ("annotation", rule.Annotations) })
            {
                foreach (var entry in entries)
                {
                    text.Append($"    {what} {entry.Name.Value}@{entry.Name.Span.Start}+{entry.Name.Span.Length}={entry.Value.Value}@{entry.Value.Span.Start}+{entry.Value.Span.Length}\n");
                }
            }
        }

        return text.ToString();
    }
}
