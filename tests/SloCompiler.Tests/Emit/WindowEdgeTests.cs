using System.Globalization;
using SloCompiler.Emit;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// A burst of errors at the newest edge of a long window, the moment an outage starts, evaluated by the real
/// promtool against checkout's generated rules. The windows the rules record now read the raw counters over
/// exactly the window, so they equal the exact ratio <c>increase(bad[W]) / increase(total[W])</c>; the shape
/// they replaced, <c>sum_over_time</c> of the 5-minute rate recordings, weights the window's newest 5 minutes
/// as a ramp (docs/generated-rules.md) and reads 60% low here, which this test reproduces to the digit.
/// </summary>
public sealed class WindowEdgeTests : IDisposable
{
    private const int Minutes = 480;        // eight hours of data, one sample a minute, evaluated at the end
    private const int FailingMinutes = 3;   // every request fails in the last three minutes
    private const int PerMinute = 1000;
    private const decimal Budget = 0.001m;  // checkout: 99.9%
    private const string Sel = "{service=\"checkout\", slo=\"availability\"}";

    private readonly string root = Path.Combine(Path.GetTempPath(), "slo-edge-" + Guid.NewGuid().ToString("N"));

    /// <summary>Requests (all, and failed) counted up to <paramref name="minute"/>.</summary>
    private static (long Total, long Bad) CountsAt(int minute) =>
        (PerMinute * (long)minute, PerMinute * (long)Math.Max(0, minute - (Minutes - FailingMinutes)));

    /// <summary>The exact burn rate over the last <paramref name="windowMinutes"/>: bad over total events in it, over the budget.</summary>
    private static decimal ExactBurn(int windowMinutes)
    {
        var (total, bad) = CountsAt(Minutes);
        var (total0, bad0) = CountsAt(Math.Max(0, Minutes - windowMinutes));
        return (decimal)(bad - bad0) / (total - total0) / Budget;
    }

    /// <summary>
    /// What <c>sum_over_time(rate5m[W]) / sum_over_time(rate5m[W])</c> reads with one recording a minute: every
    /// recording at s in [T-W, T] (both ends, Prometheus 2.x) holds the increase over (s-5m, s].
    /// </summary>
    private static decimal SummedRecordingsBurn(int windowMinutes)
    {
        decimal bad = 0, total = 0;
        for (var s = Minutes - windowMinutes; s <= Minutes; s++)
        {
            var (t1, b1) = CountsAt(s);
            var (t0, b0) = CountsAt(Math.Max(0, s - 5));
            bad += b1 - b0;
            total += t1 - t0;
        }

        return bad / total / Budget;
    }

    [Fact]
    public void A_burst_at_the_window_edge_reads_exactly_where_summed_recordings_read_60_percent_low()
    {
        var service = Fixtures.Checkout();
        var rules = PrometheusRulesEmitter.Emit(service);
        var path = Path.Combine(root, rules.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, rules.Content);

        var exact6h = ExactBurn(360);
        var summed6h = SummedRecordingsBurn(360);
        (1 - summed6h / exact6h).Should().BeGreaterThan(0.5m, "the old shape misses most of a burst in the newest 5 minutes");

        // 8 hours of data: the 1d, 3d and 30d windows hold all of it
        var checks = new[]
        {
            ($"slo:burn_rate:rate1h{Sel}", ExactBurn(60)),
            ($"slo:burn_rate:rate6h{Sel}", exact6h),
            ($"slo:burn_rate:rate1d{Sel}", ExactBurn(Minutes)),
            ($"slo:burn_rate:rate3d{Sel}", ExactBurn(Minutes)),
            ($"1 - slo:error_budget_remaining:ratio{Sel}", ExactBurn(Minutes)),
            ($"(sum_over_time(slo:sli_bad_events:rate5m{Sel}[6h]) / sum_over_time(slo:sli_events:rate5m{Sel}[6h])) / 0.001", summed6h),
        };
        var expressions = string.Concat(checks.Select(c => $"""
                  - expr: count(abs(({c.Item1}) / {c.Item2.ToString(CultureInfo.InvariantCulture)} - 1) < 1e-9)
                    eval_time: {Minutes}m
                    exp_samples:
                    - labels: '{"{}"}'
                      value: 1

            """));
        var test = $"""
            rule_files:
            - ../{rules.RelativePath}
            evaluation_interval: 1m
            tests:
            - interval: 1m
              input_series:
              - series: 'http_requests_total{"{"}job="checkout", code="200"{"}"}'
                values: '0+{PerMinute}x{Minutes - FailingMinutes} {(Minutes - FailingMinutes) * PerMinute}+0x{FailingMinutes}'
              - series: 'http_requests_total{"{"}job="checkout", code="500"{"}"}'
                values: '0+0x{Minutes - FailingMinutes} {PerMinute}+{PerMinute}x{FailingMinutes - 1}'
              promql_expr_test:

            """ + expressions;
        Directory.CreateDirectory(Path.Combine(root, "tests"));
        File.WriteAllText(Path.Combine(root, "tests", "edge.test.yml"), test);

        var run = Promtool.Run(root, "test", "rules", "tests/edge.test.yml");

        run.ExitCode.Should().Be(0, $"every recorded window must be the exact ratio, and the summed recordings must read {summed6h:0.####} for {exact6h:0.####}:\n{run.Output}");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
