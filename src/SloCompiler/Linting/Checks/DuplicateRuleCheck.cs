using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO428: the same rule (name, expression, labels) in two places of the whole rule set, also across files:
/// both are evaluated, alerts notify twice and two recording rules write the same series.
/// </summary>
internal sealed class DuplicateRuleCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Name.Value.Length > 0 && context.EarlierDuplicateOf(rule) is { } first)
        {
            context.Report(DiagnosticDescriptors.LintDuplicateRule, rule.Name.Span, $"'{first.Name.Value}' at {first.Name.Span}");
        }
    }
}
