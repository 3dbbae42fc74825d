using System.Diagnostics;
using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Routing;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// Seeded attacks, the same on every run and bounded to a few seconds: random alias structures against every YAML
/// reader, and random bytes in a rule file judged against real promtool.
/// </summary>
public class HostileInputFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    [Fact]
    public void Random_alias_structures_never_throw_hang_or_expand_past_the_budget()
    {
        var random = new Random(18_06);
        var clock = Stopwatch.StartNew();
        var stopped = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var levels = random.Next(1, 14);
            var width = random.Next(1, 12);
            var lists = AliasBomb.Lists(levels, width, "  ");
            var expanded = Math.Pow(width, levels + 1);
            var texts = new[]
            {
                "laughs:\n" + lists + "groups:\n- name: g\n  rules:\n  - record: a:b:c\n    expr: up\n",
                "route:\n  receiver: x\n  routes:\n" + AliasBomb.Routes(levels, width, "  ") + "receivers:\n- name: x\n",
                "apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata:\n  name: s\nextra:\n" + lists,
                "required_labels:\n" + lists,
            };
            var diagnostics = new List<Diagnostic>();
            var act = () =>
            {
                diagnostics.AddRange(RuleFileReader.Read(new SourceFile("r.yml", texts[0])).Diagnostics);
                var bag = new DiagnosticBag();
                AlertmanagerConfigReader.Read(new SourceFile("am.yml", texts[1]), bag);
                LintConfigReader.Read(new SourceFile(".slo-lint.yml", texts[3]), bag);
                diagnostics.AddRange(bag.Items);
                diagnostics.AddRange(Compiler.Check([new SourceFile("s.yaml", texts[2])]).Diagnostics);
            };

            act.Should().NotThrow($"trial {trial}: {levels} levels of {width}");
            if (expanded > 10_000_000)
            {
                diagnostics.Count(d => d.Code == "SLO188").Should().BeGreaterThanOrEqualTo(4, $"trial {trial} stands for {expanded:E1} nodes in each file");
                stopped++;
            }
        }

        stopped.Should().BeGreaterThan(10, "the seed must produce real bombs");
        clock.Elapsed.Should().BeLessThan(Budget);
    }

    [Fact]
    public void Random_bytes_in_a_rule_file_are_rejected_exactly_when_promtool_rejects_them()
    {
        var random = new Random(18_13);
        using var folder = new TempDirectory();
        var disagreements = new List<string>();
        var rejected = 0;
        for (var trial = 0; trial < 40; trial++)
        {
            // random bytes inside a comment: whether the file is valid depends on its encoding only
            var noise = Enumerable.Range(0, random.Next(1, 4)).SelectMany(_ => Pick(random)).ToArray();

            byte[] bytes = [.. Encoding.UTF8.GetBytes("groups:\n- name: g\n  rules:\n  # note "), .. noise, .. Encoding.UTF8.GetBytes("\n  - record: a:b:c\n    expr: up\n")];
            var name = $"fuzz{trial}.rules.yml";
            File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);

            var promtoolRejects = Promtool.Run(folder.Path, "check", "rules", name).ExitCode != 0;
            var bag = new DiagnosticBag();
            var weReject = SourceDecoder.Decode(name, bytes, bag) is not { } source || RuleFileReader.Read(source).Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            rejected += weReject ? 1 : 0;
            if (promtoolRejects != weReject)
            {
                disagreements.Add($"{Convert.ToHexString(noise)}: promtool {(promtoolRejects ? "rejects" : "accepts")}, slo {(weReject ? "rejects" : "accepts")}");
            }
        }

        disagreements.Should().BeEmpty();
        rejected.Should().BeInRange(5, 37, "the seed must mix valid and invalid bytes");
    }

    /// <summary>
    /// One byte at the edges that matter (controls, DEL, C1, lone UTF-8 lead and continuation bytes) or one
    /// well-formed character next to them (NEL, no-break space, BOM, line separator, U+FFFE, an emoji).
    /// </summary>
    private static byte[] Pick(Random random) => random.Next(4) switch
    {
        0 => [(byte)random.Next(0x00, 0x20)],
        1 => [(byte)random.Next(0x7F, 0x100)],
        _ => Encoding.UTF8.GetBytes(new[] { "\u0085", "\u00A0", "\uFEFF", "\u2028", "\uFFFE", "\u0080", "\U0001F600", "é", "\t", "~" }[random.Next(10)]),
    };
}
