using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>SLO432: Prometheus wraps every label regex in <c>^(?:…)$</c>, so a written <c>^</c> or trailing <c>$</c> only adds noise.</summary>
internal sealed class RegexAnchorCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var matcher in RegexWithoutMetaCheck.RegexMatchers(rule))
        {
            var value = matcher.Value;
            var leading = value.StartsWith('^');
            var trailing = value.EndsWith('$') && !value.EndsWith("\\$", StringComparison.Ordinal);
            if (leading || trailing)
            {
                var which = leading && trailing ? "'^' and '$'" : leading ? "leading '^'" : "trailing '$'";
                context.Report(DiagnosticDescriptors.LintRegexRedundantAnchor, rule.Map(matcher.Range), which, value);
            }
        }
    }
}
