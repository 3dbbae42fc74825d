using System.Diagnostics;
using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.Governance.Routing;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// Every YAML reader stops an alias bomb at the alias that breaks the budget (SLO188), within a time and an
/// allocation bound; before the guard, lint hung on the rule file and the Alertmanager tree grew without bound.
/// </summary>
public class YamlAliasBombTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);
    private const long AllocationBound = 200L * 1024 * 1024;

    private static IReadOnlyList<Diagnostic> Bounded(Func<DiagnosticBag, object?> read)
    {
        var bag = new DiagnosticBag();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var task = Task.Run(() => read(bag));
        task.Wait(TimeBound).Should().BeTrue($"reading must finish within {TimeBound}");
        clock.Stop();
        (GC.GetTotalAllocatedBytes(precise: true) - allocated).Should().BeLessThan(AllocationBound);
        return bag.Items;
    }

    private static void ShouldStopAtAnAlias(IReadOnlyList<Diagnostic> diagnostics, SourceFile file)
    {
        var stop = diagnostics.Should().ContainSingle(d => d.Code == "SLO188").Subject;
        file.Text.Substring(stop.Span.Start, stop.Span.Length).Should().MatchRegex(@"^\*[a-z]+\d*$");
    }

    [Fact]
    public void A_small_rule_file_with_an_alias_bomb_is_stopped_quickly()
    {
        var file = new SourceFile("bomb.rules.yml", "laughs:\n" + AliasBomb.Lists(levels: 9, width: 9, indent: "  ")
            + "groups:\n- name: g\n  rules:\n  - record: job:up:sum\n    expr: sum(up)\n");
        file.Text.Length.Should().BeLessThan(1500);

        RuleFile? read = null;
        var diagnostics = Bounded(_ => read = RuleFileReader.Read(file));

        ShouldStopAtAnAlias(read!.Diagnostics, file);
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_group_repeated_through_aliases_does_not_expand_to_a_million_rules_and_promtool_agrees()
    {
        // 87 KB: a group of 60 rules, then 17,000 aliases of it
        var rules = string.Concat(Enumerable.Range(0, 60).Select(i => $"    - {{record: 'r:{i}', expr: up}}\n"));
        var text = "groups:\n- &g\n  name: g\n  rules:\n" + rules + string.Concat(Enumerable.Repeat("- *g\n", 17_000));
        var file = new SourceFile("million.rules.yml", text);

        RuleFile? read = null;
        Bounded(_ => read = RuleFileReader.Read(file));

        ShouldStopAtAnAlias(read!.Diagnostics, file);
        read.Groups.Sum(g => g.Rules.Count).Should().BeLessThan(100_000);
        using var folder = new TempDirectory();
        folder.Write("million.rules.yml", text);
        var (exit, output) = Promtool.Run(folder.Path, "check", "rules", "million.rules.yml");
        exit.Should().NotBe(0);
        output.Should().Contain("excessive aliasing");
    }

    [Fact]
    public void Labels_shared_by_thousands_of_rules_are_read_and_promtool_agrees()
    {
        var rules = string.Concat(Enumerable.Range(0, 5000).Select(i => $"  - alert: A{i}\n    expr: up == 0\n    labels: *common\n"));
        var text = "groups:\n- name: g\n  rules:\n  - alert: First\n    expr: up == 0\n    labels: &common {severity: page, team: db, tier: one}\n" + rules;

        var read = RuleFileReader.Read(new SourceFile("shared.rules.yml", text));

        read.Diagnostics.Should().BeEmpty();
        read.Groups.Single().Rules.Should().HaveCount(5001).And.OnlyContain(r => r.Labels.Count == 3);
        using var folder = new TempDirectory();
        folder.Write("shared.rules.yml", text);
        var (exit, output) = Promtool.Run(folder.Path, "check", "rules", "shared.rules.yml");
        exit.Should().Be(0, output);
    }

    [Fact]
    public void An_alertmanager_config_with_nested_route_aliases_is_stopped()
    {
        var file = new SourceFile("alertmanager.yml",
            "route:\n  receiver: team\n  routes:\n" + AliasBomb.Routes(levels: 9, width: 9, indent: "  ")
            + "receivers:\n- name: team\n");
        file.Text.Length.Should().BeLessThan(1200);

        var diagnostics = Bounded(bag => AlertmanagerConfigReader.Read(file, bag));

        ShouldStopAtAnAlias(diagnostics, file);
    }

    [Fact]
    public void A_bomb_inside_one_group_of_a_file_read_group_by_group_is_stopped()
    {
        // the fast per-group path gives up at the first anchor and hands the group to the guarded reader
        var clean = string.Concat(Enumerable.Range(0, 50).Select(i => $"- name: g{i}\n  rules:\n  - record: job:up{i}:sum\n    expr: sum(up)\n"));
        var file = new SourceFile("groups.rules.yml", "groups:\n" + clean + "- name: bomb\n  rules:\n  - record: job:x:sum\n    expr: sum(up)\n    labels:\n      x: [\n"
            + AliasBomb.Lists(9, 9, "        ").Replace("- ", string.Empty, StringComparison.Ordinal).Replace("]\n", "],\n", StringComparison.Ordinal) + "      ]\n");

        RuleFile? read = null;
        Bounded(_ => read = RuleFileReader.Read(file));

        ShouldStopAtAnAlias(read!.Diagnostics, file);
    }

    [Fact]
    public void A_lint_config_catalog_and_policy_stop_the_bomb_too()
    {
        var lint = new SourceFile(".slo-lint.yml", "required_labels:\n" + AliasBomb.Lists(9, 9, "  "));
        var catalog = new SourceFile("catalog.yaml", "metrics:\n" + AliasBomb.Lists(9, 9, "  "));
        var policy = new SourceFile("policy.yaml", "labels:\n" + AliasBomb.Lists(9, 9, "  "));

        ShouldStopAtAnAlias(Bounded(bag => LintConfigReader.Read(lint, bag)), lint);
        ShouldStopAtAnAlias(Bounded(bag => CatalogYamlReader.Read(catalog, bag)), catalog);
        ShouldStopAtAnAlias(Bounded(bag => PolicyYamlReader.Read(policy, bag)), policy);
    }

    [Fact]
    public void An_slo_yaml_source_with_a_bomb_is_stopped()
    {
        var file = new SourceFile("bomb.yaml", "apiVersion: slocompiler.dev/v1\nkind: Service\nlaughs:\n" + AliasBomb.Lists(9, 9, "  "));

        CompileResult? result = null;
        Bounded(_ => result = Compiler.Compile([file]));

        ShouldStopAtAnAlias(result!.Diagnostics, file);
    }

    [Fact]
    public void An_alias_to_the_node_that_holds_it_is_refused()
    {
        var file = new SourceFile("cycle.rules.yml", "groups: &g\n- name: g\n  rules: *g\n");

        var read = RuleFileReader.Read(file);

        read.Diagnostics.Should().Contain(d => d.Code == "SLO188");
    }

    [Fact]
    public void Ordinary_reuse_through_anchors_is_read_as_promtool_reads_it()
    {
        var file = new SourceFile("reuse.rules.yml", """
            groups:
            - name: g
              rules:
              - alert: A
                expr: up == 0
                labels: &labels {severity: page, team: db}
              - alert: B
                expr: up == 0
                labels: *labels

            """);

        var read = RuleFileReader.Read(file);

        read.Diagnostics.Should().BeEmpty();
        read.Groups.Single().Rules[1].Labels.Should().HaveCount(2);
    }
}
