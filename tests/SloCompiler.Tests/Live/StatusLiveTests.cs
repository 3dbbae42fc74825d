using System.Text.Json;
using FluentAssertions;
using SloCompiler.Tests.Cli;

namespace SloCompiler.Tests.Live;

/// <summary>
/// <c>slo status</c> against a real Prometheus 2.42 (basic auth, route prefix). Expected numbers come from
/// the fixture's counts: checkout fails 0.2% for 23 hours and 5% for the last hour, search 1% throughout.
/// </summary>
public sealed class StatusLiveTests(LivePrometheusFixture prometheus) : IClassFixture<LivePrometheusFixture>
{
    [Fact]
    public void Status_reads_recorded_series_of_deployed_slos_and_raw_sli_of_the_rest()
    {
        var run = prometheus.Slo("status", "slo", "--format", "json", "--fail-on", "none");

        run.ExitCode.Should().Be(0, run.Error + prometheus.ServerLog);
        var slos = JsonDocument.Parse(run.Out).RootElement.GetProperty("slos").EnumerateArray()
            .ToDictionary(s => s.GetProperty("service").GetString() + "/" + s.GetProperty("slo").GetString());

        // checkout over the 1d period: (23h × 0.2% + 1h × 5%) / 24h = 0.4% errors.
        var checkout = slos["checkout/availability"];
        checkout.GetProperty("source").GetString().Should().Be("recorded");
        checkout.GetProperty("sli").GetDouble().Should().BeApproximately(0.996, 0.0001);
        checkout.GetProperty("budgetLeft").GetDouble().Should().BeApproximately(0.6, 0.01); // 1 - 0.004 / 0.01
        // 60% of a 1% budget over a day is 0.6 × 864s of full outage.
        checkout.GetProperty("budgetLeftOutageSeconds").GetDouble().Should().BeApproximately(518.4, 9);
        checkout.GetProperty("verdict").GetString().Should().Be("healthy");
        var burns = checkout.GetProperty("burnRates").EnumerateArray().ToList();
        // every window inside the last hour burns 5% / 1% = 5×; the ticket's 2h24m window mixes both: (1h × 5% + 1h24m × 0.2%) / 2h24m / 1%.
        burns.Where(b => b.GetProperty("window").GetString() is "2m" or "12m" or "48m")
            .Should().OnlyContain(b => Math.Abs(b.GetProperty("burnRate").GetDouble() - 5) < 0.05);
        burns.Single(b => b.GetProperty("window").GetString() == "2h24m").GetProperty("burnRate").GetDouble()
            .Should().BeApproximately((0.05 + (1.4 * 0.002)) / 2.4 / 0.01, 0.05);
        burns.Single(b => b.GetProperty("window").GetString() == "48m").GetProperty("exceeded").GetBoolean().Should().BeTrue();

        // strict: the same errors against a 0.5% budget: 1 - 0.004 / 0.005 = 20% left.
        slos["checkout/availability-strict"].GetProperty("budgetLeft").GetDouble().Should().BeApproximately(0.2, 0.01);

        // search is not deployed: raw SLI, 1% errors against 0.5% = budget overspent by its whole size, burn 2×.
        var search = slos["search/availability"];
        search.GetProperty("source").GetString().Should().Be("raw");
        search.GetProperty("sli").GetDouble().Should().BeApproximately(0.99, 0.0001);
        search.GetProperty("budgetLeft").GetDouble().Should().BeApproximately(-1, 0.01);
        search.GetProperty("verdict").GetString().Should().Be("exhausted");
        search.GetProperty("burnRates").EnumerateArray().Should().OnlyContain(b => Math.Abs(b.GetProperty("burnRate").GetDouble() - 2) < 0.02);
    }

    [Fact]
    public void Deployed_slos_cost_one_query_per_window_whatever_their_number()
    {
        var one = prometheus.Slo("status", "slo", "--service", "checkout", "--slo", "availability", "--format", "json");
        var two = prometheus.Slo("status", "slo", "--service", "checkout", "--format", "json");

        // 1d period: windows 1d, 2m, 1m, 12m, 48m, 4m, 2h24m (1m shared) → 7 ratio queries + 1 of ALERTS.
        Queries(one).Should().Be(8, one.Out + one.Error);
        Queries(two).Should().Be(8, two.Out + two.Error);
    }

