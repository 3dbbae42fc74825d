using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Tests.Catalog;

public sealed class CatalogYamlTests
{
    private const string Written = """
        # Metric catalog for slo: the metrics services expose. Written by 'slo catalog scan'; may be edited by hand.
        kind: MetricCatalog
        services: [legacy-batch]
        metrics:
        - name: http_request_duration_seconds
          type: histogram
          service: api
          origin: src/Api/Metrics.cs:14
          buckets: [0.1, 0.25, 1]
          labels:
          - name: route
            cardinality: 12
        - name: http_requests_total
          type: counter
          help: Requests served.
          service: api
          origin: snapshots/api.prom:2
          labels_open: true
          labels:
          - name: code
            values: ["200", "500"]
          - name: method

        """;

    [Fact]
    public void A_written_catalog_reads_back_to_the_same_bytes()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogYamlReader.Read(new SourceFile("catalog.yaml", Written), diagnostics);

        diagnostics.Items.Should().BeEmpty();
        catalog.Get("http_requests_total")!.LabelsOpen.Should().BeTrue();
        catalog.Services.Should().Equal("api", "legacy-batch");
        catalog.Inventory.Single().Origin.ToString().Should().Be("catalog.yaml:3");
        catalog.Get("http_request_duration_seconds")!.Label("route")!.EffectiveCardinality.Should().Be(12);
        catalog.Get("http_requests_total")!.Label("code")!.EffectiveCardinality.Should().Be(2);
        CatalogYamlWriter.Write(catalog).Should().Be(Written);
    }

    [Fact]
    public void Labels_may_be_written_as_plain_names_and_origin_defaults_to_the_catalog_line()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogYamlReader.Read(
            new SourceFile("c.yaml", "metrics:\n- name: up\n  type: gauge\n  labels: [job, instance]\n"), diagnostics);

        diagnostics.Items.Should().BeEmpty();
        catalog.Get("up")!.Labels.Select(l => l.Name).Should().Equal("instance", "job");
        catalog.Get("up")!.Origin!.ToString().Should().Be("c.yaml:2");
    }

    [Theory]
    [InlineData("metrics:\n- name: up\n  type: gague\n", "SLO300", 3, 9)]
    [InlineData("metrics:\n- name: 9up\n", "SLO301", 2, 9)]
    [InlineData("metrics:\n- nmae: up\n", "SLO007", 2, 3)]
    [InlineData("metrics: [\n", "SLO005", 2, 1)]
    [InlineData("metrics:\n- name: up\n  labels: { job: 1 }\n", "SLO006", 3, 11)]
    [InlineData("metrics:\n- name: up\n  labels:\n  - name: job\n    cardinality: many\n", "SLO304", 5, 18)]
    public void Bad_entries_are_reported_where_they_are_written(string text, string code, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        CatalogYamlReader.Read(new SourceFile("c.yaml", text), diagnostics);

        diagnostics.Items.Should().Contain(d => d.Code == code
            && d.Span.StartPosition == new TextPosition(line, column));
    }
}
