using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SloCompiler.Tests.Grafana;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.EndToEnd;

/// <summary>The seed examples' dashboards are schema-valid and read only what their rules record.</summary>
public sealed partial class ExampleDashboardsTests
{
    [Fact]
    public void Every_example_dashboard_matches_the_schema()
    {
        var schema = SchemaFile.Load("grafana-dashboard.schema.json");

        foreach (var dashboard in Dashboards())
        {
            schema.Errors(dashboard.Content).Should().BeEmpty($"{dashboard.RelativePath} should match the dashboard schema");
        }
    }

    [Fact]
    public void Every_example_dashboard_query_reads_only_series_the_example_rules_record()
    {
        var outputs = Compiler.Compile(ExampleSources.Load()).Outputs;
        var recorded = outputs.Where(o => o.RelativePath.StartsWith("prometheus/", StringComparison.Ordinal))
            .SelectMany(o => RecordLine().Matches(o.Content)).Select(m => m.Groups[1].Value)
            .Append("ALERTS").ToHashSet(StringComparer.Ordinal);

        var queries = Dashboards().SelectMany(d => Expressions(JsonNode.Parse(d.Content)!)).ToList();

        queries.Should().HaveCountGreaterThan(100);
        queries.SelectMany(PromQlNames.MetricNames).Where(name => !recorded.Contains(name)).Should().BeEmpty();
    }

    private static IEnumerable<SloCompiler.Emit.OutputFile> Dashboards() =>
        Compiler.Compile(ExampleSources.Load()).Outputs
            .Where(o => o.RelativePath.StartsWith("grafana/", StringComparison.Ordinal) && o.RelativePath.EndsWith(".json", StringComparison.Ordinal));

    private static IEnumerable<string> Expressions(JsonNode dashboard) =>
        dashboard["panels"]!.AsArray().SelectMany(p => p!["targets"]?.AsArray() ?? []).Select(t => (string)t!["expr"]!)
            .Concat(dashboard["templating"]!["list"]!.AsArray().Select(v => v!["query"]).OfType<JsonObject>().Select(q => (string)q["query"]!));

    [GeneratedRegex(@"^\s*-\s*record:\s*""?([^""\s]+)""?\s*$", RegexOptions.Multiline)]
    private static partial Regex RecordLine();
}
