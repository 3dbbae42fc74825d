using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Parsing;

/// <summary>The DSL and the YAML form are two spellings of one syntax tree.</summary>
public class FrontEndEquivalenceTests
{
    private const string Dsl = """
        defaults {
          period 30d
          alerting {
            page severity=critical receiver=pagerduty-payments
            ticket severity=warning receiver=slack-payments during=business-hours
          }
        }

        service payments-api {
          team payments
          owner "ana@example.com"
          runbook "https://runbooks.example.com/{service}/{slo}"
          labels { tier = "1" }

          slo availability {
            description "Payment requests succeed"
            objective 99.9% over 30d
            ratio {
              bad http_requests_total{job="payments-api", code=~"5.."}
              total http_requests_total{job="payments-api"}
            }
          }

          slo latency {
            objective p95 < 800ms over 7d
            histogram http_request_duration_seconds{job="payments-api"}
            buckets 0.3 0.8 2
            per route
            alerting { page off }
          }
        }
        """;

    private const string Yaml = """
        apiVersion: slocompiler.dev/v1
        kind: Defaults
        spec:
          period: 30d
          alerting:
            page: { severity: critical, receiver: pagerduty-payments }
            ticket: { severity: warning, receiver: slack-payments, during: business-hours }
        ---
        apiVersion: slocompiler.dev/v1
        kind: Service
        metadata:
          name: payments-api
          team: payments
          owner: ana@example.com
          labels: { tier: "1" }
        spec:
          runbook: https://runbooks.example.com/{service}/{slo}
          slos:
            - name: availability
              description: Payment requests succeed
              objective: 99.9%
              period: 30d
              ratio:
                bad: 'http_requests_total{job="payments-api", code=~"5.."}'
                total: 'http_requests_total{job="payments-api"}'
            - name: latency
              objective: p95 < 800ms
              period: 7d
              latency:
                histogram: 'http_request_duration_seconds{job="payments-api"}'
                buckets: [0.3, 0.8, 2]
              per: [route]
              alerting: { page: off }
        """;

    [Fact]
    public void The_same_program_in_dsl_and_yaml_prints_identically()
    {
        var fromDsl = Parse("payments.slo", Dsl);
        var fromYaml = Parse("payments.yaml", Yaml);

        SyntaxPrinter.Print(fromYaml).Should().Be(SyntaxPrinter.Print(fromDsl));
    }

    [Fact]
    public void The_same_program_in_dsl_and_yaml_compiles_to_the_same_rules()
    {
        var fromDsl = Compiler.Compile([new SourceFile("payments.slo", Dsl)]);
        var fromYaml = Compiler.Compile([new SourceFile("payments.yaml", Yaml)]);

        fromDsl.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        fromYaml.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        Rules(fromYaml).Should().Be(Rules(fromDsl).Replace("from payments.slo.", "from payments.yaml."));
    }

    [Fact]
    public void The_yaml_example_reprinted_as_dsl_reads_back_to_the_same_tree()
    {
        var path = "examples/payments/payments.yaml";
        var fromYaml = Parse(path, File.ReadAllText(RepoRoot.Combine(path)));
        var printed = SyntaxPrinter.Print(fromYaml);

        SyntaxPrinter.Print(Parse("payments.slo", printed)).Should().Be(printed);
    }

    private static string Rules(CompileResult result) =>
        result.Outputs.Single(o => o.RelativePath == "prometheus/payments-api.rules.yml").Content;

    private static SloDocumentSyntax Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = SourceParser.Parse(new SourceFile(path, text), diagnostics);
        diagnostics.Items.Select(DiagnosticFormatter.Headline).Should().BeEmpty();
        return document!;
    }
}
