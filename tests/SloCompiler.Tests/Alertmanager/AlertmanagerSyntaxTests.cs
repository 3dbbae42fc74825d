using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>Receivers, time intervals and down alerts in the DSL and the YAML form: one tree, printed back the same.</summary>
public sealed class AlertmanagerSyntaxTests
{
    internal const string Dsl = """
        receivers {
          pagerduty-payments pagerduty routing_key_file="/etc/alertmanager/secrets/pd-payments"
          slack-payments     slack channel="#payments-alerts" api_url_file="/etc/alertmanager/secrets/slack"
          ops-mail           email to="ops@example.com" from=alerts@example.com smarthost=smtp.example.com:587 auth_password_file="/etc/alertmanager/secrets/smtp"
        }
        time business-hours weekdays mon..fri 09:00-18:00 America/Lima
        time split-day weekdays mon, wed..thu 08:00-12:00, 13:00-17:00
        service payments-api {
          team payments
          down_alert PaymentsApiDown
          alerting { page receiver=pagerduty-payments ticket receiver=slack-payments during=business-hours }
        }
        """;

    internal const string Yaml = """
        apiVersion: slocompiler.dev/v1
        kind: Receivers
        spec:
          receivers:
            - name: pagerduty-payments
              type: pagerduty
              routing_key_file: /etc/alertmanager/secrets/pd-payments
            - { name: slack-payments, type: slack, channel: "#payments-alerts", api_url_file: /etc/alertmanager/secrets/slack }
            - name: ops-mail
              type: email
              to: ops@example.com
              from: alerts@example.com
              smarthost: smtp.example.com:587
              auth_password_file: /etc/alertmanager/secrets/smtp
        ---
        apiVersion: slocompiler.dev/v1
        kind: TimeInterval
        metadata: { name: business-hours }
        spec: { weekdays: [mon..fri], times: [09:00-18:00], location: America/Lima }
        ---
        apiVersion: slocompiler.dev/v1
        kind: TimeInterval
        metadata: { name: split-day }
        spec: { weekdays: [mon, wed..thu], times: [08:00-12:00, 13:00-17:00] }
        ---
        apiVersion: slocompiler.dev/v1
        kind: Service
        metadata: { name: payments-api, team: payments }
        spec:
          downAlert: PaymentsApiDown
          alerting:
            page: { receiver: pagerduty-payments }
            ticket: { receiver: slack-payments, during: business-hours }
        """;

    [Fact]
    public void The_dsl_reads_receivers_time_intervals_and_the_down_alert()
    {
        var document = ParseDsl(Dsl);

        document.Receivers.Select(r => (r.Name.Value, r.Integrations.Single().Type.Value)).Should().Equal(
            ("pagerduty-payments", "pagerduty"), ("slack-payments", "slack"), ("ops-mail", "email"));
        document.Receivers[1].Integrations[0].Settings.Select(s => (s.Key.Value, s.Value.Value)).Should().Equal(
            ("channel", "#payments-alerts"), ("api_url_file", "/etc/alertmanager/secrets/slack"));
        document.Receivers[2].Integrations[0].Settings.Select(s => s.Key.Value).Should().Equal("to", "from", "smarthost", "auth_password_file");

        var hours = document.TimeIntervals[0];
        (hours.Name.Value, hours.Location?.Value).Should().Be(("business-hours", "America/Lima"));
        hours.Weekdays.Select(d => d.Value).Should().Equal("mon..fri");
        hours.Times.Select(t => t.Value).Should().Equal("09:00-18:00");
        document.TimeIntervals[1].Weekdays.Select(d => d.Value).Should().Equal("mon", "wed..thu");
        document.TimeIntervals[1].Times.Select(t => t.Value).Should().Equal("08:00-12:00", "13:00-17:00");
        document.TimeIntervals[1].Location.Should().BeNull();

        document.Services.Single().DownAlert?.Value.Should().Be("PaymentsApiDown");
    }

    [Fact]
    public void Spans_point_at_the_written_text()
    {
        var document = ParseDsl(Dsl);

        Text(document.Receivers[0].Integrations[0].Settings[0].Value.Span).Should().Be("\"/etc/alertmanager/secrets/pd-payments\"");
        Text(document.TimeIntervals[0].Location!.Value.Span).Should().Be("America/Lima");
        Text(document.TimeIntervals[0].Span).Should().Be("time business-hours weekdays mon..fri 09:00-18:00 America/Lima");
        Text(document.Services[0].DownAlert!.Value.Span).Should().Be("PaymentsApiDown");
    }

