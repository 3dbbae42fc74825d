using SloCompiler.Checking;
using SloCompiler.Model;

namespace SloCompiler.Tests.Checking;

public class SelectorParserTests
{
    [Theory]
    [InlineData("up", "up")]
    [InlineData("  http_requests_total  ", "http_requests_total")]
    [InlineData("http_requests_total{job=\"api\", code=~\"5..\"}", "http_requests_total{job=\"api\", code=~\"5..\"}")]
    [InlineData("m{a!=\"x\",b!~'y',}", "m{a!=\"x\", b!~\"y\"}")]
    [InlineData("m{a=`raw\\d`}", "m{a=\"raw\\\\d\"}")]
    [InlineData("m{a=\"q\\\"uote\\n\"}", "m{a=\"q\\\"uote\\n\"}")]
    [InlineData("m{a=\"\\x41\\u00e9\\101\"}", "m{a=\"AéA\"}")]
    [InlineData("{__name__=\"m\", job=\"api\"}", "m{job=\"api\"}")]
    [InlineData("{\"my.metric\", job=\"api\"}", "my.metric{job=\"api\"}")]
    [InlineData("{\"my.metric\"}", "my.metric")]
    [InlineData("m{\"dotted.label\"=\"v\"}", "m{dotted.label=\"v\"}")]
    [InlineData("ns:rule:rate5m{}", "ns:rule:rate5m")]
    [InlineData("{job=\"api\"}", "{job=\"api\"}")]
    public void Valid_selectors_parse_to_their_canonical_form(string text, string canonical)
    {
        var result = SelectorParser.Parse(text);

        result.Error.Should().BeNull();
        result.Selector!.ToPromQl().Should().Be(canonical);
    }

    [Fact]
    public void Matchers_keep_their_operators_and_unescaped_values()
    {
        var selector = SelectorParser.Parse("m{a=\"1\", b!=\"2\", c=~\"3\", d!~\"4\"}").Selector!;

        selector.MetricName.Should().Be("m");
        selector.Matchers.Select(m => m.Operator).Should().Equal(
            MatchOperator.Equal, MatchOperator.NotEqual, MatchOperator.RegexMatch, MatchOperator.RegexNoMatch);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("m{job=\"api\"", 1)]
    [InlineData("m{job==\"api\"}", 6)]
    [InlineData("m{job=api}", 6)]
    [InlineData("m{job=\"api}", 6)]
    [InlineData("m{job~\"api\"}", 5)]
    [InlineData("m{1job=\"a\"}", 2)]
    [InlineData("m{a=\"x\" b=\"y\"}", 8)]
    [InlineData("m{a=\"\\q\"}", 5)]
    [InlineData("m[5m]", 1)]
    [InlineData("rate(m[5m])", 4)]
    [InlineData("{\"x\", \"y\"}", 6)]
    [InlineData("m{\"x\"}", 2)]
    [InlineData("m{a=\"\\u12\"}", 5)]
    public void Errors_carry_the_offset_of_the_problem(string text, int offset)
    {
        var result = SelectorParser.Parse(text);

        result.Selector.Should().BeNull();
        result.Error.Should().NotBeNullOrWhiteSpace();
        result.ErrorOffset.Should().Be(offset);
    }
}
