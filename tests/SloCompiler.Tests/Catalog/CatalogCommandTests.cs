using SloCompiler.Tests.Cli;

namespace SloCompiler.Tests.Catalog;

public sealed class CatalogCommandTests
{
    [Fact]
    public void Scan_merges_CSharp_and_snapshots_and_writes_the_catalog_file()
    {
        using var temp = new TempDirectory();
        temp.Write("src/Api/Api.csproj", "<Project />");
        temp.Write("src/Api/Metrics.cs", "class M { static readonly Counter C = Metrics.CreateCounter(\"api_requests_total\", \"Requests.\", \"code\"); }");
        temp.Write("snapshots/api.prom", "# TYPE api_requests_total counter\napi_requests_total{code=\"200\",env=\"prod\"} 3\n");

        var run = CliRun.Of(temp.Path, "catalog", "scan", "src", "snapshots", "--out", "catalog.yaml");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be("catalog.yaml: 1 metrics of 1 services\n");
        var catalog = temp.Read("catalog.yaml");
        catalog.Should().Contain("service: api\n").And.Contain("origin: snapshots/api.prom:1\n").And.Contain("- name: env\n    values: [\"prod\"]");
        Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();

        CliRun.Of(temp.Path, "catalog", "scan", "src", "snapshots", "--out", "catalog.yaml");
        temp.Read("catalog.yaml").Should().Be(catalog, "a rescan of the same inputs gives the same bytes");
    }

    [Fact]
    public void Without_a_csproj_the_CSharp_file_folder_names_the_service_and_folders_pick_up_catalog_yaml()
    {
        using var temp = new TempDirectory();
        temp.Write("repo/orders-api/Metrics.cs", "class M { static readonly Gauge G = Metrics.CreateGauge(\"orders_open\", \"Open orders.\"); }");
        temp.Write("repo/catalog.yaml", "kind: MetricCatalog\nservices: [billing]\nmetrics: []\n");
        temp.Write("repo/unrelated.yaml", "apiVersion: v1\nkind: ConfigMap\n");

        var run = CliRun.Of(temp.Path, "catalog", "scan", "repo", "--out", "-");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("services: [billing]").And.Contain("service: orders-api");
    }

    [Fact]
    public void Errors_in_inputs_fail_without_writing()
    {
        using var temp = new TempDirectory();
        temp.Write("bad.prom", "http_requests_total{code=200} 1\n");

        var run = CliRun.Of(temp.Path, "catalog", "scan", "bad.prom", "missing", "--out", "catalog.yaml");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bad.prom(1,1): error SLO302").And.Contain("SLO903");
        temp.Exists("catalog.yaml").Should().BeFalse();
    }

    [Theory]
    [InlineData("catalog", "list")]
    [InlineData("catalog", "scan", "src")]
    [InlineData("catalog", "scan", "--out", "x.yaml")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var temp = new TempDirectory();

        CliRun.Of(temp.Path, args).ExitCode.Should().Be(2);
    }
}
