using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Grafana;

/// <summary>Every generated dashboard is valid against schemas/grafana-dashboard.schema.json, with zero errors.</summary>
public sealed class GrafanaSchemaTests
{
    private static readonly Lazy<SchemaFile> Schema = new(() => SchemaFile.Load("grafana-dashboard.schema.json"));

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_dashboard_matches_the_schema(string language)
    {
        foreach (var file in GrafanaFixtures.Dashboards(language))
        {
            Schema.Value.Errors(file.Content).Should().BeEmpty($"{file.RelativePath} should match the dashboard schema");
        }
    }

    [Fact]
    public void The_schema_rejects_an_unknown_panel_key_and_a_missing_uid()
    {
        var dashboard = GrafanaFixtures.Dashboards().First().Content;
        var broken = dashboard.Replace("\"gridPos\":", "\"gridpos\":", StringComparison.Ordinal);
        Schema.Value.Errors(broken).Should().Contain(e => e.Contains("gridpos", StringComparison.Ordinal) || e.Contains("gridPos", StringComparison.Ordinal));

        var noUid = System.Text.Json.Nodes.JsonNode.Parse(dashboard)!.AsObject();
        noUid.Remove("uid");
        Schema.Value.Errors(noUid.ToJsonString()).Should().Contain(e => e.Contains("uid", StringComparison.Ordinal));
    }
}
