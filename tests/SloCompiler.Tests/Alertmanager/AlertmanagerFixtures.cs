using SloCompiler.Model;
using SloCompiler.Tests.Emit;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// A program built by hand (the checker is not needed): a team with two services, one SLO routing its
/// ticket elsewhere, a disabled page, a service without team, receivers of three types, business hours
/// and service-down alerts: one of a single service, one two services share.
/// </summary>
internal static class AlertmanagerFixtures
{
    private static readonly PromDuration Month = PromDuration.FromDays(30);

    public static SloProgram Program()
    {
        var payments = new ServiceModel("payments-api", "payments", null, null, null, Fixtures.None,
        [
            Slo("payments-api", "availability", Tier(AlertTierKind.Page, "pagerduty-payments"), Tier(AlertTierKind.Ticket, "slack-payments", "business-hours")),
            Slo("payments-api", "latency", Tier(AlertTierKind.Page, "pagerduty-payments"), Tier(AlertTierKind.Ticket, "slack-payments", "business-hours")),
            Slo("payments-api", "ledger", Tier(AlertTierKind.Page, "pagerduty-payments", enabled: false), Tier(AlertTierKind.Ticket, "ops-mail")),
        ], ["slo/payments.slo"]);
        var refunds = new ServiceModel("refunds", "payments", null, null, null, [new("tier", "2")],
        [
            Slo("refunds", "availability", Tier(AlertTierKind.Page, "pagerduty-payments"), Tier(AlertTierKind.Ticket, "slack-payments")),
        ], ["slo/payments.slo"]);
        var search = new ServiceModel("search", null, null, null, null, Fixtures.None,
        [
            Slo("search", "latency", Tier(AlertTierKind.Page, "pagerduty-search", severity: "page"), Tier(AlertTierKind.Ticket, "ops-mail")),
        ], ["slo/search.yaml"]);

        return new SloProgram([payments, refunds, search], ["slo/alertmanager.slo", "slo/payments.slo", "slo/search.yaml"])
        {
            Alertmanager = new AlertmanagerModel(
            [
                new ReceiverModel("ops-mail",
                [
                    new(ReceiverKind.Email,
                    [
                        new("auth_password_file", "/etc/alertmanager/secrets/smtp"), new("auth_username", "alerts"),
                        new("from", "alerts@example.com"), new("smarthost", "smtp.example.com:587"), new("to", "ops@example.com"),
                    ]),
                ]),
                new ReceiverModel("pagerduty-payments", [new(ReceiverKind.PagerDuty, [new("routing_key_file", "/etc/alertmanager/secrets/pd-payments")])]),
                new ReceiverModel("pagerduty-search",
                [
                    new(ReceiverKind.PagerDuty,
                        [new("send_resolved", "true"), new("service_key_file", "/etc/alertmanager/secrets/pd-search"), new("severity", "critical")]),
                    new(ReceiverKind.Slack, [new("api_url_file", "/etc/alertmanager/secrets/slack"), new("channel", "#search-critical")]),
                ]),
                new ReceiverModel("slack-payments",
                    [new(ReceiverKind.Slack, [new("api_url_file", "/etc/alertmanager/secrets/slack"), new("channel", "#payments-alerts")])]),
            ],
            [
                new TimeIntervalModel("business-hours", [new WeekdayRange(DayOfWeek.Monday, DayOfWeek.Friday)], [new TimeOfDayRange(540, 1080)], "America/Lima"),
                new TimeIntervalModel("weekend", [new WeekdayRange(DayOfWeek.Saturday, DayOfWeek.Sunday)], [], null),
            ],
            [
                new DownAlertModel("payments-api", "PaymentsApiDown", default),
                new DownAlertModel("refunds", "InstanceDown", default),
                new DownAlertModel("search", "InstanceDown", default),
            ]),
        };
    }

    private static AlertTierModel Tier(AlertTierKind kind, string receiver, string? during = null, bool enabled = true, string? severity = null) =>
        Fixtures.Tier(kind, Month, enabled) with { Receiver = receiver, During = during, Severity = severity ?? (kind == AlertTierKind.Page ? "critical" : "warning") };

    private static SloModel Slo(string service, string name, AlertTierModel page, AlertTierModel ticket) =>
        Fixtures.Slo(service, name, 99.9m, 30,
            new RatioSliModel(new Selector("http_requests_total", [Fixtures.Eq("code", "500")]), null, new Selector("http_requests_total", [])),
            page: page, ticket: ticket);
}
