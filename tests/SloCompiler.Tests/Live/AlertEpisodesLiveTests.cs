using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using SloCompiler.Tests.Cli;

namespace SloCompiler.Tests.Live;

/// <summary>
/// <c>slo backtest</c> and the alert episodes of <c>slo report</c> against the real Prometheus of
/// <see cref="LivePrometheusFixture"/>. Expected minutes come from the counts: checkout scrapes 1,500 requests
/// every 15s, 3 failing, except 80 in each scrape from 12:00:15 to 12:30:00 on the 28th. A window of n scrape
/// intervals of which k fall in the burst has the error ratio (80k + 3(n − k)) / 1500n = (77k + 3n) / 1500n
/// (rate() extrapolates every series alike, so the ratio of rates is the ratio of counts), and Prometheus 2
/// windows include both ends, so at 12:00 + m minutes a window holds k = min(4m, n) burst intervals.
/// </summary>
public sealed class AlertEpisodesLiveTests(LivePrometheusFixture prometheus) : IClassFixture<LivePrometheusFixture>
{
    private static readonly DateTimeOffset Day28End = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Backtest_finds_the_page_and_tickets_of_the_burst_at_the_minutes_the_counts_give()
    {
        var run = At(Day28End, "backtest", "slo", "--range", "1d", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error + prometheus.ServerLog);
        var report = JsonDocument.Parse(run.Out).RootElement;
        var slos = report.GetProperty("slos").EnumerateArray().ToDictionary(s => s.GetProperty("service").GetString() + "/" + s.GetProperty("slo").GetString());

        // availability-strict (budget 0.5%), page pair 12m/1m at 6×: the 12m window (n = 48) must exceed 3%:
        // 77k + 144 > 2160 → k ≥ 27 → first minute step 12:07 (k = 28; 12:06 has k = 24). It stops at the first
        // step whose 1m window (n = 4) is at or under 3%: 12:31 holds no burst interval (0.2%); 12:30 holds 4.
        Episodes(slos["checkout/availability-strict"], "page").Should().Equal(("2026-11-28T12:07:00Z", "2026-11-28T12:31:00Z", 1440.0));

        // its ticket pair 2h24m/12m at 1×: the 2h24m window (n = 576) must exceed 0.5%: 77k + 1728 > 4320 → k ≥ 34
        // → 12:09 (k = 36; 12:08 has 32). After the burst the 12m window at 12:30 + m holds 48 − 4m burst intervals
        // and is over 0.5% while 77k + 144 > 360 → k ≥ 3: 12:41 holds 4, 12:42 none.
        Episodes(slos["checkout/availability-strict"], "ticket").Should().Equal(("2026-11-28T12:09:00Z", "2026-11-28T12:42:00Z", 1980.0));

        // availability (budget 1%): never 6× (6% > 5.33%), so no page; its ticket pair 2h24m/12m at 1× needs
        // 77k + 1728 > 8640 → k ≥ 90 → 12:23 (k = 92; 12:22 has 88); 12m over 1%: 77k + 144 > 720 → k ≥ 8: 12:40 holds 8, 12:41 holds 4.
        Episodes(slos["checkout/availability"], "page").Should().BeEmpty();
        Episodes(slos["checkout/availability"], "ticket").Should().Equal(("2026-11-28T12:23:00Z", "2026-11-28T12:41:00Z", 1080.0));

        // The same episodes the deployed rules wrote into ALERTS (the fixture's history).
        foreach (var (_, tier, slo, from, resolved) in LivePrometheusFixture.FiredAlerts)
        {
            Episodes(slos["checkout/" + slo], tier).Should().ContainSingle().Which.Should().Be((Iso(from), Iso(resolved), (resolved - from).TotalSeconds));
        }

        // search fails 1% against a 0.5% budget all day: 2× > 1×, ticket from the first step with two samples in
        // its windows (00:01) and still firing at the range's end; its totals say so.
        var search = slos["search/availability"];
        Episodes(search, "ticket").Should().Equal(("2026-11-28T00:01:00Z", null, 86340.0));
        search.GetProperty("ticket").GetProperty("count").GetInt32().Should().Be(1);
        search.GetProperty("page").GetProperty("firingSeconds").GetDouble().Should().Be(0);

        // One range query per tier and SLO: 1,441 one-minute steps fit in one query.
        report.GetProperty("queries").GetInt32().Should().Be(6);
    }

