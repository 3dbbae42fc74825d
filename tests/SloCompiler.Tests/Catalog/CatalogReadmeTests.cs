using System.Text.RegularExpressions;
using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Catalog;

/// <summary>The README's catalog and policy examples read without a finding, so the documentation cannot drift from the readers.</summary>
public sealed class CatalogReadmeTests
{
    [Fact]
    public void The_documented_catalog_and_policy_read_cleanly()
    {
        var readme = Documentation.Page("catalog-and-policy.md");
        var section = readme[readme.IndexOf("<!-- section:catalog -->", StringComparison.Ordinal)..readme.IndexOf("<!-- /section:catalog -->", StringComparison.Ordinal)];
        var blocks = Regex.Matches(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

        var catalogText = blocks.Single(b => b.StartsWith("kind: MetricCatalog", StringComparison.Ordinal));
        var policyText = blocks.Single(b => b.StartsWith("kind: LabelPolicy", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogYamlReader.Read(new SourceFile("README catalog", catalogText), diagnostics);
        var policy = PolicyYamlReader.Read(new SourceFile("README policy", policyText), diagnostics);

        diagnostics.Items.Should().BeEmpty();
        catalog.Metrics.Should().HaveCount(2);
        catalog.Inventory.Should().ContainSingle();
        policy.Waivers.Should().HaveCount(2);
        policy.IsForbidden("tenant_id").Should().BeTrue();
        policy.IsForbidden("path").Should().BeFalse();
    }
}
