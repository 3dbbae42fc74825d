namespace SloCompiler.Tests.Cli;

/// <summary>
/// SLO422 (issue 14): a rate window is held to the scrape interval only when the interval is known, from
/// the lint settings or from the server's own <c>prometheus.yml</c> (<c>--prometheus-config</c>).
/// </summary>
public sealed class PrometheusConfigTests : IDisposable
{
    private const string Rules = "groups:\n- name: api\n  rules:\n  - record: job:http_requests:rate1m\n    expr: sum by (job) (rate(http_requests_total[1m]))\n";

    private readonly TempDirectory _dir = new();

    public PrometheusConfigTests() => _dir.Write("rules.yml", Rules);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Without_a_known_interval_a_one_minute_window_is_not_flagged()
    {
        var run = CliRun.Of(_dir.Path, "lint", "rules.yml", "--format", "json");

        run.Out.Should().NotContain("SLO422");
    }

    [Theory]
    [InlineData("global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\nscrape_configs: []\n")]
    [InlineData("scrape_configs:\n- job_name: api\n  static_configs: [{ targets: ['api:8080'] }]\n")]
    public void The_servers_interval_or_its_default_of_one_minute_flags_it(string prometheusYml)
    {
        _dir.Write("prometheus.yml", prometheusYml);

        var run = CliRun.Of(_dir.Path, "lint", "rules.yml", "--prometheus-config", "prometheus.yml");

        run.Out.Should().Contain("rules.yml(5,30): warning SLO422").And.Contain("scrape interval 1m");
    }

    [Fact]
    public void A_fifteen_second_server_accepts_the_window()
    {
        _dir.Write("prometheus.yml", "global:\n  scrape_interval: 15s\n");

        var run = CliRun.Of(_dir.Path, "lint", "rules.yml", "--prometheus-config", "prometheus.yml");

        run.Out.Should().NotContain("SLO422");
    }

    [Fact]
    public void A_bad_interval_is_reported_where_it_is_written()
    {
        _dir.Write("prometheus.yml", "global:\n  scrape_interval: often\n");

        var run = CliRun.Of(_dir.Path, "lint", "rules.yml", "--prometheus-config", "prometheus.yml");

        (run.Out + run.Error).Should().Contain("prometheus.yml(2,20): error SLO480");
    }
}
