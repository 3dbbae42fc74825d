using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Tests.RuleFiles;

/// <summary><c>\'</c> in a double-quoted scalar is read as promtool 2.42 (Go's yaml.v3) reads it: an apostrophe.</summary>
public class QuotedApostropheTests
{
    [Fact]
    public void An_escaped_apostrophe_in_double_quotes_is_an_apostrophe()
    {
        const string text = "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up == 0\n    annotations:\n      d: \"it\\'s \\\"x\\\" \\x27y\\'\"\n";

        var file = RuleFileReader.Read(new SourceFile("rules.yml", text));

        file.Diagnostics.Should().BeEmpty();
        file.Rules.Should().ContainSingle().Which.Annotations.Single().Value.Value.Should().Be("it's \"x\" 'y'");
    }

    [Fact]
    public void Another_unknown_escape_is_still_refused_as_promtool_does()
    {
        const string text = "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up == 0\n    annotations:\n      d: \"it\\'s \\q\"\n";

        var file = RuleFileReader.Read(new SourceFile("rules.yml", text));

        file.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("SLO410");
    }
}
