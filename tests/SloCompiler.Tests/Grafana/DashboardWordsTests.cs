using System.Text.RegularExpressions;
using SloCompiler.Text;

namespace SloCompiler.Tests.Grafana;

/// <summary>The SLO's description, its runbook and whole-unit durations reach the service dashboard.</summary>
public sealed partial class DashboardWordsTests
{
    private const string Source = """
        service checkout {
          runbook "https://runbooks.example.com/{service}/{slo}"
          slo availability {
            description "Customers can pay for their basket"
            objective   99.9% over 7d
            evaluation  10s
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }
        }
        """;

    [Fact]
    public void The_sli_panel_carries_the_description_the_runbook_link_and_no_fractional_minutes()
    {
        var result = Compiler.Compile([new SourceFile("slo/checkout.slo", Source)]);
        result.HasErrors.Should().BeFalse();

        var dashboard = result.Outputs.Single(o => o.RelativePath == "grafana/checkout.json").Content;

        dashboard.Should().Contain("\"description\": \"Customers can pay for their basket\\n\\nShare of good events over the last ")
            .And.Contain("\"url\": \"https://runbooks.example.com/checkout/availability\"")
            .And.Contain("\"title\": \"Runbook\"");
        FractionalUnit().IsMatch(dashboard).Should().BeFalse("durations read 5m or 1m10s, never 4.67 minutes");
    }

    [Fact]
    public void The_overview_files_a_raw_expression_slo_under_other_slos_and_links_each_row_to_its_dashboard()
    {
        const string lag = """
            service consumer {
              runbook "https://runbooks.example.com/{service}/{slo}"
              slo kafka-lag {
                objective 99% over 30d
                raw "max(max_over_time(kafka_consumergroup_lag_seconds[{window}])) > bool 60"
              }
            }
            """;
        var result = Compiler.Compile([new SourceFile("slo/consumer.slo", lag)]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));

        var overview = result.Outputs.Single(o => o.RelativePath == "grafana/overview.json").Content;

        overview.Should().Contain("\"title\": \"Other SLOs\"")
            .And.Contain("\"url\": \"/d/slo-consumer\"")
            .And.Contain("This service has no availability SLO.", "the lag is no availability SLO");
    }

    [GeneratedRegex(@"\d\.\d+ (minutes|hours|seconds|days)")]
    private static partial Regex FractionalUnit();
}
