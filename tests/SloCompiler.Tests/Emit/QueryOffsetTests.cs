using SloCompiler.Emit;
using SloCompiler.Targets;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// Issue 17 §3: <c>query_offset</c> in the settings cascade (defaults, policy, service, SLO), written on every rule
/// group of the SLO for the rulers that read it (prometheus@3, Thanos, Mimir) and SLO153 at the setting for the
/// others — the default prometheus@2.42 among them, whose promtool refuses the field. The generated promtool tests
/// load a copy of the rule file without the offset, so they pass on promtool 2.42 as on later ones.
/// </summary>
public sealed class QueryOffsetTests
{
    private const string Dsl = """
        defaults { query_offset 5m }
        service checkout {
          runbook "https://runbooks.example.com/{service}/{slo}"
          query_offset 2m
          slo availability {
            objective 99.9% over 30d
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }
          slo latency {
            objective 99% over 30d
            latency http_request_duration_seconds{job="checkout"} < 300ms
            query_offset 30s
          }
        }
        """;

    private const string Yaml = """
        apiVersion: slocompiler.dev/v1
        kind: Service
        metadata: { name: checkout }
        spec:
          runbook: https://runbooks.example.com/{service}/{slo}
          query_offset: 2m
          slos:
            - name: availability
              objective: 99.9%
              ratio:
                bad:   'http_requests_total{job="checkout", code=~"5.."}'
                total: 'http_requests_total{job="checkout"}'
        """;

    private static readonly EmitOptions Prometheus3 = EmitOptions.Default with { Ruler = RulerTarget.Prometheus3 };

    [Fact]
    public void Every_group_carries_the_offset_its_slo_inherits_or_sets()
    {
        var rules = RulesOf(Compile(Dsl, Prometheus3));

        var groups = rules.Split("\n- name: ").Skip(1).ToList();
        groups.Should().NotBeEmpty();
        foreach (var group in groups)
        {
            var expected = group.StartsWith("slo-checkout-latency", StringComparison.Ordinal) ? "30s" : "2m";
            group.Should().Contain($"\n  query_offset: {expected}\n", "the SLO's own setting wins over the service's, which wins over the defaults");
        }
    }

    [Fact]
    public void The_promtool_tests_load_a_copy_without_the_offset_and_pass_on_promtool_2_42()
    {
        var result = Compile(Dsl, Prometheus3);
        using var folder = new TempDirectory();
        foreach (var file in result.Outputs)
        {
            folder.Write(file.RelativePath, file.Content);
        }

        var copy = result.Outputs.Single(o => o.RelativePath == "tests/checkout.promtool.rules.yml").Content;
        folder.Read("tests/checkout.test.yml").Should().Contain("rule_files:\n- checkout.promtool.rules.yml\n");
        Lines(copy).Should().Equal(Lines(RulesOf(result)).Where(l => !l.TrimStart().StartsWith("query_offset:", StringComparison.Ordinal)),
            "the copy is the rule file without its query_offset lines");

        var test = Promtool.Run(folder.Path, "test", "rules", "tests/checkout.test.yml");
        test.ExitCode.Should().Be(0, test.Output);
        var check = Promtool.Run(folder.Path, "check", "rules", "prometheus/checkout.rules.yml");
        check.ExitCode.Should().NotBe(0, "promtool 2.42 does not know the field; that is why the tests load the copy");
        check.Output.Should().Contain("query_offset");
    }

    [Fact]
    public void Without_an_offset_the_tests_load_the_rule_file_itself()
    {
        var result = Compile(Dsl.Replace("query_offset 5m", string.Empty, StringComparison.Ordinal)
            .Replace("query_offset 2m", string.Empty, StringComparison.Ordinal)
            .Replace("query_offset 30s", string.Empty, StringComparison.Ordinal), Prometheus3);

        result.Outputs.Should().NotContain(o => o.RelativePath.EndsWith(".promtool.rules.yml", StringComparison.Ordinal));
        result.Outputs.Single(o => o.RelativePath == "tests/checkout.test.yml").Content.Should().Contain("- ../prometheus/checkout.rules.yml\n");
        RulesOf(result).Should().NotContain("query_offset");
    }

    [Theory]
    [InlineData("thanos")]
    [InlineData("mimir")]
    public void Thanos_and_mimir_read_it_too(string ruler)
    {
        var result = Compile(Dsl, EmitOptions.Default with { Ruler = RulerTarget.Parse(ruler)! });

        RulesOf(result).Should().Contain("  query_offset: 2m\n");
    }

    [Theory]
    [InlineData("checkout.slo", Dsl, "prometheus@2.42", 1, 25)]
    [InlineData("checkout.yml", Yaml, "prometheus@2.42", 6, 17)]
    [InlineData("checkout.yml", Yaml, "vmalert", 6, 17)]
    public void A_ruler_without_the_field_is_told_at_the_setting(string name, string text, string ruler, int line, int column)
    {
        var result = Compiler.Compile([new SourceFile(name, text)], EmitOptions.Default with { Ruler = RulerTarget.Parse(ruler)! });

        var diagnostic = result.Diagnostics.First(d => d.Code == "SLO153");
        diagnostic.Message.Should().StartWith($"query_offset is not read by {ruler}").And.Contain("prometheus@3, thanos, mimir");
        (diagnostic.Span.StartPosition.Line, diagnostic.Span.StartPosition.Column).Should().Be((line, column));
        result.Outputs.Should().BeEmpty();
    }

    [Fact]
    public void A_bad_duration_is_a_diagnostic_at_its_position()
    {
        var result = Compiler.Compile([new SourceFile("checkout.yml", Yaml.Replace("query_offset: 2m", "query_offset: late", StringComparison.Ordinal))], Prometheus3);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Subject;
        diagnostic.Code.Should().Be("SLO104");
        (diagnostic.Span.StartPosition.Line, diagnostic.Span.StartPosition.Column).Should().Be((6, 17));
    }

    [Fact]
    public void The_dsl_printer_and_the_yaml_converter_keep_the_setting()
    {
        var document = SloCompiler.Parsing.SourceParser.ParseAll([new SourceFile("checkout.slo", Dsl)], new Diagnostics.DiagnosticBag()).Single();

        Syntax.SyntaxPrinter.Print(document).Should().Contain("query_offset 2m").And.Contain("query_offset 30s").And.Contain("query_offset 5m");
    }

    private static CompileResult Compile(string dsl, EmitOptions options)
    {
        var result = Compiler.Compile([new SourceFile("checkout.slo", dsl)], options);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string RulesOf(CompileResult result) => result.Outputs.Single(o => o.RelativePath == "prometheus/checkout.rules.yml").Content;

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Where(l => !l.StartsWith('#'));
}
