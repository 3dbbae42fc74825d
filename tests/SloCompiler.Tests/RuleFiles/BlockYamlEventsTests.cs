using System.Text;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// The hand-written scanner for plain block YAML must give exactly YamlDotNet's events (values, styles and
/// positions) whenever it gives any, take every generated rule file, and give up on YAML it does not handle.
/// </summary>
public class BlockYamlEventsTests
{
    public static TheoryData<string> Plain() =>
    [
        "- name: api\n  interval: 30s\n  limit: 10\n  rules:\n  - record: job:up:sum\n    expr: sum by (job) (up)\n    labels:\n      team: core\n",
        "- name: api # a comment\n  rules: # rules\n    - alert: Down\n      expr: |\n        up{job=\"api\"}\n          == 0\n\n      for: 5m\n      labels:\n        severity: critical\n      annotations:\n        summary: 'API {{ $labels.instance }} is ''down'''\n        runbook_url: https://runbooks.example.com/api#down\n",
        "# leading comment\n\n  - name: \"quoted\"\n    rules:\n    - expr: |-\n        a\n\n        / b\n      record: x:y:z\n  # between groups\n  - name: second\n    interval: 1m\n",
        "- name: a\n  rules:\n  - alert: A\n    expr: rate(x_total[5m]) * 4 != 0 and on() absent(y{a!~\"b|c\"})   # trailing\n    labels:\n      severity: page\n- name: b\n  rules:\n  - record: b:c\n    expr: |-\n      x\n",
        "- name: no-final-newline\n  rules:\n  - record: a:b\n    expr: |-\n      sum(x)",
    ];

    public static TheoryData<string> NotPlain() =>
    [
        "- name: &anchor a\n",
        "- name: a\n  labels: { a: b }\n",
        "- name: a\n  x: !!str b\n",
        "- name: \"a\\tb\"\n",
        "- name: a\n  expr: >-\n    folded\n",
        "- name: a\n  expr: up\n    == 0\n",
        "- name: a\r\n",
        "- name: a\n\trules: x\n",
        "- name: a\n  expr: |+\n    keep\n",
        "- name: a\n  expr: |2\n    indicator\n",
        "- name: a\n  'quoted key': b\n",
        "- name: a\n  key:\n",
        "- name: a\n  bad: a: b\n",
        "- name: a\n---\n- name: b\n",
        "- plain item\n",
        "- name: a\n  expr: |-\n    a\n      \n    b\n",
    ];

    [Theory]
    [MemberData(nameof(Plain))]
    public void Plain_block_yaml_gives_yamldotnets_events(string yaml)
    {
        var file = new SourceFile("plain.yml", yaml);

        var scanned = BlockYamlEvents.TryScan(file, 0, yaml.Length);

        scanned.Should().NotBeNull();
        Describe(scanned!).Should().Be(Describe(new Parser(new StringReader(yaml))));
    }

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void Other_yaml_is_left_to_yamldotnet_or_read_the_same(string yaml)
    {
        var file = new SourceFile("other.yml", yaml);

        if (BlockYamlEvents.TryScan(file, 0, yaml.Length) is { } scanned)
        {
            Describe(scanned).Should().Be(Describe(new Parser(new StringReader(yaml))));
        }
    }

    [Fact]
    public void Every_generated_rule_file_and_rule_case_file_reads_the_same_as_with_yamldotnet()
    {
        var paths = Directory.GetFiles(RepoRoot.Combine("generated", "prometheus"), "*.rules.yml")
            .Concat(Directory.GetFiles(RepoRoot.Combine("tests"), "*.rules.yml", SearchOption.AllDirectories));
        var scannedGenerated = 0;
        foreach (var path in paths)
        {
            var text = File.ReadAllText(path);
            if (GroupChunks.Split(text, minimumLength: 0) is not [var first, ..] chunks)
            {
                continue;
            }

            var length = chunks[^1].Start + chunks[^1].Length - first.Start;
            var file = new SourceFile(path, text);
            var scanned = BlockYamlEvents.TryScan(file, first.Start, length);
            if (path.Contains("generated", StringComparison.Ordinal))
            {
                scanned.Should().NotBeNull($"{path} is plain block YAML");
                scannedGenerated++;
            }

            if (scanned is not null)
            {
                Describe(scanned).Should().Be(Describe(new Parser(new StringReader(text.Substring(first.Start, length)))), path);
            }
        }

        scannedGenerated.Should().BeGreaterThan(3);
    }

