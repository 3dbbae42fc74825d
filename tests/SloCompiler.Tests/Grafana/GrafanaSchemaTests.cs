using NJsonSchema;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Grafana;

/// <summary>Every generated dashboard is valid against schemas/grafana-dashboard.schema.json, with zero errors.</summary>
public sealed class GrafanaSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(RepoRoot.Combine("schemas", "grafana-dashboard.schema.json")).GetAwaiter().GetResult());

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_dashboard_matches_the_schema(string language)
    {
        foreach (var file in GrafanaFixtures.Dashboards(language))
        {
            var errors = Schema.Value.Validate(file.Content);
            errors.Select(e => $"{e.Path}: {e.Kind}").Should().BeEmpty($"{file.RelativePath} should match the dashboard schema");
        }
    }

    [Fact]
    public void The_schema_rejects_an_unknown_panel_key_and_a_missing_uid()
    {
        var dashboard = GrafanaFixtures.Dashboards().First().Content;
        var broken = dashboard.Replace("\"gridPos\":", "\"gridpos\":", StringComparison.Ordinal);
        Schema.Value.Validate(broken).Should().NotBeEmpty();

        var noUid = System.Text.Json.Nodes.JsonNode.Parse(dashboard)!.AsObject();
        noUid.Remove("uid");
        Schema.Value.Validate(noUid.ToJsonString()).Should().NotBeEmpty();
    }
}
