using SloCompiler.Text;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// What reaches a person: every generated receiver field, rendered by the real amtool on the alert the
/// rules fire, names the SLO, its objective, the budget burned, the tenant and route, and the runbook.
/// </summary>
public sealed class NotificationTemplateTests : IDisposable
{
    private const string Source = """
        receivers {
          pd    pagerduty routing_key_file="/etc/alertmanager/secrets/pd"
          chat  slack channel="#checkout" api_url_file="/etc/alertmanager/secrets/slack" + email to="ops@example.com" from="alerts@example.com" smarthost="smtp.example.com:587"
          genie opsgenie api_key_file="/etc/alertmanager/secrets/opsgenie" + pagerduty routing_key_file="/etc/alertmanager/secrets/pd2"
          own   slack channel="#own" api_url_file="/etc/alertmanager/secrets/slack" title=shop.title text=shop.slack.text
        }
        service checkout {
          team    shop
          runbook "https://runbooks.example.com/{service}/{slo}"
          alerting { page receiver=pd ticket receiver=chat }
          slo availability {
            description "Customers can pay for their basket"
            objective   99.9% over 30d
            per         tenant, route
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }
        }
        """;

    private static readonly Dictionary<string, string> Group = new() { ["tenant"] = "acme-corp", ["route"] = "/api/pay" };

    private readonly string _folder = Directory.CreateTempSubdirectory("slo-templates-").FullName;

    /// <summary>Where the configuration and its templates are written.</summary>
    private string Templates => Path.Combine(_folder, "alertmanager");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string, bool> Fields => new()
    {
        { "chat", "slack_configs", "text", false },
        { "chat", "email_configs", "html", true },
        { "pd", "pagerduty_configs", "details.text", false },
        { "genie", "opsgenie_configs", "description", false },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_body_holds_the_slo_objective_budget_group_and_runbook(string receiver, string configsKey, string path, bool html)
    {
        var (config, data) = Compile(resolved: false);

        var text = NotificationRendering.Render(Templates, NotificationRendering.Field(config, receiver, configsKey, path.Split('.')), data, html);

        text.Should().Contain("https://runbooks.example.com/checkout/availability")
            .And.Contain("tenant: acme-corp").And.Contain("route: /api/pay")
            .And.Contain("Customers can pay for their basket")
            .And.Contain("SLO: checkout / availability, objective 99.9% over 30 days")
            .And.Contain("of the 30-day error budget burned within 1 hour")
            .And.Contain("FIRING");
    }

    [Theory]
    [InlineData("chat", "slack_configs", "title")]
    [InlineData("chat", "email_configs", "headers.Subject")]
    [InlineData("pd", "pagerduty_configs", "description")]
    [InlineData("genie", "opsgenie_configs", "message")]
    public void Every_title_says_firing_or_resolved_and_what_burns(string receiver, string configsKey, string path)
    {
        var (config, firing) = Compile(resolved: false);
        var (_, resolved) = Compile(resolved: true);
        var field = NotificationRendering.Field(config, receiver, configsKey, path.Split('.'));

        NotificationRendering.Render(Templates, field, firing).Trim().Should().Be("[FIRING:1] checkout availability: error budget burning fast");
        NotificationRendering.Render(Templates, field, resolved).Trim().Should().Be("[RESOLVED] checkout availability: error budget burning fast");
    }

    [Fact]
    public void A_resolved_alert_reads_resolved_in_the_body()
    {
        var (config, data) = Compile(resolved: true);

        var text = NotificationRendering.Render(Templates, NotificationRendering.Field(config, "chat", "slack_configs", "text"), data);

        text.Should().StartWith("RESOLVED: checkout availability").And.NotContain("FIRING");
    }

    [Fact]
    public void A_receiver_can_name_the_team_s_own_templates_placed_beside_the_configuration()
    {
        var (config, data) = Compile(resolved: false);
        File.WriteAllText(Path.Combine(_folder, "alertmanager", "shop.tmpl"),
            "{{ define \"shop.title\" }}SHOP {{ .CommonLabels.slo }}{{ end }}\n{{ define \"shop.slack.text\" }}tenant {{ .CommonLabels.tenant }} see {{ .CommonAnnotations.runbook_url }}{{ end }}\n");
        var folder = Path.Combine(_folder, "alertmanager");

        var (exitCode, output) = Amtool.Run(folder, "check-config", "alertmanager.yml");
        exitCode.Should().Be(0, output);
        output.Should().Contain("SUCCESS");
        NotificationRendering.Render(folder, NotificationRendering.Field(config, "own", "slack_configs", "title"), data).Should().Be("SHOP availability");
        NotificationRendering.Render(folder, NotificationRendering.Field(config, "own", "slack_configs", "text"), data)
            .Should().Be("tenant acme-corp see https://runbooks.example.com/checkout/availability");
    }

    [Fact]
    public void The_generated_configuration_and_templates_pass_check_config()
    {
        Compile(resolved: false);

        var (exitCode, output) = Amtool.Run(Path.Combine(_folder, "alertmanager"), "check-config", "alertmanager.yml");

        exitCode.Should().Be(0, output);
        output.Should().Contain("1 templates").And.Contain("SUCCESS");
    }

    [Fact]
    public void A_title_that_is_not_a_template_name_is_SLO131()
    {
        var result = Compiler.Compile([new SourceFile("slo/checkout.slo", Source.Replace("text=shop.slack.text", "text=\"{{ .Status }}\"", StringComparison.Ordinal))]);

        result.Diagnostics.Select(d => d.Descriptor.Code).Should().Equal("SLO131");
        result.Diagnostics[0].Message.Should().Contain("'text' of receiver 'own'").And.Contain("'{{ .Status }}' is not a template name");
    }

    /// <summary>Compiles <see cref="Source"/> into the temp folder; returns the configuration and the data of one page alert.</summary>
    private (string Config, string Data) Compile(bool resolved)
    {
        var result = Compiler.Compile([new SourceFile("slo/checkout.slo", Source)]);
        result.Diagnostics.Should().BeEmpty();
        foreach (var file in result.Outputs)
        {
            var path = Path.Combine(_folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        var service = result.Program!.Services[0];
        var slo = service.Slos[0];
        var config = File.ReadAllText(Path.Combine(_folder, "alertmanager", "alertmanager.yml"));
        return (config, NotificationRendering.AlertData(service, slo, slo.Page, Group, resolved));
    }
}
