using SloCompiler.Checking;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Parsing;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>The README's receiver examples read and check cleanly, so the documentation cannot drift from the language.</summary>
public sealed class AlertmanagerReadmeTests
{
    [Fact]
    public void The_dsl_example_reads_and_checks_cleanly()
    {
        var diagnostics = new DiagnosticBag();
        var document = DslParser.Parse(new SourceFile("readme.slo", Block("## Receivers and time intervals", "```slo\n")), diagnostics);
        var model = AlertmanagerChecker.Check([document], [], diagnostics);

        diagnostics.Items.Should().BeEmpty();
        model.Receivers.Select(r => r.Name).Should().Equal("noc-critical", "ops-mail", "pagerduty-payments", "slack-payments");
        model.TimeIntervals.Should().ContainSingle().Which.Location.Should().Be("America/Lima");
    }

    [Fact]
    public void The_yaml_example_reads_and_checks_cleanly()
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlSloReader.Read(new SourceFile("readme.yaml", Block("## Receivers and time intervals", "```yaml\n")), diagnostics)!;
        var model = AlertmanagerChecker.Check([document], [], diagnostics);

        diagnostics.Items.Should().BeEmpty();
        model.Receivers.Should().HaveCount(3);
        model.Receivers.Single(r => r.Name == "noc-critical").Integrations.Select(i => i.Kind).Should().Equal(ReceiverKind.Email, ReceiverKind.Slack);
        model.TimeIntervals.Should().ContainSingle();
    }

    private static string Block(string heading, string fence)
    {
        var readme = Documentation.Page("language.md");
        var section = readme[readme.IndexOf(heading, StringComparison.Ordinal)..];
        var start = section.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        return section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
