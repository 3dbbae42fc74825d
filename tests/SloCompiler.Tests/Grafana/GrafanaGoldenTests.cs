using Newtonsoft.Json.Linq;
using SloCompiler.Tests.Golden;
using Snapshooter;
using Snapshooter.Xunit;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// Every Grafana dashboard as a reviewed Snapshooter snapshot of its JSON structure (under
/// <c>__snapshots__</c>): what a dashboard means is its structure, and the snapshot diff shows which
/// panel or query changed. The byte-exact text of each file is held by the generated/ drift check.
/// The provisioning file stays a plain golden file: its YAML text is what Grafana reads.
/// </summary>
public sealed class GrafanaGoldenTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Dashboards_match_their_snapshots(string language)
    {
        var dashboards = GrafanaFixtures.Dashboards(language).ToList();
        dashboards.Select(f => f.RelativePath).Should().Contain(["grafana/overview.json", "grafana/storefront.json"]);
        foreach (var dashboard in dashboards)
        {
            var name = Path.GetFileNameWithoutExtension(dashboard.RelativePath);
            Snapshot.Match(JToken.Parse(dashboard.Content), SnapshotNameExtension.Create(language, name));
        }
    }

    [Fact]
    public void Provisioning_file_matches_its_golden_file()
    {
        var provisioning = GrafanaFixtures.Emit("en").Single(f => f.RelativePath == "grafana/provisioning.yaml");
        GoldenFile.Verify("grafana/provisioning.yaml", provisioning.Content);
    }
}
