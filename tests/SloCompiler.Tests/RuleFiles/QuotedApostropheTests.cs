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

    [Fact]
    public void Positions_after_escaped_apostrophes_are_where_the_file_has_them()
    {
        // two scalars with escapes (so two rereads), then an alert whose name a finding points at
        const string text =
            "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up == 0\n    annotations:\n"
            + "      a: \"it\\'s \\'x\\'\"\n      b: \"don\\'t\"\n"
            + "  - alert: Late\n    expr: up == 0\n";
        var source = new SourceFile("rules.yml", text);

        var file = RuleFileReader.Read(source);

        file.Diagnostics.Should().BeEmpty();
        var late = file.Rules.Single(rule => rule.Name.Value == "Late");
        late.Name.Span.Start.Should().Be(text.IndexOf("Late", StringComparison.Ordinal));
        late.Name.Span.Length.Should().Be(4);
        file.Rules.First().Annotations.Select(annotation => annotation.Value.Value).Should().Equal("it's 'x'", "don't");
    }
}
