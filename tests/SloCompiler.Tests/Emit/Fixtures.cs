using SloCompiler.Model;

namespace SloCompiler.Tests.Emit;

/// <summary>Models built directly, independent of the parser and checker.</summary>
internal static class Fixtures
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> None = [];

    public static LabelMatcher Eq(string name, string value) => new(name, MatchOperator.Equal, value);

    public static LabelMatcher Re(string name, string value) => new(name, MatchOperator.RegexMatch, value);

    public static LabelMatcher NotRe(string name, string value) => new(name, MatchOperator.RegexNoMatch, value);

    public static AlertTierModel Tier(AlertTierKind kind, PromDuration period, bool enabled = true, PromDuration? forDuration = null) =>
        new(kind, enabled, kind == AlertTierKind.Page ? "critical" : "warning", forDuration, null, null, None, None,
            kind == AlertTierKind.Page ? MultiWindowPolicy.PageWindows(period) : MultiWindowPolicy.TicketWindows(period));

    public static SloModel Slo(
        string service, string name, decimal objective, int days, SliModel sli,
        IReadOnlyList<string>? groupBy = null, IReadOnlyList<KeyValuePair<string, string>>? labels = null,
        AlertTierModel? page = null, AlertTierModel? ticket = null, PromDuration? evaluation = null)
    {
        var period = PromDuration.FromDays(days);
        return new SloModel(service, name, null, objective, period, evaluation ?? PromDuration.FromMinutes(1), sli,
            groupBy ?? [], labels ?? None,
            page ?? Tier(AlertTierKind.Page, period), ticket ?? Tier(AlertTierKind.Ticket, period));
    }

    public static ServiceModel Service(string name, SloModel slo, string? team = null, string? runbook = null,
        IReadOnlyList<KeyValuePair<string, string>>? labels = null) =>
        new(name, team, null, null, runbook, labels ?? None, [slo], [$"slos/{name}.slo.yml", $"slos/{name}.common.yml"]);

    /// <summary>30d 99.9% requests without 5xx, evaluated every 30s (the default); team, runbook, labels, ticket <c>for</c>.</summary>
    public static ServiceModel Checkout() => Service(
        "checkout",
        Slo("checkout", "availability", 99.9m, 30,
            new RatioSliModel(
                new Selector("http_requests_total", [Eq("job", "checkout"), Re("code", "5..")]),
                null,
                new Selector("http_requests_total", [Eq("job", "checkout")])),
            labels: [new("tier", "1")],
            evaluation: PromDuration.FromSeconds(30),
            ticket: Tier(AlertTierKind.Ticket, PromDuration.FromDays(30), forDuration: PromDuration.FromMinutes(5))),
        team: "payments",
        runbook: "https://runbooks.example.com/{service}/{slo}",
        labels: [new("env", "prod")]);

    /// <summary>28d 99% of requests under 300ms, per route.</summary>
    public static ServiceModel Search() => Service(
        "search",
        Slo("search", "latency", 99m, 28,
            new LatencySliModel(
                new Selector("http_request_duration_seconds", [Eq("job", "search"), NotRe("route", "/health.*")]),
                0.3m, ["0.3", "0.30"], [0.1m, 0.3m, 1m]),
            groupBy: ["route"]));

    /// <summary>7d 99.95% of time up.</summary>
    public static ServiceModel Gateway() => Service(
        "gateway",
        Slo("gateway", "uptime", 99.95m, 7, new UptimeSliModel(new Selector("up", [Eq("job", "gateway")]))));

    /// <summary>A raw error-ratio expression at 99.999%.</summary>
    public static ServiceModel Ledger() => Service(
        "ledger",
        Slo("ledger", "writes", 99.999m, 30, new RawSliModel(
            "sum(rate(ledger_write_errors_total[{window}])) / sum(rate(ledger_writes_total[{window}]))")),
        team: "core");

    /// <summary>A raw SLI written as 1 - good / (good + bad), the shape of the seeds' cache hit rates.</summary>
    public static ServiceModel Cache() => Service(
        "cache",
        Slo("cache", "hits", 99m, 7, new RawSliModel(
            "1 - sum(rate(cache_hits_total{job=\"cache\"}[{window}])) / (sum(rate(cache_hits_total{job=\"cache\"}[{window}])) + sum(rate(cache_misses_total{job=\"cache\"}[{window}])))")));

    /// <summary>99.5% good/total on different metrics; <paramref name="page"/> false disables paging.</summary>
    public static ServiceModel Queue(bool page = true) => Service(
        "queue",
        Slo("queue", "processing", 99.5m, 30,
            new RatioSliModel(
                null,
                new Selector("jobs_succeeded_total", [Eq("queue", "orders")]),
                new Selector("jobs_processed_total", [Eq("queue", "orders")])),
            page: Tier(AlertTierKind.Page, PromDuration.FromDays(30), enabled: page)));

    public static IEnumerable<object[]> All() =>
        new[] { "checkout", "search", "gateway", "ledger", "cache", "queue" }.Select(n => new object[] { n });

    public static ServiceModel ByName(string name) => name switch
    {
        "checkout" => Checkout(),
        "search" => Search(),
        "gateway" => Gateway(),
        "ledger" => Ledger(),
        "cache" => Cache(),
        _ => Queue(),
    };
}
