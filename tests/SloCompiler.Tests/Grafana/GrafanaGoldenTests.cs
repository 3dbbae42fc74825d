using SloCompiler.Tests.Golden;

namespace SloCompiler.Tests.Grafana;

/// <summary>Every Grafana file as a reviewed snapshot under Golden/grafana (and Golden/grafana/es for Spanish).</summary>
public sealed class GrafanaGoldenTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Files_match_their_snapshots(string language)
    {
        var files = GrafanaFixtures.Emit(language);
        files.Select(f => f.RelativePath).Should().Contain(["grafana/overview.json", "grafana/provisioning.yaml", "grafana/storefront.json"]);
        foreach (var file in files)
        {
            var name = language == "en" ? file.RelativePath : file.RelativePath.Replace("grafana/", "grafana/es/", StringComparison.Ordinal);
            GoldenFile.Verify(name, file.Content);
        }
    }
}
