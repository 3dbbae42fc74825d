using System.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>Inputs far larger than real ones stay linear: 100,000 service labels took 299 s before.</summary>
public class LargeInputTests
{
    [Fact]
    public void A_service_with_100000_labels_compiles_in_linear_time()
    {
        var labels = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"l{i} = \"v{i}\""));
        var source = new SourceFile("labels.slo", $$"""
            service api {
              team platform
              labels { {{labels}} }
              slo availability {
                objective 99.9% over 30d
                ratio { bad http_requests_total{job="api", code=~"5.."}  total http_requests_total{job="api"} }
              }
            }

            """);
        var clock = Stopwatch.StartNew();

        var result = Compiler.Compile([source]);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "a generous bound on a shared machine; it takes a few seconds");
        result.HasErrors.Should().BeFalse();
        result.Outputs.Single(o => o.RelativePath.EndsWith(".rules.yml", StringComparison.Ordinal)).Content.Should().Contain("l99999: v99999");
    }

    [Fact]
    public void A_rule_file_with_20000_distinct_regexes_lints_in_seconds()
    {
        // the linear-time engine costs about a millisecond to build: it is kept for routing, not every selector
        var rules = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  - record: job:x{i}:sum\n    expr: sum(x{{a=~\"v{i}|w{i}.*(ab|cd)+\"}})\n"));
        var file = RuleFileReader.Read(new SourceFile("regexes.rules.yml", "groups:\n- name: g\n  rules:\n" + rules));
        var clock = Stopwatch.StartNew();

        var result = RuleLinter.Lint([file], LintConfig.Default);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "it takes about a second; building 20,000 linear-time regexes took 48 s");
        result.Diagnostics.Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }
}
