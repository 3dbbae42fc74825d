using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Tests.Catalog;

public sealed class ExpositionParserTests
{
    private const string Snapshot = """
        # HELP http_requests_total Requests served.\nSecond line
        # TYPE http_requests_total counter
        http_requests_total{method="GET",code="200"} 1027
        http_requests_total{method="POST",code="500"} 3 1700000000000
        http_requests_total{method="GET",code="200",path="/a\"b\\c"} 1
        # TYPE http_request_duration_seconds histogram
        http_request_duration_seconds_bucket{route="/pay",le="0.1"} 5
        http_request_duration_seconds_bucket{route="/pay",le="0.3"} 9
        http_request_duration_seconds_bucket{route="/pay",le="+Inf"} 10
        http_request_duration_seconds_sum{route="/pay"} 1.5
        http_request_duration_seconds_count{route="/pay"} 10
        # TYPE rpc_seconds summary
        rpc_seconds{quantile="0.99"} 0.2
        rpc_seconds_count 4
        process_open_fds 12
        """;

    [Fact]
    public void Counters_keep_help_labels_and_the_distinct_values_seen()
    {
        var catalog = Parse(Snapshot, out var diagnostics);

        diagnostics.Items.Should().BeEmpty();
        var counter = catalog.Get("http_requests_total")!;
        counter.Type.Should().Be(MetricType.Counter);
        counter.Help.Should().Be("Requests served.\nSecond line");
        counter.Labels.Select(l => l.Name).Should().Equal("code", "method", "path");
        counter.Label("code")!.Values.Should().Equal("200", "500");
        counter.Label("path")!.Values.Should().Equal("/a\"b\\c");
        counter.Origin!.ToString().Should().Be("snap.prom:1");
    }

    [Fact]
    public void Histogram_series_fold_into_their_family_with_le_as_buckets()
    {
        var catalog = Parse(Snapshot, out _);

        var histogram = catalog.Get("http_request_duration_seconds")!;
        histogram.Type.Should().Be(MetricType.Histogram);
        histogram.Labels.Select(l => l.Name).Should().Equal("route");
        histogram.Buckets.Should().Equal(0.1m, 0.3m);
        catalog.Get("http_request_duration_seconds_bucket").Should().BeNull();
        catalog.Resolve("http_request_duration_seconds_bucket")!.SeriesType.Should().Be(MetricType.Counter);
    }

    [Fact]
    public void Summaries_drop_quantile_and_untyped_samples_become_untyped_metrics()
    {
        var catalog = Parse(Snapshot, out _);

        catalog.Get("rpc_seconds")!.Labels.Should().BeEmpty();
        catalog.Get("process_open_fds")!.Type.Should().Be(MetricType.Untyped);
        catalog.Metrics.Select(m => m.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void OpenMetrics_counters_are_cataloged_under_the_name_PromQL_reads()
    {
        var catalog = Parse("# TYPE jobs counter\njobs_total 3\njobs_created 1\n# EOF\n", out _);

        catalog.Metrics.Select(m => m.Name).Should().Equal("jobs_total");
        catalog.Get("jobs_total")!.Type.Should().Be(MetricType.Counter);
    }

    [Theory]
    [InlineData("http_requests_total{code=200} 1", "expected a quoted value for label 'code' at column 26")]
    [InlineData("http_requests_total{code=\"200\" 1", "expected ',' or '}' at column 32")]
    [InlineData("http_requests_total", "expected a value after 'http_requests_total'")]
    [InlineData("{code=\"1\"} 1", "expected a metric name at column 1")]
    public void A_bad_line_is_reported_with_its_position_and_skipped(string line, string message)
    {
        var catalog = Parse("up 1\n" + line + "\n", out var diagnostics);

        diagnostics.Items.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "SLO302" && d.Span.StartPosition.Line == 2 && d.Message.EndsWith(message, StringComparison.Ordinal));
        catalog.Metrics.Select(m => m.Name).Should().Equal("up");
    }

    private static MetricCatalog Parse(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return ExpositionParser.Parse(new SourceFile("snap.prom", text), "api", diagnostics);
    }
}
