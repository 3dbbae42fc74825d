using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.Text;

namespace SloCompiler.Tests.Linting;

public class LintConfigReaderTests
{
    private static (LintConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var config = LintConfigReader.Read(new SourceFile(LintConfigReader.FileName, text), diagnostics);
        return (config, diagnostics.Sorted());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing configured\n")]
    public void An_empty_file_keeps_the_defaults(string text)
    {
        var (config, diagnostics) = Read(text);

        diagnostics.Should().BeEmpty();
        config.ScrapeInterval.Should().BeNull("an unknown interval is not guessed (SLO422 stays quiet)");
        config.RequiredLabels.Should().Equal("severity");
        config.RequiredAnnotations.Should().Equal("summary", "runbook_url");
        config.Severities.Should().BeEmpty();
    }

    [Fact]
    public void Every_setting_is_read()
    {
        var (config, diagnostics) = Read("scrape_interval: 15s\nrequired_labels: [severity, team]\nrequired_annotations: []\nseverity:\n  SLO429: off\n  SLO430: error\nmetric_types: { queue_depth: gauge }\n");

        diagnostics.Should().BeEmpty();
        config.ScrapeInterval.Should().Be(TimeSpan.FromSeconds(15));
        config.RequiredLabels.Should().Equal("severity", "team");
        config.RequiredAnnotations.Should().BeEmpty();
        config.Severities.Should().Equal(new Dictionary<string, LintSeverity> { ["SLO429"] = LintSeverity.Off, ["SLO430"] = LintSeverity.Error });
        config.MetricTypes!("queue_depth").Should().Be(MetricType.Gauge);
        config.MetricTypes!("other").Should().BeNull();
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_position_and_the_defaults_apply()
    {
        var (config, diagnostics) = Read("severity: {SLO429: off\n");

        diagnostics.Should().ContainSingle().Which.Code.Should().Be("SLO005");
        config.Severities.Should().BeEmpty();
    }

    [Fact]
    public void A_config_that_is_not_a_mapping_is_reported()
    {
        var (_, diagnostics) = Read("- severity\n");

        diagnostics.Should().ContainSingle().Which.Code.Should().Be("SLO006");
    }
}
