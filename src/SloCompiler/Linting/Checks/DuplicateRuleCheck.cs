using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO428: the same rule in two places of the whole rule set, also across files: two recording rules with one name
/// and labels write the same series (promtool's duplicate-rules lint, within one file); the same alert notifies twice.
/// </summary>
internal sealed class DuplicateRuleCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Name.Value.Length > 0 && context.EarlierDuplicateOf(rule) is { } first)
        {
            var (same, effect) = rule.Kind == RuleKind.Recording
                ? ("same name and labels", "both write the same series, so their samples overwrite each other")
                : ("same name, expression and labels", "both are evaluated and every alert notifies twice");
            context.Report(DiagnosticDescriptors.LintDuplicateRule, rule.Name.Span, $"'{first.Name.Value}' at {first.Name.Span}", same, effect);
        }
    }
}