    [Fact]
    public void Mutants_of_generated_rules_are_read_the_same_or_left_to_yamldotnet()
    {
        // seeded, so every run checks the same mutants: characters that change YAML's structure, inserted,
        // deleted or replaced at random places of two generated files and of the rule case files
        // (60,000 mutants with another seed agreed too; 3,000 keep the test fast)
        var random = new Random(20261123);
        const string Structural = " \n:#-|>\"'{}[]&*!%@`\t\r\\";
        var originals = new[] { "hotel-redis-cache.rules.yml", "credit-auth.rules.yml" }
            .Select(name => RepoRoot.Combine("generated", "prometheus", name))
            .Concat(Directory.GetFiles(RepoRoot.Combine("tests"), "*.rules.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(path => "\n" + File.ReadAllText(path))
            .Where(text => text.Contains("\ngroups:\n", StringComparison.Ordinal))
            .Select(text => text[(text.IndexOf("\ngroups:\n", StringComparison.Ordinal) + "\ngroups:\n".Length)..])
            .ToArray();
        var scanned = 0;
        for (var i = 0; i < 3000; i++)
        {
            var yaml = TextMutator.Mutate(originals[i % originals.Length], random, random.Next(1, 3), Structural);
            if (BlockYamlEvents.TryScan(new SourceFile("mutant.yml", yaml), 0, yaml.Length) is { } events)
            {
                scanned++;
                Describe(events).Should().Be(Describe(new Parser(new StringReader(yaml))), $"mutant {i}:\n{yaml}");
            }
        }

        scanned.Should().BeGreaterThan(300, "many mutants stay plain block YAML");
    }

    private static readonly string[] Heads =
    [
        "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  labels:\n    app.kubernetes.io/name: api\n    app.kubernetes.io/part-of: kube-prometheus\n    prometheus: k8s\n  name: api-rules\n  namespace: team-a\nspec:\n  groups:\n",
        "# Source: chart/templates/rules.yaml\napiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: \"api\"   # the chart's name\n  annotations:\n    owner: 'sre team'\n\nspec:\n    groups:",
    ];

    public static TheoryData<string> ObjectHeads() => [.. Heads];

    [Theory]
    [MemberData(nameof(ObjectHeads))]
    public void A_prometheusrule_head_gives_yamldotnets_events(string yaml)
    {
        var scanned = BlockYamlEvents.TryScanObjectHead(yaml, 0, yaml.Length);

        scanned.Should().NotBeNull();
        Describe(scanned!).Should().Be(Describe(new Parser(new StringReader(yaml))));
    }

    [Fact]
    public void Mutants_of_a_prometheusrule_head_are_read_the_same_or_left_to_yamldotnet()
    {
        // seeded; 40,000 mutants with another seed agreed too
        var random = new Random(20261206);
        const string Structural = " \n:#-|>\"'{}[]&*!%@`\t\r\\./";
        var originals = Heads;
        var scanned = 0;
        for (var i = 0; i < 3000; i++)
        {
            var yaml = TextMutator.Mutate(originals[i % originals.Length], random, random.Next(1, 3), Structural);
            if (BlockYamlEvents.TryScanObjectHead(yaml, 0, yaml.Length) is { } events)
            {
                scanned++;
                Describe(events).Should().Be(Describe(new Parser(new StringReader(yaml))), $"mutant {i}:\n{yaml}");
            }
        }

        scanned.Should().BeGreaterThan(300, "many mutants stay plain block YAML");
    }

    /// <summary>What <see cref="CleanGroupReader"/> reads of the events: kinds, values, styles, tags and positions.</summary>
    private static string Describe(IParser parser)
    {
        var text = new StringBuilder();
        try
        {
            while (parser.MoveNext())
            {
                text.Append(parser.Current switch
                {
                    Scalar s => $"scalar {s.Value.Replace("\n", "\\n", StringComparison.Ordinal)} {s.Style} {s.Tag} {s.Anchor} {s.Start.Index}-{s.End.Index}",
                    MappingStart m => $"mapping {m.Tag} {m.Anchor} {m.Start.Index}-{m.End.Index}",
                    SequenceStart q => $"sequence {q.Tag} {q.Anchor} {q.Start.Index}-{q.End.Index}",
                    var other => other!.GetType().Name,
                }).Append('\n');
            }
        }
        catch (YamlException e)
        {
            text.Append("error ").Append(e.Message);
        }

        return text.ToString();
    }
}
