using SloCompiler.Emit;
using SloCompiler.Targets;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// Issue 17 §3: <c>keep_firing_for</c> on an alert tier (against flapping) is written on the alert for the rulers
/// that read it — Prometheus 2.42 among them, so Debian's promtool accepts the file — and is SLO153, at the setting,
/// for vmalert 1.79, which would refuse the file. The same in the DSL and in YAML.
/// </summary>
public sealed class KeepFiringForTests
{
    private const string Dsl = """
        service checkout {
          runbook "https://runbooks.example.com/{service}/{slo}"
          alerting { page keep_firing_for=10m  ticket for=5m }
          slo availability {
            objective 99.9% over 30d
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }
        }
        """;

    private const string Yaml = """
        apiVersion: slocompiler.dev/v1
        kind: Service
        metadata: { name: checkout }
        spec:
          runbook: https://runbooks.example.com/{service}/{slo}
          alerting:
            page: { keep_firing_for: 10m }
          slos:
            - name: availability
              objective: 99.9%
              ratio:
                bad:   'http_requests_total{job="checkout", code=~"5.."}'
                total: 'http_requests_total{job="checkout"}'
        """;


    [Fact]
    public void The_page_alert_keeps_firing_and_promtool_2_42_accepts_the_file()
    {
        var result = Compiler.Compile([new SourceFile("checkout.slo", Dsl)]);

        result.Diagnostics.Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        var rules = result.Outputs.Single(o => o.RelativePath.EndsWith(".rules.yml", StringComparison.Ordinal)).Content;
        rules.Should().Contain("alert: SLOBurnRatePage").And.Contain("keep_firing_for: 10m");
        rules.Split("keep_firing_for:").Should().HaveCount(2, "only the page tier sets it");
        using var folder = new TempDirectory();
        folder.Write("checkout.rules.yml", rules);
        var (exitCode, output) = Promtool.Run(folder.Path, "check", "rules", "checkout.rules.yml");
        exitCode.Should().Be(0, output);
    }

    [Theory]
    [InlineData("checkout.slo", Dsl, 3, 35)]
    [InlineData("checkout.yml", Yaml, 7, 30)]
    public void Vmalert_is_told_at_the_setting(string name, string text, int line, int column)
    {
        var result = Compiler.Compile([new SourceFile(name, text)], EmitOptions.Default with { Ruler = RulerTarget.Vmalert });

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO153").Subject;
        diagnostic.Message.Should().Contain("vmalert").And.Contain("prometheus@2.42");
        (diagnostic.Span.StartPosition.Line, diagnostic.Span.StartPosition.Column).Should().Be((line, column));
        result.Outputs.Should().BeEmpty();
    }

    [Fact]
    public void Without_the_setting_vmalert_gets_rules_its_dry_run_loads()
    {
        var result = Compiler.Compile([new SourceFile("checkout.slo", Dsl.Replace("keep_firing_for=10m", string.Empty, StringComparison.Ordinal))],
            EmitOptions.Default with { Ruler = RulerTarget.Vmalert });

        var rules = result.Outputs.Single(o => o.RelativePath.EndsWith(".rules.yml", StringComparison.Ordinal)).Content;
        using var folder = new TempDirectory();
        folder.Write("checkout.rules.yml", rules);
        var (exitCode, output) = Vmalert.Run(folder.Path, "-dryRun", "-rule=checkout.rules.yml");
        exitCode.Should().Be(0, output);
    }

    [Fact]
    public void A_bad_duration_is_a_diagnostic_at_its_position()
    {
        var result = Compiler.Compile([new SourceFile("checkout.slo", Dsl.Replace("keep_firing_for=10m", "keep_firing_for=soon", StringComparison.Ordinal))]);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Subject;
        (diagnostic.Span.StartPosition.Line, diagnostic.Span.StartPosition.Column).Should().Be((3, 35));
    }
}
