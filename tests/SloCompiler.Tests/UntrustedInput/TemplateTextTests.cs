using SloCompiler.RuleFiles;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// Go-template text (<c>{{ }}</c>) in SLO labels, annotations and runbooks is written into alerts as literal text:
/// promtool accepts the rules and the generated promtool tests, which expect the text as written, pass.
/// </summary>
public class TemplateTextTests
{
    private const string Source = """
        service api {
          team platform
          runbook "https://wiki.example.com/{service}/{slo}?q={{ $labels.job }}"
          labels { note = "{{ broken" }
          slo availability {
            objective 99.9% over 30d
            ratio { bad http_requests_total{job="api", code=~"5.."}  total http_requests_total{job="api"} }
            labels { shown = "{{ $value }} and {{{{ and }}" }
            alerting { page annotations { hint = "{{ query \"up\" }}" } }
          }
        }

        """;

    [Fact]
    public void Promtool_accepts_the_rules_and_the_generated_tests_pass()
    {
        var result = Compiler.Compile([new SourceFile("api.slo", Source)]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        using var folder = new TempDirectory();
        foreach (var output in result.Outputs)
        {
            folder.Write(output.RelativePath, output.Content);
        }

        var rules = Promtool.Run(folder.Path, "check", "rules", "prometheus/api.rules.yml");
        var tests = Promtool.Run(folder.Path, ["test", "rules", .. Directory.GetFiles(Path.Combine(folder.Path, "tests"), "*.test.yml")]);

        rules.ExitCode.Should().Be(0, rules.Output);
        tests.ExitCode.Should().Be(0, tests.Output);
        tests.Output.Should().NotContain("FAILED");
    }

    [Fact]
    public void Every_generated_label_and_annotation_is_a_template_that_prints_the_text_as_written()
    {
        var rules = Compiler.Compile([new SourceFile("api.slo", Source)]).Outputs.Single(o => o.RelativePath == "prometheus/api.rules.yml");
        var file = RuleFileReader.Read(new SourceFile("api.rules.yml", rules.Content));

        file.Diagnostics.Should().BeEmpty();
        var alert = file.Groups.SelectMany(g => g.Rules).First(r => r.Kind == RuleKind.Alerting);
        alert.Labels.Concat(alert.Annotations).Should().OnlyContain(l => GoTemplate.Check(l.Value.Value) == null);
        alert.Label("note").Should().Be("{{\"{{\"}} broken");
    }
}
