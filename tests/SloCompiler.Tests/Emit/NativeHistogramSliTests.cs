using SloCompiler.Emit;
using SloCompiler.RuleFiles;
using SloCompiler.Targets;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// Issue 17 §3: a latency SLI over a native histogram (<c>latency native x &lt; 300ms</c>, <c>histogram native x</c>
/// with the percentile objective, YAML <c>native: true</c>) is read as
/// <c>histogram_count(H) - histogram_fraction(0, 0.3, H) * histogram_count(H)</c> bad events with
/// <c>H = sum by (…) (rate(x[W]))</c>, for the rulers that have those functions; vmalert 1.79 ("unknown func") gets
/// SLO154 at <c>native</c>. promtool 2.42 cannot write native-histogram input series, so the evaluation is not
/// replayed: the generated tests say so and the expressions are held to our parser and promtool's.
/// </summary>
public sealed class NativeHistogramSliTests
{
    private const string Dsl = """
        service checkout {
          runbook "https://runbooks.example.com/{service}/{slo}"
          slo latency {
            objective 99% over 30d
            latency native http_request_duration_seconds{job="checkout"} < 300ms
            per route
          }
          slo latency-p95 {
            objective p95 < 1s over 7d
            histogram native http_request_duration_seconds{job="checkout"}
          }
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
          slos:
            - name: latency
              objective: 99%
              latency:
                histogram: 'http_request_duration_seconds{job="checkout"}'
                native: true
                threshold: 300ms
        """;

    [Fact]
    public void The_bad_events_are_the_share_above_the_threshold_read_with_histogram_fraction()
    {
        var rules = RulesOf(Compile(Dsl, RulerTarget.Default));

        rules.Should().Contain("histogram_fraction(0, 0.3, sum by (route) (rate(http_request_duration_seconds{job=\"checkout\"}[5m])))")
            .And.Contain("histogram_count(sum by (route) (rate(http_request_duration_seconds{job=\"checkout\"}[5m])))")
            .And.Contain("histogram_fraction(0, 1, sum(rate(http_request_duration_seconds{job=\"checkout\"}[")
            .And.Contain("absent(http_request_duration_seconds{job=\"checkout\"})", "no data is the native series itself missing");
        rules.Should().NotContain("http_request_duration_seconds_bucket").And.NotContain("http_request_duration_seconds_count");
    }

    [Theory]
    [InlineData("prometheus@2.42")]
    [InlineData("prometheus@3")]
    [InlineData("thanos")]
    [InlineData("mimir")]
    public void Every_expression_parses_in_our_promql_parser_for_the_target(string ruler)
    {
        var target = RulerTarget.Parse(ruler)!;
        var rules = RulesOf(Compile(Dsl, target));

        var file = RuleFileReader.Read(new SourceFile("checkout.rules.yml", rules), target.PromQl);

        file.Diagnostics.Should().BeEmpty();
        file.Rules.Should().NotBeEmpty().And.OnlyContain(r => r.Parsed.Success);
    }

    [Fact]
    public void Promtool_2_42_accepts_the_rules_and_the_tests_say_what_they_cannot_replay()
    {
        var result = Compile(Dsl, RulerTarget.Default);
        using var folder = new TempDirectory();
        foreach (var file in result.Outputs)
        {
            folder.Write(file.RelativePath, file.Content);
        }

        var check = Promtool.Run(folder.Path, "check", "rules", "prometheus/checkout.rules.yml");
        check.ExitCode.Should().Be(0, check.Output);
        var tests = folder.Read("tests/checkout.test.yml");
        tests.Should().Contain("# latency: not tested here; promtool 2.42 cannot write native-histogram input series");
        var test = Promtool.Run(folder.Path, "test", "rules", "tests/checkout.test.yml");
        test.ExitCode.Should().Be(0, test.Output);
    }

    [Theory]
    [InlineData("checkout.slo", Dsl, 5, 13)]
    [InlineData("checkout.yml", Yaml, 11, 17)]
    public void Vmalert_is_told_at_native(string name, string text, int line, int column)
    {
        var result = Compiler.Compile([new SourceFile(name, text)], EmitOptions.Default with { Ruler = RulerTarget.Vmalert });

        var diagnostic = result.Diagnostics.First(d => d.Code == "SLO154");
        diagnostic.Message.Should().Contain("vmalert").And.Contain("prometheus@2.42, prometheus@3, thanos, mimir");
        (diagnostic.Span.StartPosition.Line, diagnostic.Span.StartPosition.Column).Should().Be((line, column));
        result.Outputs.Should().BeEmpty();
    }

    [Fact]
    public void Buckets_on_a_native_histogram_are_an_error_at_the_buckets()
    {
        var result = Compiler.Compile([new SourceFile("checkout.slo", Dsl.Replace("    per route\n", "    per route\n    buckets 0.1 0.3\n", StringComparison.Ordinal))]);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Subject;
        diagnostic.Code.Should().Be("SLO155");
        (diagnostic.Span.StartPosition.Line, diagnostic.Span.StartPosition.Column).Should().Be((7, 13));
    }

    [Fact]
    public void A_metric_called_native_is_still_a_classic_histogram()
    {
        var result = Compile(Dsl.Replace("latency native http_request_duration_seconds{job=\"checkout\"}", "latency native{job=\"checkout\"}", StringComparison.Ordinal),
            RulerTarget.Default);

        RulesOf(result).Should().Contain("native_bucket{job=\"checkout\", le=~");
    }

    [Fact]
    public void Printing_and_converting_keep_native()
    {
        var documents = SloCompiler.Parsing.SourceParser.ParseAll([new SourceFile("checkout.slo", Dsl)], new Diagnostics.DiagnosticBag());
        var printed = Syntax.SyntaxPrinter.Print(documents.Single());

        printed.Should().Contain("latency native http_request_duration_seconds{job=\"checkout\"} < 300ms")
            .And.Contain("histogram native http_request_duration_seconds{job=\"checkout\"}");
        RulesOf(Compile(printed, RulerTarget.Default)).Should().Be(RulesOf(Compile(Dsl, RulerTarget.Default)));
    }

    [Fact]
    public void The_yaml_spelling_compiles_to_the_same_expression()
    {
        var result = Compiler.Compile([new SourceFile("checkout.yml", Yaml)]);

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        RulesOf(result).Should().Contain("histogram_fraction(0, 0.3, sum(rate(http_request_duration_seconds{job=\"checkout\"}[5m])))");
    }

    private static CompileResult Compile(string dsl, RulerTarget ruler)
    {
        var result = Compiler.Compile([new SourceFile("checkout.slo", dsl)], EmitOptions.Default with { Ruler = ruler });
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string RulesOf(CompileResult result) => result.Outputs.Single(o => o.RelativePath == "prometheus/checkout.rules.yml").Content;
}