    [Fact]
    public void Healthy_slos_report_no_episode()
    {
        // 06:00 to 12:00 on the 28th: 0.2% errors burn 0.2× (availability) and 0.4× (strict), under every factor.
        var run = At(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero), "backtest", "slo", "--service", "checkout", "--range", "6h");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("No page or ticket would have fired.\n\nTotals\n");
        run.Out.Should().Contain("checkout  availability         0      0s         0        0s\n");
        run.Out.Should().Contain("checkout  availability-strict  0      0s         0        0s\n");
        run.Out.Should().EndWith("2 SLOs replayed from 2026-11-28T06:00:00Z to 2026-11-28T12:00:00Z every 1m against "
            + prometheus.Url + " in 4 queries\n");
    }

    [Fact]
    public void A_page_with_for_fires_once_its_condition_held_that_long()
    {
        // The strict SLO again, with its page held 5m: pending from 12:07, firing from 12:12, resolved at 12:31.
        Directory.CreateDirectory(Path.Combine(prometheus.Folder, "held"));
        File.WriteAllText(Path.Combine(prometheus.Folder, "held/held.slo"), """
            service checkout {
              slo held {
                objective 99.5% over 1d
                alerting { page for=5m }
                ratio {
                  bad   http_requests_total{job="checkout", code=~"5.."}
                  total http_requests_total{job="checkout"}
                }
              }
            }
            """);

        var run = At(Day28End, "backtest", "held", "--range", "1d", "--format", "markdown");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("| checkout | held | page | 2026-11-28T12:12:00Z | 2026-11-28T12:31:00Z | 19m |\n");
        run.Out.Should().Contain("| checkout | held | 1 | 19m | 1 | 33m |\n");
    }

    [Fact]
    public void Long_ranges_are_split_into_queries_of_at_most_11000_points_on_one_grid()
    {
        // 2d every 15s is 11,521 steps: two queries per tier, the first ending 10,999 steps after the start at
        // 12:15:00 on the 28th, inside the page episode, which comes back whole. At 15s the 12m window holds
        // k = 27 burst intervals at 12:06:45; the 1m window is over 3% until it holds fewer than 3 (12:30:30).
        var end = new DateTimeOffset(2026, 11, 28, 12, 15, 0, TimeSpan.Zero) + (TimeSpan.FromSeconds(15) * 521);
        var run = At(end, "backtest", "slo", "--service", "checkout", "--slo", "availability-strict", "--range", "2d", "--step", "15s", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var report = JsonDocument.Parse(run.Out).RootElement;
        report.GetProperty("queries").GetInt32().Should().Be(4);
        var slo = report.GetProperty("slos")[0];
        Episodes(slo, "page").Should().Equal(("2026-11-28T12:06:45Z", "2026-11-28T12:30:30Z", 1425.0));
        Episodes(slo, "ticket").Should().Equal(("2026-11-28T12:08:30Z", "2026-11-28T12:41:30Z", 1980.0));
    }

    [Fact]
    public void Bad_range_or_step_is_a_usage_error_and_an_unreachable_server_exit_2()
    {
        var range = At(Day28End, "backtest", "slo", "--range", "a month");
        range.ExitCode.Should().Be(2);
        range.Error.Should().Contain("'a month' is not a valid --range");

        At(Day28End, "backtest", "slo", "--range", "1h", "--step", "2h").ExitCode.Should().Be(2);

        var unreachable = CliRun.Of(prometheus.Folder, "backtest", "slo", "--prometheus",
            $"http://127.0.0.1:{Support.PrometheusServer.FreePort()}", "--timeout", "5s");
        unreachable.ExitCode.Should().Be(2);
        unreachable.Error.Should().StartWith("error SLO700: cannot reach http://127.0.0.1:");
    }

    [Fact]
    public void Report_says_when_pages_and_tickets_fired_from_alerts_for_deployed_slos()
    {
        var run = prometheus.Slo("report", "slo", "--month", "2026-11", "--service", "checkout");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("### Alerts\n\nPages: 1 (24m in total). Tickets: 1 (33m in total). From the ALERTS history of the deployed rules.\n\n"
            + "| alert | start | end | duration |\n|---|---|---|---|\n"
            + "| page | 2026-11-28 12:07 UTC | 2026-11-28 12:31 UTC | 24m |\n"
            + "| ticket | 2026-11-28 12:09 UTC | 2026-11-28 12:42 UTC | 33m |\n");
        run.Out.Should().Contain("Pages: none. Tickets: 1 (18m in total). From the ALERTS history of the deployed rules.\n\n"
            + "| alert | start | end | duration |\n|---|---|---|---|\n| ticket | 2026-11-28 12:23 UTC | 2026-11-28 12:41 UTC | 18m |\n");
    }

    [Fact]
    public void Report_replays_the_alerts_of_slos_whose_rules_are_not_deployed_in_spanish()
    {
        // search has no recorded series: its ticket is replayed from its raw counts over the month up to --time
        // (the end of the data, 30 November 00:00), where it still fires.
        var run = prometheus.Slo("report", "slo", "--month", "2026-11", "--service", "search", "--lang", "es");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("### Alertas\n\nAvisos urgentes (page): ninguno. Tickets: 1 (1d23h59m en total). "
            + "Reconstruido a partir de las series del SLI: las reglas no estaban desplegadas.\n\n"
            + "| alerta | inicio | fin | duración |\n|---|---|---|---|\n| ticket | 2026-11-28 00:01 UTC | sigue activa | 1d23h59m |\n");
    }

    /// <summary>Each episode of one tier as (start, end or null, seconds).</summary>
    private static List<(string, string?, double)> Episodes(JsonElement slo, string tier) =>
        slo.GetProperty("episodes").EnumerateArray()
            .Where(e => e.GetProperty("alert").GetString() == tier)
            .Select(e => (e.GetProperty("start").GetString()!, e.GetProperty("end").GetString(), e.GetProperty("durationSeconds").GetDouble()))
            .ToList();

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>slo with the fixture's server and credentials, evaluated at <paramref name="time"/>.</summary>
    private CliRun At(DateTimeOffset time, params string[] args) => CliRun.Of(prometheus.Folder,
        [.. args, "--prometheus", prometheus.Url, "--basic-auth-user", LivePrometheusFixture.User,
            "--basic-auth-password-file", prometheus.PasswordFile, "--time", time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)]);
}
