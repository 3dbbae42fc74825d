using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SloCompiler.Emit;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// Every query in every panel and variable reads only series that the generated rules record for the
/// same model (plus Prometheus' built-in ALERTS), and every variable it uses exists.
/// </summary>
public sealed partial class GrafanaCrossReferenceTests
{
    [Fact]
    public void Queries_read_only_recorded_series()
    {
        var program = GrafanaFixtures.Program();
        var recorded = program.Services
            .SelectMany(s => RecordLine().Matches(PrometheusRulesEmitter.Emit(s).Content))
            .Select(m => m.Groups[1].Value)
            .Append("ALERTS")
            .ToHashSet(StringComparer.Ordinal);

        var checkedQueries = 0;
        foreach (var file in GrafanaFixtures.Dashboards())
        {
            var dashboard = JsonNode.Parse(file.Content)!;
            var variables = dashboard["templating"]!["list"]!.AsArray().Select(v => (string)v!["name"]!).Concat(GrafanaGlobals).ToHashSet(StringComparer.Ordinal);
            foreach (var expr in Queries(dashboard))
            {
                var names = PromQlNames.MetricNames(expr);
                names.Should().NotBeEmpty($"{file.RelativePath}: `{expr}` should read a series");
                names.Where(n => !recorded.Contains(n)).Should().BeEmpty($"{file.RelativePath}: `{expr}` should read only recorded series");
                PromQlNames.Variables(expr).Where(v => !variables.Contains(v)).Should().BeEmpty($"{file.RelativePath}: `{expr}` should use only defined variables");
                checkedQueries++;
            }
        }

        checkedQueries.Should().BeGreaterThan(50);
    }

    [Fact]
    public void The_name_extractor_finds_raw_metrics()
    {
        PromQlNames.MetricNames("sum by (route) (rate(http_requests_total{code=~\"5..\"}[5m])) / 0.001")
            .Should().Equal("http_requests_total");
        PromQlNames.MetricNames("label_values(slo:sli_events:rate5m{service=\"a\"}, route)").Should().Equal("slo:sli_events:rate5m");
    }

    /// <summary>Grafana's built-in variables the dashboards may use: the time range's start and length.</summary>
    private static readonly string[] GrafanaGlobals = ["__from", "__range"];

    private static IEnumerable<string> Queries(JsonNode dashboard)
    {
        foreach (var annotation in dashboard["annotations"]!["list"]!.AsArray())
        {
            yield return (string)annotation!["target"]!["expr"]!;
        }

        foreach (var panel in dashboard["panels"]!.AsArray())
        {
            foreach (var target in panel!["targets"]?.AsArray() ?? [])
            {
                yield return (string)target!["expr"]!;
            }
        }

        foreach (var variable in dashboard["templating"]!["list"]!.AsArray())
        {
            if (variable!["query"] is JsonObject query)
            {
                yield return (string)query["query"]!;
            }
        }
    }

    [GeneratedRegex(@"^\s*-\s*record:\s*""?([^""\s]+)""?\s*$", RegexOptions.Multiline)]
    private static partial Regex RecordLine();
}
