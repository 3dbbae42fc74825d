using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>SLO431: <c>job=~"api"</c> is an exact match written as a regex; <c>job="api"</c> says so and skips the regex engine.</summary>
internal sealed class RegexWithoutMetaCheck : IRuleCheck
{
    private const string MetaCharacters = @".+*?()[]{}|\^$";

    public void Check(LintContext context, Rule rule)
    {
        foreach (var matcher in RegexMatchers(rule).Where(m => m.Value.IndexOfAny(MetaCharacters.ToCharArray()) < 0))
        {
            var op = matcher.Operator == MatcherOperator.RegexMatch ? "=" : "!=";
            context.Report(DiagnosticDescriptors.LintRegexWithoutMeta, rule.Map(matcher.Range), $"{matcher.Name}{(op == "=" ? "=~" : "!~")}{PromQlPrinter.Quote(matcher.Value)}", $"{matcher.Name}{op}{PromQlPrinter.Quote(matcher.Value)}");
        }
    }

    /// <summary>The <c>=~</c> and <c>!~</c> matchers of every selector of the rule.</summary>
    internal static IEnumerable<Matcher> RegexMatchers(Rule rule) =>
        rule.Nodes<VectorSelector>()
            .SelectMany(s => s.Matchers)
            .Where(m => m.Operator is MatcherOperator.RegexMatch or MatcherOperator.RegexNoMatch);
}