    [Fact]
    public void Printing_is_canonical_and_reads_back_the_same()
    {
        var printed = SyntaxPrinter.Print(ParseDsl(Dsl));

        printed.Should().StartWith("""
            receivers {
              pagerduty-payments pagerduty routing_key_file=/etc/alertmanager/secrets/pd-payments
              slack-payments slack channel="#payments-alerts" api_url_file=/etc/alertmanager/secrets/slack
            """.ReplaceLineEndings("\n"));
        printed.Should().Contain("\ntime business-hours weekdays mon..fri 09:00-18:00 America/Lima\n");
        printed.Should().Contain("\ntime split-day weekdays mon, wed..thu 08:00-12:00, 13:00-17:00\n");
        printed.Should().Contain("\n  down_alert PaymentsApiDown\n");
        SyntaxPrinter.Print(ParseDsl(printed)).Should().Be(printed);
    }

    [Fact]
    public void The_yaml_form_gives_the_same_tree_as_the_dsl()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = YamlSloReader.Read(new SourceFile("alertmanager.yaml", Yaml), diagnostics)!;

        diagnostics.Items.Should().BeEmpty();
        SyntaxPrinter.Print(yaml).Should().Be(SyntaxPrinter.Print(ParseDsl(Dsl)));
    }

    [Fact]
    public void A_receiver_can_notify_several_ways_in_both_front_ends()
    {
        const string dsl = """
            receivers {
              gad-critical email to="noc@example.gob" from=alerts@example.gob smarthost=smtp.example.gob:587 + slack channel="#gad-critical" api_url_file=/run/secrets/slack
            }
            """;
        const string yaml = """
            apiVersion: slocompiler.dev/v1
            kind: Receivers
            spec:
              receivers:
                - name: gad-critical
                  integrations:
                    - { type: email, to: noc@example.gob, from: alerts@example.gob, smarthost: "smtp.example.gob:587" }
                    - { type: slack, channel: "#gad-critical", api_url_file: /run/secrets/slack }
            """;
        var document = ParseDsl(dsl);
        var diagnostics = new DiagnosticBag();
        var fromYaml = YamlSloReader.Read(new SourceFile("r.yaml", yaml), diagnostics)!;

        document.Receivers.Single().Integrations.Select(i => (i.Type.Value, i.Settings.Count)).Should().Equal(("email", 3), ("slack", 2));
        diagnostics.Items.Should().BeEmpty();
        var printed = SyntaxPrinter.Print(document);
        printed.Should().Contain(" smarthost=smtp.example.gob:587 + slack channel=");
        SyntaxPrinter.Print(fromYaml).Should().Be(printed);
        SyntaxPrinter.Print(ParseDsl(printed)).Should().Be(printed);
    }

    [Fact]
    public void A_time_line_ends_at_the_next_block()
    {
        var document = ParseDsl("time always\nservice a { }\ntime utc-nights 00:00-06:00 UTC\n");

        document.TimeIntervals.Select(t => (t.Name.Value, t.Location?.Value, t.Times.Count)).Should().Equal(("always", null, 0), ("utc-nights", "UTC", 1));
        document.Services.Should().ContainSingle();
    }

    [Fact]
    public void A_receiver_setting_without_a_value_is_a_syntax_error()
    {
        var diagnostics = new DiagnosticBag();
        DslParser.Parse(new SourceFile("a.slo", "receivers {\n  pd pagerduty routing_key_file=\n}\n"), diagnostics);

        diagnostics.Sorted().Select(DiagnosticFormatter.Headline).Should().Equal(
            "a.slo(3,1): error SLO001: unexpected '}'; expected a word or a \"string\"");
    }

    [Fact]
    public void Yaml_receivers_need_a_name_and_a_type()
    {
        var diagnostics = new DiagnosticBag();
        YamlSloReader.Read(new SourceFile("r.yaml", "apiVersion: slocompiler.dev/v1\nkind: Receivers\nspec:\n  receivers:\n    - { name: pd }\n"), diagnostics);

        diagnostics.Sorted().Select(DiagnosticFormatter.Headline).Should().Equal(
            "r.yaml(5,7): error SLO008: spec.receivers[0] needs 'type'");
    }

    internal static SloDocumentSyntax ParseDsl(string text, string path = "alertmanager.slo")
    {
        var diagnostics = new DiagnosticBag();
        var document = DslParser.Parse(new SourceFile(path, text), diagnostics);
        diagnostics.Items.Should().BeEmpty();
        return document;
    }

    private static string Text(SourceSpan span) => span.File.Text.Substring(span.Start, span.Length);
}