    [Fact]
    public void Exhausted_budget_fails_the_run_with_fail_on_budget_and_text_says_which_source()
    {
        var run = prometheus.Slo("status", "slo", "--fail-on", "budget");

        run.ExitCode.Should().Be(1, run.Error);
        var search = run.Out.Split('\n').Single(l => l.StartsWith("search ", StringComparison.Ordinal));
        search.Should().Contain("99.000%").And.Contain("-100.0%").And.Contain("exhausted").And.EndWith("raw");
        run.Out.Split('\n').Single(l => l.StartsWith("checkout  availability ", StringComparison.Ordinal))
            .Should().Contain(" 99.60").And.Contain("healthy").And.EndWith("recorded");
        prometheus.Slo("status", "slo", "--service", "checkout", "--fail-on", "budget").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Github_format_is_a_job_summary_with_a_headline()
    {
        var run = prometheus.Slo("status", "slo", "--format", "github", "--fail-on", "none");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("## 🔴 SLO status: 2 of 3 healthy\n\n| service | slo |");
        run.Out.Should().Contain("| search | availability | 99.5% | 99.000% | -100.0% | 0s |");
    }

    [Fact]
    public void Wrong_password_is_one_line_with_exit_2_and_never_echoes_a_secret()
    {
        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", prometheus.Url,
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.WrongPasswordFile);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"error SLO701: {prometheus.Url} answered HTTP 401 (unauthorized: check --basic-auth-user/--basic-auth-password-file or --bearer-token-file)\n");
        run.Error.Should().NotContain("not-the-password").And.NotContain(LivePrometheusFixture.Password);
    }

    [Fact]
    public void Missing_route_prefix_is_a_clear_404()
    {
        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", $"http://127.0.0.1:{prometheus.Port}",
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.PasswordFile);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error SLO701: ").And.Contain("404").And.Contain("path prefix");
    }

    [Fact]
    public void Unreachable_server_is_one_line_and_exit_2()
    {
        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", $"http://127.0.0.1:{Support.PrometheusServer.FreePort()}", "--timeout", "5s");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error SLO700: cannot reach http://127.0.0.1:").And.EndWith("\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void A_server_that_is_not_prometheus_is_garbage()
    {
        // Prometheus' own web UI page under the prefix answers HTML, not the API's JSON.
        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", prometheus.Url + "/graph",
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.PasswordFile);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error SLO70");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    private static int Queries(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("queries").GetInt32();
}

/// <summary><c>slo gate</c> against the same real Prometheus: checkout has 60% of its budget left and burns 5× over the last 2m.</summary>
public sealed class GateLiveTests(LivePrometheusFixture prometheus) : IClassFixture<LivePrometheusFixture>
{
    [Fact]
    public void Fast_burn_blocks_the_deploy_with_a_sentence()
    {
        var run = prometheus.Slo("gate", "slo", "--service", "checkout", "--slo", "availability");

        run.ExitCode.Should().Be(1, run.Error);
        run.Out.Should().Be("Deploy blocked: checkout/availability is burning its error budget 5.00× as fast as allowed over the last 2m, above the 2× maximum.\n");
    }

    [Fact]
    public void Enough_budget_and_a_tolerated_burn_let_the_deploy_through()
    {
        var run = prometheus.Slo("gate", "slo", "--service", "checkout", "--slo", "availability", "--max-burn", "6", "--min-budget", "50%");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("OK: checkout/availability has 60.").And.Contain("of its error budget left (8m").And.EndWith("burning 5.00× over the last 2m.\n");
    }

    [Fact]
    public void Too_little_budget_blocks_in_spanish()
    {
        var run = prometheus.Slo("gate", "slo", "--service", "checkout", "--slo", "availability-strict", "--max-burn", "20", "--lang", "es");

        run.ExitCode.Should().Be(1, run.Error);
        run.Out.Should().StartWith("Despliegue bloqueado: a checkout/availability-strict le queda el 20,").And.EndWith(" % de su presupuesto de errores, por debajo del mínimo del 25,0 %.\n");
    }

    [Fact]
    public void Unknown_service_is_exit_2_with_the_known_ones()
    {
        var run = prometheus.Slo("gate", "slo", "--service", "payments");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("error SLO707: no service 'payments' in the sources; known: checkout/availability, checkout/availability-strict, search/availability\n");
    }
}

/// <summary><c>slo report</c> over November 2026 of the same data: checkout fails 0.31% on the 28th and 0.4% on the 29th.</summary>
public sealed class ReportLiveTests(LivePrometheusFixture prometheus) : IClassFixture<LivePrometheusFixture>
{
    [Fact]
    public void Markdown_report_says_the_month_in_plain_words()
    {
        var run = prometheus.Slo("report", "slo", "--month", "2026-11", "--service", "checkout");

        run.ExitCode.Should().Be(0, run.Error);
        // (46.5h × 0.2% + 0.5h × 5.33% + 1h × 5%) / 48h = 0.353% errors over the month; the 28th: (23.5h × 0.2% + 0.5h × 5.33%) / 24h = 0.31%.
        run.Out.Should().Contain("In November 2026, 99.65% of checkout requests were served without error (objective: 99.00%): "
            + "the objective was met, with 65% of the error budget left. The worst day was 29 November (99.60%).");
    }

    [Fact]
    public void Html_report_renders_its_svg_charts_in_headless_chromium()
    {
        var out_ = Path.Combine(prometheus.Folder, "report.html");
        var run = prometheus.Slo("report", "slo", "--month", "2026-11", "--format", "html", "--lang", "es", "--out", out_);
        run.ExitCode.Should().Be(0, run.Error);

        var chromium = Support.ExternalTool.Locate("chromium", "apt-get install chromium and retry.");
        var profile = Directory.CreateTempSubdirectory("slo-chromium-").FullName;
        try
        {
            var (exit, dom) = Support.ExternalTool.Run(chromium, prometheus.Folder,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--dump-dom", "file://" + out_,
            ]);
            exit.Should().Be(0, dom);
            dom.Should().Contain("<svg class=\"sli-chart\"").And.Contain("<polyline class=\"budget\"");
            dom.Should().Contain("En noviembre de 2026, el 99,65 % de las solicitudes de checkout se atendieron sin error");
            dom.Should().Contain("<table class=\"episodes\">").And.Contain("<td>aviso urgente</td><td>2026-11-28 12:07 UTC</td>");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
