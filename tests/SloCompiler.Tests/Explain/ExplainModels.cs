using SloCompiler.Model;

namespace SloCompiler.Tests.Explain;

/// <summary>Hand-built models: the explainer is tested without the parser and checker.</summary>
internal static class ExplainModels
{
    private static readonly Selector Requests = new("http_requests_total", [new LabelMatcher("job", MatchOperator.Equal, "payments-api")]);

    public static SloProgram Program(params ServiceModel[] services) => new(services, ["payments.slo"]);

    public static ServiceModel Service(string? team, params SloModel[] slos) =>
        new("payments-api", team, null, null, null, [], slos, ["payments.slo"]);

    public static SloModel Ratio() => Slo(
        "availability",
        99.9m,
        30,
        new RatioSliModel(Requests with { Matchers = [.. Requests.Matchers, new LabelMatcher("code", MatchOperator.RegexMatch, "5..")] }, null, Requests));

    /// <summary>The seeds' "p95 &lt; 800ms over 7d" sugar: 95% faster than 0.8 s, grouped per route.</summary>
    public static SloModel LatencyP95() => Slo(
        "latency-p95",
        95m,
        7,
        new LatencySliModel(new Selector("http_request_duration_seconds", []), 0.8m, ["0.8"], []),
        groupBy: ["route"],
        pageReceiver: "pagerduty-payments",
        ticketReceiver: "slack-payments",
        ticketDuring: "business-hours");

    public static SloModel Uptime() => Slo(
        "uptime", 99.99m, 30, new UptimeSliModel(new Selector("up", [new LabelMatcher("job", MatchOperator.Equal, "payments-api")])));

    public static SloModel PageOff() => Slo(
        "ledger",
        99.5m,
        28,
        new RawSliModel("sum(rate(ledger_errors_total[{window}])) / sum(rate(ledger_ops_total[{window}]))"),
        pageEnabled: false,
        ticketReceiver: "ledger-team");

    public static SloModel Slo(
        string name,
        decimal objective,
        int periodDays,
        SliModel sli,
        IReadOnlyList<string>? groupBy = null,
        bool pageEnabled = true,
        string? pageReceiver = null,
        string? ticketReceiver = null,
        string? ticketDuring = null)
    {
        var period = PromDuration.FromDays(periodDays);
        return new SloModel(
            "payments-api",
            name,
            null,
            objective,
            period,
            PromDuration.FromSeconds(30),
            sli,
            groupBy ?? [],
            [],
            Tier(AlertTierKind.Page, pageEnabled, "critical", pageReceiver, null, MultiWindowPolicy.PageWindows(period)),
            Tier(AlertTierKind.Ticket, true, "warning", ticketReceiver, ticketDuring, MultiWindowPolicy.TicketWindows(period)));
    }

    private static AlertTierModel Tier(
        AlertTierKind kind, bool enabled, string severity, string? receiver, string? during, IReadOnlyList<BurnWindow> windows) =>
        new(kind, enabled, severity, null, receiver, during, [], [], windows);
}
