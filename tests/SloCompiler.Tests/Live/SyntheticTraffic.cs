using System.Globalization;
using System.Text;

namespace SloCompiler.Tests.Live;

/// <summary>
/// The live tests' two days of <c>http_requests_total</c> counters, scraped every 15 s up to <see cref="End"/>,
/// whose counts are known (see <see cref="LivePrometheusFixture"/>). One generator, two renderings: OpenMetrics
/// (seconds) for <c>promtool tsdb create-blocks-from openmetrics</c>, and the Prometheus text format
/// (milliseconds) for VictoriaMetrics' <c>/api/v1/import/prometheus</c>.
/// </summary>
internal static class SyntheticTraffic
{
    /// <summary>The end of the data, the instant every test evaluates at.</summary>
    public static readonly DateTimeOffset End = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Scrape = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan History = TimeSpan.FromDays(2);

    public static DateTimeOffset Start => End - History;

    /// <summary>The start of the 30 minutes of 5.33% checkout errors on the 28th (80 of each 1,500).</summary>
    public static readonly DateTimeOffset Burst = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Requests added per scrape: checkout 1,500 (0.2% failing, 5% in the last hour, 5.33% in the burst),
    /// search 300 (1% failing).
    /// </summary>
    private static readonly (string Job, string Code, Func<DateTimeOffset, long> PerScrape)[] Series =
    [
        ("checkout", "200", t => 1500 - CheckoutErrors(t)),
        ("checkout", "500", CheckoutErrors),
        ("search", "200", _ => 297),
        ("search", "503", _ => 3),
    ];

    /// <summary>The counters as OpenMetrics, with <paramref name="extraFamilies"/> (e.g. an ALERTS history) before the end marker.</summary>
    public static string OpenMetrics(string extraFamilies = "") =>
        Render(new StringBuilder("# TYPE http_requests counter\n"), at => at.ToUnixTimeSeconds()).Append(extraFamilies).Append("# EOF\n").ToString();

    public static string PrometheusText() =>
        Render(new StringBuilder("# TYPE http_requests_total counter\n"), at => at.ToUnixTimeMilliseconds()).ToString();

    /// <summary>Failed checkout requests in the 15s scrape interval ending at <paramref name="t"/>, of 1,500.</summary>
    private static long CheckoutErrors(DateTimeOffset t) =>
        t > End.AddHours(-1) ? 75 : t > Burst && t <= Burst.AddMinutes(30) ? 80 : 3;

    private static StringBuilder Render(StringBuilder builder, Func<DateTimeOffset, long> timestamp)
    {
        var steps = (int)(History / Scrape);
        foreach (var (job, code, perScrape) in Series)
        {
            long count = 0;
            for (var i = 0; i <= steps; i++)
            {
                var at = Start + (Scrape * i);
                if (i > 0)
                {
                    count += perScrape(at);
                }

                builder.Append(CultureInfo.InvariantCulture, $"http_requests_total{{job=\"{job}\",code=\"{code}\"}} {count} {timestamp(at)}\n");
            }
        }

        return builder;
    }
}
