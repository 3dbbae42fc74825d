using System.Globalization;
using System.Text.Json.Nodes;
using SloCompiler.Live;
using SloCompiler.Tests.Live;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// The burn-down panel's PromQL, run as Grafana runs it (a range query, with <c>${__from:date:seconds}</c>
/// and <c>$__range</c> filled in) against the real Prometheus of <see cref="LivePrometheusFixture"/>:
/// checkout fails 0.2% of its requests for 23 hours, then 5% in the last hour of the day shown.
/// </summary>
public sealed class BurnDownLiveTests(LivePrometheusFixture prometheus) : IClassFixture<LivePrometheusFixture>
{
    private static readonly DateTimeOffset End = LivePrometheusFixture.Time;
    private static readonly DateTimeOffset Start = End.AddDays(-1);

    [Theory]
    // objective 99% (budget 1%): at 0.2% bad, half the day spends 0.2 / 1 × 0.5 = 10% of the budget.
    [InlineData("availability", -12, 0.9)]
    // 22 of 24 hours at 0.2%: 0.2 × 22/24 = 18.33% spent.
    [InlineData("availability", -2, 0.816667)]
    // The whole day: (23 × 0.2% + 1 × 5%) / 24 = 0.4% bad, 40% of a 1% budget.
    [InlineData("availability", 0, 0.6)]
    // The same day against 99.5% (budget 0.5%): 0.4 / 0.5 = 80% spent.
    [InlineData("availability-strict", 0, 0.2)]
    public void Budget_left_since_the_start_of_the_range_follows_the_known_counts(string slo, int hoursBeforeEnd, double expected)
    {
        var series = QueryBurnDown(slo);
        var at = End.AddHours(hoursBeforeEnd);
        var point = series.Points.Single(p => p.Time == at);
        point.Value.Should().BeApproximately(expected, 0.003, $"{slo} at {at:u}");
    }

    [Fact]
    public void The_burn_down_starts_full_and_only_falls()
    {
        var values = QueryBurnDown("availability").Points.Where(p => !double.IsNaN(p.Value)).Select(p => p.Value).ToList();
        values.First().Should().BeApproximately(1.0, 0.001);
        values.Zip(values.Skip(1)).Should().OnlyContain(pair => pair.Second <= pair.First + 1e-9);
    }

    private PrometheusSeries QueryBurnDown(string slo)
    {
        var dashboard = JsonNode.Parse(File.ReadAllText(Path.Combine(prometheus.Folder, "out/grafana/checkout.json")))!;
        var expr = dashboard["panels"]!.AsArray()
            .Where(p => (string?)p!["title"] == "Error budget burn-down")
            .Select(p => (string)p!["targets"]![0]!["expr"]!)
            .Single(e => e.Contains($"slo=\"{slo}\"", StringComparison.Ordinal));
        var query = expr
            .Replace("${__from:date:seconds}", Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$__range", "1d", StringComparison.Ordinal);

        using var client = new PrometheusClient(new PrometheusConnection(prometheus.Url)
        {
            BasicAuthUser = LivePrometheusFixture.User,
            BasicAuthPasswordFile = prometheus.PasswordFile,
        });
        return client.QueryRange(query, Start, End, TimeSpan.FromHours(1)).Single();
    }
}
