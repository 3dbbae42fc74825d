using SloCompiler.Emit;
using SloCompiler.Explain;
using SloCompiler.Tests.Alertmanager;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// <c>alert_name</c> (issue 15): a team names its burn-rate alerts, per service or SLO; both tiers take the
/// name, as Sloth's <c>alerting.name</c> does, and every output that matches alerts by name follows.
/// </summary>
public sealed class AlertNameTests : IDisposable
{
    private const string Ratio = "ratio { bad http_requests_total{job=\"api\", code=~\"5..\"} total http_requests_total{job=\"api\"} }";

    private readonly string root = Directory.CreateTempSubdirectory("slo-alertname-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_service_names_the_alerts_of_its_slos_and_an_slo_can_override_it()
    {
        var result = Compile(Dsl("""
              alert_name ApiErrorBudgetBurn
              slo a {
                objective 99.9% over 30d
                RATIO
              }
              slo b {
                alert_name ApiLatencyBudgetBurn
                objective 99% over 30d
                RATIO
              }
            """));
        var rules = Output(result, "prometheus/api.rules.yml");

        Occurrences(rules, "- alert: ApiErrorBudgetBurn\n").Should().Be(2, "slo a's page and ticket share the service's name");
        Occurrences(rules, "- alert: ApiLatencyBudgetBurn\n").Should().Be(2, "slo b overrides it");
        rules.Should().NotContain("SLOBurnRatePage").And.NotContain("SLOBurnRateTicket");
        rules.Should().Contain("alert_tier: page").And.Contain("alert_tier: ticket");
    }

    [Fact]
    public void Sloth_alerting_name_names_both_tiers_as_in_sloth()
    {
        var fixture = RepoRoot.Combine("tests", "SloCompiler.Tests", "Foreign", "Fixtures", "sloth", "checkout-availability.yml");
        var result = Compile(new SourceFile("checkout.yml", File.ReadAllText(fixture)));

        var rules = Output(result, "prometheus/checkout.rules.yml");
        Occurrences(rules, "- alert: CheckoutHighErrorRate\n").Should().Be(2);
        result.Diagnostics.Should().NotContain(d => d.Message.Contains("alerting.name"));
    }

    [Fact]
    public void Yaml_takes_alert_name_too()
    {
        var result = Compile(new SourceFile("api.yaml",
            "apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata: { name: api, team: t }\nspec:\n  alert_name: ApiBudgetBurn\n  slos:\n" +
            "    - name: s\n      objective: 99.9%\n      period: 30d\n" +
            "      ratio: { bad: 'http_requests_total{job=\"api\",code=~\"5..\"}', total: 'http_requests_total{job=\"api\"}' }\n"));

        Occurrences(Output(result, "prometheus/api.rules.yml"), "- alert: ApiBudgetBurn\n").Should().Be(2);
    }

    [Theory]
    [InlineData("alert_name api-budget", "SLO184", "api.slo(3,14)")]
    [InlineData("unit widgets", "SLO142", "api.slo(3,8)")]
    public void A_bad_name_or_unit_is_reported_where_it_is_written(string setting, string code, string position)
    {
        var result = Compiler.Compile([Dsl($"  {setting}\n  slo a {{\n    objective 99.9% over 30d\n    {Ratio}\n  }}")]);

        result.Diagnostics.Should().ContainSingle(d => d.Code == code, string.Join("\n", result.Diagnostics))
            .Which.Span.ToString().Should().Be(position);
    }

    [Fact]
    public void Generated_promtool_tests_tell_the_tiers_apart_by_alert_tier_and_pass()
    {
        var result = Compile(Dsl($"  alert_name ApiBudgetBurn\n  slo a {{\n    objective 99.9% over 30d\n    {Ratio}\n  }}"));
        var tests = Output(result, "tests/api.test.yml");

        tests.Should().Contain("ALERTS{alertname=\"ApiBudgetBurn\", service=\"api\", slo=\"a\", alert_tier=\"page\", alertstate=\"firing\"}");
        tests.Should().Contain("ALERTS{alertname=\"ApiBudgetBurn\", service=\"api\", slo=\"a\", alert_tier=\"ticket\", alertstate=\"firing\"}");
        tests.Should().NotContain("alert_rule_test", "promtool compares every alert of a name there, and both tiers share it");
        Write(result);
        var test = Promtool.Run(root, "test", "rules", "tests/api.test.yml");
        test.ExitCode.Should().Be(0, test.Output);
    }

    [Fact]
    public void Alertmanager_routes_the_named_alerts_to_their_tier_receivers()
    {
        var result = Compile(Source());
        Write(result);
        var config = Path.Combine(root, "alertmanager", "alertmanager.yml");

        Amtool.Run(root, "check-config", config).ExitCode.Should().Be(0);
        AlertRouting.VerifyEveryAlert(root, config, result.Program!).Should().Be(3, "page, ticket and no-data each reach a receiver");

        // The subtree a platform merges lets in only the SLO alerts, found by name: the custom name too.
        var routes = Compiler.Compile([Source()], EmitOptions.Default with { AlertmanagerMode = AlertmanagerMode.Routes });
        Output(routes, "alertmanager/routes.yml").Should().Contain("alertname=~\"SLOBurnRatePage|SLOBurnRateTicket|ApiBudgetBurn|SLONoData\"");
    }

    private static SourceFile Source() => new("api.slo", $$"""
            receivers {
              pd pagerduty routing_key_file="/etc/alertmanager/secrets/pd"
              chat slack channel="#api" api_url_file="/etc/alertmanager/secrets/slack"
            }

            service api {
              team t
              alert_name ApiBudgetBurn
              alerting {
                page receiver=pd
                ticket receiver=chat
              }
              slo a {
                objective 99.9% over 30d
                {{Ratio}}
              }
            }
            """);

    [Fact]
    public void Explain_uses_the_unit_in_both_languages_with_spanish_agreement()
    {
        var result = Compile(Dsl($"  unit messages\n  slo a {{\n    objective 99.9% over 30d\n    {Ratio}\n  }}\n  slo b {{\n    objective 99% over 30d\n    latency http_request_duration_seconds{{job=\"api\"}} < 200ms\n  }}"));

        var english = SloExplainer.Explain(result.Program!, "en");
        var spanish = SloExplainer.Explain(result.Program!, "es");

        english.Should().Contain("99.9% of messages over 30 days succeed").And.Contain("Out of every 1000 messages, at most 1 may fail.");
        english.Should().Contain("of every message being slow").And.NotContain("request");
        spanish.Should().Contain("el 99.9% de los mensajes en 30 días se atienden sin error")
            .And.Contain("con todos los mensajes lentos").And.Contain("De cada 1000 mensajes");
        spanish.Should().NotContain("solicitudes");
    }

    [Fact]
    public void Dashboards_count_in_the_unit()
    {
        var result = Compile(Dsl($"  unit calls\n  slo a {{\n    objective 99.9% over 30d\n    {Ratio}\n  }}"));
        var spanish = Compiler.Compile([Dsl($"  unit calls\n  slo a {{\n    objective 99.9% over 30d\n    {Ratio}\n  }}")], EmitOptions.Default with { DashboardLanguage = "es" });

        Output(result, "grafana/overview.json").Should().Contain("Out of every 100 calls in the last 30 days, how many worked.");
        Output(spanish, "grafana/overview.json").Should().Contain("De cada 100 llamadas en los últimos 30 días, cuántas funcionaron.");
    }

    private static SourceFile Dsl(string body) =>
        new("api.slo", "service api {\n  team t\n" + body.Replace("RATIO", Ratio, StringComparison.Ordinal) + "\n}\n");

    private static CompileResult Compile(SourceFile source)
    {
        var result = Compiler.Compile([source]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Output(CompileResult result, string path) => result.Outputs.Single(f => f.RelativePath == path).Content;

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private void Write(CompileResult result)
    {
        foreach (var file in result.Outputs)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
