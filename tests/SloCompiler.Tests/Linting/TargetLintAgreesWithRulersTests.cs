using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.Targets;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Linting;

/// <summary>
/// Issue 17 §3: <c>slo lint --target</c> flags a field or function exactly when the real ruler refuses the file:
/// Debian's promtool 2.42 for <c>prometheus@2.42</c>, vmalert 1.79's <c>-dryRun</c> for <c>vmalert</c>. Function
/// names are left out for vmalert: its dry run does not check them (VictoriaMetrics refuses them at query time).
/// </summary>
public sealed class TargetLintAgreesWithRulersTests
{
    private const string Alert = "  - alert: ApiDown\n    expr: up{job=\"api\"} == 0\n    for: 5m\n";

    private static readonly (string Name, string Group, string Rules, bool FunctionOnly)[] Snippets =
    [
        ("plain", string.Empty, Alert, false),
        ("keep_firing_for", string.Empty, Alert + "    keep_firing_for: 10m\n", false),
        ("query_offset", "  query_offset: 1m\n", Alert, false),
        ("group labels", "  labels:\n    team: payments\n", Alert, false),
        ("partial_response_strategy", "  partial_response_strategy: warn\n", Alert, false),
        ("vmalert group fields", "  type: prometheus\n  concurrency: 2\n  params:\n    nocache: [\"1\"]\n", Alert, false),
        ("vmalert's later headers", "  headers:\n    - \"X-Scope-OrgID: team-a\"\n", Alert, false),
        ("histogram_fraction", string.Empty, "  - record: job:fast:ratio\n    expr: histogram_fraction(0, 0.3, rate(http_request_duration_seconds[5m]))\n", true),
        ("histogram_avg", string.Empty, "  - record: job:duration:avg\n    expr: histogram_avg(rate(http_request_duration_seconds[5m]))\n", true),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var snippet in Snippets)
        {
            data.Add(snippet.Name, RulerTarget.Prometheus242.Name);
            if (!snippet.FunctionOnly)
            {
                data.Add(snippet.Name, RulerTarget.Vmalert.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_flags_the_file_exactly_when_the_ruler_refuses_it(string snippet, string target)
    {
        var (_, group, rules, _) = Snippets.Single(s => s.Name == snippet);
        var text = $"groups:\n- name: api\n{group}  rules:\n{rules}";
        using var folder = new TempDirectory();
        folder.Write("rules.yml", text);

        var config = LintConfig.Default with { Target = RulerTarget.Parse(target)!, RequiredLabels = [], RequiredAnnotations = [] };
        var flagged = LintRunner.Lint(text, config).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var (exitCode, output) = target == RulerTarget.Vmalert.Name
            ? Vmalert.Run(folder.Path, "-dryRun", "-rule=rules.yml")
            : Promtool.Run(folder.Path, "check", "rules", "rules.yml");

        (flagged.Count > 0).Should().Be(exitCode != 0, $"lint said [{LintRunner.Render(flagged)}] and the ruler said:\n{output}");
    }
}
