using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.PromQl;

public class ExpressionSourceTests
{
    [Theory]
    [InlineData("expr: sum(rate(x{a=\"b\"}[5m])) / foo(y)\n")]
    [InlineData("expr: 'sum(rate(x{a=''b''}[5m])) / foo(y)'\n")]
    [InlineData("expr: \"sum(rate(x{a=\\\"b\\\"}[5m])) / foo(y)\"\n")]
    [InlineData("expr: \"sum(rate(x{a=\\x22b\\\"}[5m]))\n  / foo(y)\"\n")]
    [InlineData("expr: |\n  sum(rate(x{a=\"b\"}[5m]))\n    / foo(y)\nnext: 1\n")]
    [InlineData("expr: |-\n    sum(rate(x{a=\"b\"}[5m]))\n\n    / foo(y)\n")]
    [InlineData("expr: >\n  sum(rate(x{a=\"b\"}[5m]))\n  / foo(y)\n")]
    [InlineData("expr: sum(rate(x{a=\"b\"}[5m]))\n  / foo(y)\n")]
    public void Errors_map_to_the_written_characters_in_every_scalar_style(string yaml)
    {
        var (source, value) = Scalar(yaml);
        var error = PromQlParser.Parse(value).Error!;

        error.Descriptor.Code.Should().Be("SLO205");
        source.IsExact.Should().BeTrue();
        var span = source.Map(error.Range);
        span.File.Text.Substring(span.Start, span.Length).Should().Be("foo");
    }

    [Fact]
    public void Ranges_inside_escapes_cover_the_escape()
    {
        var (source, value) = Scalar("expr: \"x{a=\\\"\\u00e9\\\"}\"\n");
        var matcher = ((VectorSelector)PromQlParser.Parse(value).Expression!).Matchers[0];

        var span = source.Map(matcher.Range);

        span.File.Text.Substring(span.Start, span.Length).Should().Be("a=\\\"\\u00e9\\\"");
    }

    [Theory]
    [InlineData("expr: |+\n  sum(x\n\nnext: 1\n")]
    [InlineData("expr: >-\n  sum(\n    x\n")]
    [InlineData("expr: 'sum(x'\n")]
    public void An_error_at_the_end_of_the_expression_maps_after_its_last_written_character(string yaml)
    {
        var (source, value) = Scalar(yaml);
        var error = PromQlParser.Parse(value).Error!;

        source.IsExact.Should().BeTrue();
        var span = source.Map(new TextRange(value.TrimEnd().Length, 0));
        span.File.Text[span.Start - 1].Should().Be('x');
        error.Descriptor.Code.Should().Be("SLO201");
    }

    [Theory]
    [InlineData("expr: sum(rate(x{a=\"b\"}[5m]))\n  / foo(y)\n")]
    [InlineData("expr: 'sum(x{a=''b''})\n\n  / y'\n")]
    [InlineData("expr: \"sum(x{a=\\\"b\\\"}) \\\n  / y{\\u00e9=\\x22z\\x22}\"\n")]
    [InlineData("expr: |\n    sum(rate(x{a=\"b\"}[5m]))\n\n      / foo(y)\n    or z\nnext: 1\n")]
    [InlineData("expr: >+\n  sum(rate(x[5m]))\n  / foo(y)\n\n   * 2\n\n")]
    [InlineData("expr: |-\r\n  sum(x)\r\n  / y\r\n")]
    public void Every_character_of_the_value_maps_to_the_character_written_for_it(string yaml)
    {
        var (source, value) = Scalar(yaml);
        var text = yaml;

        source.IsExact.Should().BeTrue();
        for (var i = 0; i < value.Length; i++)
        {
            var span = source.Map(new TextRange(i, 1));
            var written = text.Substring(span.Start, span.Length);
            var expected = value[i] switch
            {
                // a line break of the value is written as a break (or folded from one); a space may be a folded break
                '\n' => written is "\n" or "\r",
                ' ' => written is " " or "\n" or "\r",
                _ => written == value[i].ToString() || (written.Length > 1 && written[0] is '\\' or '\''),
            };
            expected.Should().BeTrue($"value[{i}] = '{value[i]}' maps to '{written}' at {span.Start}");
        }

        var after = source.Map(new TextRange(value.Length, 0));
        after.Length.Should().Be(0);
    }

    [Fact]
    public void A_value_that_does_not_match_its_written_text_maps_to_the_whole_scalar()
    {
        var file = new SourceFile("rules.yml", "expr: up\n");
        var source = ExpressionSource.ForScalar(new SourceSpan(file, 6, 2), "down");

        source.IsExact.Should().BeFalse();
        source.Map(new TextRange(1, 2)).Should().Be(new SourceSpan(file, 6, 2));
    }

    private static (ExpressionSource Source, string Value) Scalar(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var scalar = (YamlScalarNode)root.Children[new YamlScalarNode("expr")];
        var file = new SourceFile("rules.yml", yaml);
        var span = new SourceSpan(file, (int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index));
        return (ExpressionSource.ForScalar(span, scalar.Value!), scalar.Value!);
    }
}
