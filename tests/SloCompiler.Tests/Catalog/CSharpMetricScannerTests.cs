using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Instrumentation;
using SloCompiler.Tests.Golden;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Catalog;

public sealed class CSharpMetricScannerTests
{
    private const string ShopFolder = "tests/SloCompiler.Tests/Cases/Instrumentation/shop";

    [Fact]
    public void The_sample_shop_scans_to_the_expected_catalog()
    {
        var catalog = ScanShop(out _);

        GoldenFile.VerifyAt($"{ShopFolder}/expected-catalog.yaml", CatalogYamlWriter.Write(catalog));
    }

    [Fact]
    public void Names_and_label_arrays_are_resolved_through_consts_in_other_files()
    {
        var requests = ScanShop(out _).Get("payments_http_requests_total")!;

        requests.Type.Should().Be(MetricType.Counter);
        requests.Labels.Select(l => l.Name).Should().Equal("code", "method", "route");
        requests.LabelsOpen.Should().BeFalse();
        requests.Origin!.ToString().Should().Be($"{ShopFolder}/PaymentsMetrics.cs:10");
    }

    [Fact]
    public void Histograms_keep_written_buckets_or_prometheus_net_defaults()
    {
        var catalog = ScanShop(out _);

        catalog.Get("payments_http_request_duration_seconds")!.Buckets.Should().Equal(0.1m, 0.25m, 0.5m, 1m);
        catalog.Get("payments_queue_wait_seconds")!.Buckets.Should().HaveCount(14).And.Contain(0.25m);
    }

    [Fact]
    public void Meter_instruments_get_the_OpenTelemetry_exporter_names_and_record_site_tags()
    {
        var catalog = ScanShop(out _);

        catalog.Get("orders_placed_total")!.Labels.Select(l => l.Name).Should().Equal("channel");
        var checkout = catalog.Get("orders_checkout_duration_seconds")!;
        checkout.Type.Should().Be(MetricType.Histogram);
        checkout.LabelsOpen.Should().BeTrue();
        checkout.Labels.Select(l => l.Name).Should().Equal("email", "route");
        catalog.Get("orders_queue_length")!.Labels.Select(l => l.Name).Should().Equal("priority", "region");
        catalog.Get("orders_cache_size_bytes")!.Type.Should().Be(MetricType.Gauge);
    }

    [Fact]
    public void A_name_known_only_at_run_time_is_reported_at_the_call()
    {
        ScanShop(out var diagnostics);

        diagnostics.Items.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "SLO303" && d.Span.File.Path.EndsWith("PaymentsMetrics.cs", StringComparison.Ordinal) && d.Span.StartPosition.Line == 30);
    }

    [Theory]
    [InlineData("http.server.request.duration", "s", MetricType.Histogram, "http_server_request_duration_seconds")]
    [InlineData("http.server.active_requests", "{request}", MetricType.Gauge, "http_server_active_requests")]
    [InlineData("db.client.bytes", "By", MetricType.Counter, "db_client_bytes_total")]
    [InlineData("jobs.rate", "1/s", MetricType.Gauge, "jobs_rate_per_second")]
    [InlineData("cpu.utilization", "1", MetricType.Gauge, "cpu_utilization_ratio")]
    [InlineData("api..latency-ms", "ms", MetricType.Histogram, "api_latency_ms_milliseconds")]
    [InlineData("requests_total", null, MetricType.Counter, "requests_total")]
    public void OpenTelemetry_names_are_translated_as_the_Prometheus_exporter_does(string name, string? unit, MetricType type, string expected) =>
        OpenTelemetryNames.Translate(name, unit, type).Should().Be(expected);

    [Fact]
    public void Cyclic_consts_and_broken_code_never_throw()
    {
        const string code = "class C { const string A = B; const string B = A; void M() { Metrics.CreateCounter(A, \"h\"); Metrics.CreateCounter(\"x\", \"h\", new[] { 1 ";
        var diagnostics = new DiagnosticBag();

        var catalog = CSharpMetricScanner.Scan([new SourceFile("C.cs", code)], _ => null, diagnostics);

        diagnostics.Items.Should().ContainSingle(d => d.Code == "SLO303");
        catalog.Get("x")!.LabelsOpen.Should().BeTrue();
    }

    internal static MetricCatalog ScanShop(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var files = Directory.GetFiles(Path.Combine(RepoRoot.Path, ShopFolder), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(Path.GetRelativePath(RepoRoot.Path, f), File.ReadAllText(f)))
            .ToList();
        return CSharpMetricScanner.Scan(files, _ => "shop", diagnostics);
    }
}
