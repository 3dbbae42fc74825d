using SloCompiler.Checking;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Tests.Emit;
using SloCompiler.Text;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>SLO170–SLO189 with their exact text, and the model a clean source resolves to.</summary>
public sealed class AlertmanagerCheckerTests
{
    private const string Receivers = """
        receivers {
          pd pagerduty routing_key_file="/etc/alertmanager/secrets/pd"
          chat slack api_url_file="/etc/alertmanager/secrets/slack" channel="#ops"
        }

        """;

    [Fact]
    public void A_clean_source_resolves_to_the_model()
    {
        var documents = new[] { AlertmanagerSyntaxTests.ParseDsl(AlertmanagerSyntaxTests.Dsl) };
        var (model, diagnostics) = Check(documents, Service("payments-api", "pagerduty-payments", "slack-payments", "business-hours"));

        diagnostics.Should().BeEmpty();
        model.Receivers.Select(r => (r.Name, r.Integrations.Single().Kind)).Should().Equal(
            ("ops-mail", ReceiverKind.Email), ("pagerduty-payments", ReceiverKind.PagerDuty), ("slack-payments", ReceiverKind.Slack));
        model.Receivers[2].Integrations[0].Settings.Select(s => (s.Key, s.Value)).Should().Equal(
            ("api_url_file", "/etc/alertmanager/secrets/slack"), ("channel", "#payments-alerts"));
        model.TimeIntervals[0].Should().BeEquivalentTo(new TimeIntervalModel(
            "business-hours", [new WeekdayRange(DayOfWeek.Monday, DayOfWeek.Friday)], [new TimeOfDayRange(540, 1080)], "America/Lima"));
        model.TimeIntervals[1].Weekdays.Should().Equal(new WeekdayRange(DayOfWeek.Monday, DayOfWeek.Monday), new WeekdayRange(DayOfWeek.Wednesday, DayOfWeek.Thursday));
        model.DownAlerts.Select(d => (d.Service, d.AlertName)).Should().Equal(("payments-api", "PaymentsApiDown"));
        var span = model.DownAlerts[0].Span;
        span.File.Text.Substring(span.Start, span.Length).Should().Be("PaymentsApiDown", "diagnostics about the down alert point at its name");
    }

    [Fact]
    public void An_inline_routing_key_in_the_dsl_is_an_error_that_names_the_file_key()
    {
        var headlines = CheckDsl("receivers {\n  pd pagerduty routing_key=\"0123abcd\"\n}\n");

        headlines.Should().Equal(
            "a.slo(2,16): error SLO173: receiver 'pd': 'routing_key' is a secret and must not be written in an SLO source, which is committed and copied into generated files; store it in a file on the Alertmanager host and write routing_key_file=\"/etc/alertmanager/secrets/…\" instead");
    }

    [Fact]
    public void A_slack_webhook_url_in_yaml_is_an_error_wherever_it_is_written()
    {
        const string yaml = """
            apiVersion: slocompiler.dev/v1
            kind: Receivers
            spec:
              receivers:
                - name: chat
                  type: slack
                  api_url: https://hooks.slack.com/services/T000/B000/XXXXXXXX
                  channel: "https://hooks.slack.com/services/T000/B000/XXXXXXXX"
            """;
        var diagnostics = new DiagnosticBag();
        var document = YamlSloReader.Read(new SourceFile("r.yaml", yaml), diagnostics)!;
        AlertmanagerChecker.Check([document], [], diagnostics);

        diagnostics.Sorted().Select(DiagnosticFormatter.Headline).Should().Equal(
            "r.yaml(7,7): error SLO173: receiver 'chat': 'api_url' is a secret and must not be written in an SLO source, which is committed and copied into generated files; store it in a file on the Alertmanager host and write api_url_file=\"/etc/alertmanager/secrets/…\" instead",
            "r.yaml(8,16): error SLO173: receiver 'chat': the value of 'channel' (it looks like a Slack webhook URL) is a secret and must not be written in an SLO source, which is committed and copied into generated files; store it in a file on the Alertmanager host and write api_url_file=\"/etc/alertmanager/secrets/…\" instead");
    }

    [Fact]
    public void Each_integration_of_a_receiver_is_checked_on_its_own()
    {
        var headlines = CheckDsl("receivers {\n  both pagerduty routing_key_file=/run/pd + slack channel=\"#x\" api_url=\"https://example.com/a?token=1\"\n}\n");

        headlines.Should().Equal(
            "a.slo(2,64): error SLO173: receiver 'both': 'api_url' is a secret and must not be written in an SLO source, which is committed and copied into generated files; store it in a file on the Alertmanager host and write api_url_file=\"/etc/alertmanager/secrets/…\" instead");
    }

    [Fact]
    public void A_tier_naming_an_undeclared_receiver_is_an_error()
    {
        var headlines = CheckDsl(Receivers + "service api { alerting { page receiver=pager ticket receiver=chat } }\n", Service("api", "pager", "chat"));

        headlines.Should().Equal("a.slo(5,40): error SLO176: receiver 'pager' is not declared in any 'receivers' block; declared receivers: chat, pd");
    }

