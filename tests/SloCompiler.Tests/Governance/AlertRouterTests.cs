using SloCompiler.Diagnostics;
using SloCompiler.Governance.Routing;
using SloCompiler.Text;

namespace SloCompiler.Tests.Governance;

public sealed class AlertRouterTests
{
    private const string Config = """
        route:
          receiver: fallback
          routes:
            - matchers: ['team="payments"']
              receiver: payments-slack
              routes:
                - matchers: [severity="critical", 'alertname=~"SLOBurnRate.*"']
                  receiver: payments-pager
                  continue: true
                - match_re: { severity: "crit.*" }
                  receiver: payments-email
            - match: { team: search }
              continue: true
              receiver: search-slack
            - matchers: [team!~"pay.*"]
              receiver: everyone-else
        receivers:
          - name: fallback
          - name: payments-slack
            slack_configs: [{ channel: "#payments" }]
          - name: payments-pager
            pagerduty_configs: [{ routing_key_file: /k }]
          - name: payments-email
            email_configs: [{ to: a@example.com }]
          - name: search-slack
            slack_configs: [{ channel: "#search" }]
          - name: everyone-else
            webhook_configs: []
        """;

    [Theory]
    [InlineData("SLOBurnRatePage", "payments", "critical", "payments-pager,payments-email")]
    [InlineData("PaymentsDown", "payments", "critical", "payments-email")]
    [InlineData("SLOBurnRateTicket", "payments", "warning", "payments-slack")]
    [InlineData("SLOBurnRatePage", "search", "critical", "search-slack,everyone-else")]
    [InlineData("SLOBurnRatePage", "", "critical", "everyone-else")]
    [InlineData("SLOBurnRatePage", "payroll", "critical", "fallback")]
    public void Alerts_follow_first_match_continue_and_nested_routes(string alert, string team, string severity, string expected)
    {
        var router = Read(Config);
        var labels = new Dictionary<string, string> { ["severity"] = severity };
        if (team.Length > 0)
        {
            labels["team"] = team;
        }

        router.Route(alert, labels).Should().Equal(expected.Split(','));
    }

    [Fact]
    public void Receivers_without_integrations_or_never_declared_notify_nobody()
    {
        var router = Read(Config.Replace("receiver: search-slack", "receiver: ghost", StringComparison.Ordinal));

        router.NotifiesNobody("fallback").Should().BeTrue();
        router.NotifiesNobody("everyone-else").Should().BeTrue("an empty webhook_configs list notifies no one");
        router.NotifiesNobody("ghost").Should().BeTrue();
        router.NotifiesNobody("payments-pager").Should().BeFalse();
    }

    [Theory]
    [InlineData("receivers: []\n", "SLO305", 1)]
    [InlineData("route:\n  receiver: a\n  routes:\n    - matchers: ['not a matcher']\n", "SLO305", 4)]
    [InlineData("route: [\n", "SLO005", 2)]
    [InlineData("route:\n  receiver: a\n  routes:\n    - matchers: ['team=pay\"ments']\n", "SLO305", 4)]
    [InlineData("route:\n  receiver: a\n  routes:\n    - matchers: ['team=\"payments']\n", "SLO305", 4)]
    public void A_configuration_that_cannot_route_is_reported(string text, string code, int line)
    {
        var diagnostics = new DiagnosticBag();

        AlertmanagerConfigReader.Read(new SourceFile("am.yml", text), diagnostics);

        diagnostics.Items.Should().Contain(d => d.Code == code && d.Span.StartPosition.Line == line);
    }

    [Fact]
    public void Alerts_need_a_severity_label_and_a_runbook_annotation()
    {
        SloCompiler.Governance.AlertRequirements.Missing([new("severity", "page")], [new("runbook_url", "https://r")]).Should().BeEmpty();
        SloCompiler.Governance.AlertRequirements.Missing([new("severity", "")], [new("summary", "x")]).Should().Equal("severity", "runbook_url");
    }

    private static AlertRouter Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var router = AlertmanagerConfigReader.Read(new SourceFile("am.yml", text), diagnostics)!;
        diagnostics.Items.Should().BeEmpty();
        return router;
    }

    /// <summary>Quoted matcher values unescape as in Alertmanager 0.25: only \", \\ and \n; any other backslash is itself (it once threw).</summary>
    [Theory]
    [InlineData("team=\"pa\\ge\"", "pa\\ge")]
    [InlineData("team=\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("team=\"a\\\\b\"", "a\\b")]
    [InlineData("team=\"a\\nb\"", "a\nb")]
    [InlineData("team = payments ", "payments")]
    public void Quoted_matcher_values_unescape_as_alertmanager_does(string text, string value) =>
        RouteMatcher.Parse(text).Should().Be(new RouteMatcher("team", "=", value));

    [Fact]
    public void Regex_matchers_follow_re2()
    {
        RouteMatcher.Parse("team=~\"\\pL+\"")!.Matches(new Dictionary<string, string> { ["team"] = "pagos" }).Should().BeTrue("\\pL is RE2's letter class");
        RouteMatcher.Parse("team=~\"(?=p)pagos\"")!.Matches(new Dictionary<string, string> { ["team"] = "pagos" }).Should().BeFalse("look-ahead is not RE2, so Alertmanager refuses the matcher");
    }
}
