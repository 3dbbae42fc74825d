using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Tests.Linting;

/// <summary>When two matchers on one label can never hold together: only what is provable counts as disjoint.</summary>
public class MatcherOverlapTests
{
    private static Matcher M(string op, string value) => new("code", op switch
    {
        "=" => MatcherOperator.Equal,
        "!=" => MatcherOperator.NotEqual,
        "=~" => MatcherOperator.RegexMatch,
        _ => MatcherOperator.RegexNoMatch,
    }, value, default);

    [Theory]
    [InlineData("=", "200", "=", "500", true)]
    [InlineData("=", "200", "=", "200", false)]
    [InlineData("=", "200", "!=", "200", true)]
    [InlineData("=", "200", "=~", "5..", true)]
    [InlineData("=", "500", "=~", "5..", false)]
    [InlineData("=", "500", "!~", "5..", true)]
    [InlineData("=~", "2..", "=~", "5..", true)]
    [InlineData("=~", "2..|3..", "=~", "3..", false)]
    [InlineData("=~", "2..", "=~", "2...", true)]
    [InlineData("=~", "a\\.b", "=~", "a.b", false)]
    [InlineData("=~", "a\\.b", "=~", "axb", true)]
    [InlineData("=~", "[24]..", "=~", "5..", false)]
    [InlineData("=~", "2.*", "=~", "5..", false)]
    [InlineData("=~", "5..", "!~", "5..", true)]
    [InlineData("!=", "200", "!=", "500", false)]
    public void Disjoint_only_when_no_value_can_satisfy_both(string op1, string v1, string op2, string v2, bool disjoint)
    {
        MatcherOverlap.Disjoint(M(op1, v1), M(op2, v2)).Should().Be(disjoint);
        MatcherOverlap.Disjoint(M(op2, v2), M(op1, v1)).Should().Be(disjoint);
    }
}