    [Fact]
    public void An_enabled_tier_without_receiver_is_an_error_once_receivers_are_declared()
    {
        var headlines = CheckDsl(Receivers + "service api { alerting { page receiver=pd } }\n", Service("api", "pd", null));

        headlines.Should().Equal(
            "a.slo(5,9): error SLO177: the ticket alerts of service 'api' name no receiver; receivers are declared, so every enabled tier needs 'receiver=' (the generated default receiver notifies nobody)");
    }

    [Fact]
    public void Without_any_declaration_tiers_are_not_checked_and_nothing_is_modelled()
    {
        var headlines = CheckDsl("service api { alerting { page receiver=pager during=hours } }\n", Service("api", "pager", null));

        headlines.Should().BeEmpty();
    }

    [Fact]
    public void Bad_weekdays_times_and_locations_are_reported_where_written()
    {
        var headlines = CheckDsl("time t weekdays fri..mon, funday 18:00-09:00, 9:00-10:00, 00:00-24:00 Lima\ntime u\n");

        headlines.Should().Equal(
            "a.slo(1,17): error SLO180: 'fri..mon' is not a weekday or a range of weekdays; write e.g. mon..fri, sat or monday..friday (monday first)",
            "a.slo(1,27): error SLO180: 'funday' is not a weekday or a range of weekdays; write e.g. mon..fri, sat or monday..friday (monday first)",
            "a.slo(1,34): error SLO181: '18:00-09:00' is not a time range; write HH:MM-HH:MM with the start before the end, e.g. 09:00-18:00 (24:00 may end a range)",
            "a.slo(1,47): error SLO181: '9:00-10:00' is not a time range; write HH:MM-HH:MM with the start before the end, e.g. 09:00-18:00 (24:00 may end a range)",
            "a.slo(1,71): error SLO182: 'Lima' is not an IANA time zone name; write e.g. America/Lima, Europe/Berlin or UTC",
            "a.slo(2,6): warning SLO187: time interval 'u' names no weekdays and no times, so it is always active; add e.g. 'weekdays mon..fri 09:00-18:00'");
    }

    [Fact]
    public void A_tier_during_an_undeclared_interval_is_an_error()
    {
        var headlines = CheckDsl(Receivers + "time hours 09:00-17:00\nservice api { alerting { page receiver=pd during=nights ticket off } }\n", Service("api", "pd", null, enabledTicket: false));

        headlines.Should().Equal("a.slo(6,50): error SLO178: time interval 'nights' is not declared; declared time intervals: hours");
    }

    [Fact]
    public void Receiver_declarations_are_checked()
    {
        var headlines = CheckDsl("""
            receivers {
              pd pagerduty routing_key_file=secrets/pd
              pd slack api_url_file="/s" channel=x
              hook webhook url_file="/etc/alertmanager/secrets/hook"
              mail email to=ops@example.com
              slo-default pagerduty routing_key_file="/x"
              fax fax number=1
              chat slack api_url_file="/s" channel=x colour=red send_resolved=maybe
            }
            """);

        headlines.Should().Equal(
            "a.slo(2,33): error SLO175: 'routing_key_file' of receiver 'pd' must be an absolute path such as /etc/alertmanager/secrets/pd; 'secrets/pd' would depend on where Alertmanager runs",
            "a.slo(3,3): error SLO170: receiver 'pd' is already declared at a.slo(2,3); receiver names are unique across all files",
            "a.slo(5,3): error SLO174: receiver 'mail' of type email needs 'from'",
            "a.slo(5,3): error SLO174: receiver 'mail' of type email needs 'smarthost' (host:port)",
            "a.slo(6,3): error SLO185: 'slo-default' is the generated default receiver, which notifies nobody; choose another name",
            "a.slo(7,7): error SLO171: receiver 'fax' has unknown type 'fax'; expected one of: pagerduty, slack, email, opsgenie, msteams, webhook",
            "a.slo(8,42): error SLO172: 'colour' is not a setting of a slack receiver; expected one of: api_url_file, channel, send_resolved, title, text",
            "a.slo(8,67): error SLO186: 'send_resolved' of receiver 'chat' must be true or false");
    }

    private static List<string> CheckDsl(string text, params ServiceModel[] services)
    {
        var diagnostics = new DiagnosticBag();
        var document = DslParser.Parse(new SourceFile("a.slo", text), diagnostics);
        diagnostics.Items.Should().BeEmpty("the case text should parse");
        AlertmanagerChecker.Check([document], services, diagnostics);
        return diagnostics.Sorted().Select(DiagnosticFormatter.Headline).ToList();
    }

    private static (AlertmanagerModel Model, IReadOnlyList<Diagnostic> Diagnostics) Check(IReadOnlyList<SloDocumentSyntax> documents, params ServiceModel[] services)
    {
        var diagnostics = new DiagnosticBag();
        var model = AlertmanagerChecker.Check(documents, services, diagnostics);
        return (model, diagnostics.Sorted());
    }

    private static ServiceModel Service(string name, string? page, string? ticket, string? during = null, bool enabledTicket = true)
    {
        var month = PromDuration.FromDays(30);
        var slo = Fixtures.Slo(name, "availability", 99.9m, 30, new UptimeSliModel(new Selector("up", [])),
            page: Fixtures.Tier(AlertTierKind.Page, month) with { Receiver = page },
            ticket: Fixtures.Tier(AlertTierKind.Ticket, month, enabledTicket) with { Receiver = ticket, During = during });
        return Fixtures.Service(name, slo);
    }
}
