using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO425: alert labels identify the alert; putting the query value (<c>{{ $value }}</c>) in one makes every
/// evaluation with a new value a different alert, so Alertmanager resolves and re-notifies constantly.
/// </summary>
internal sealed class ValueInAlertLabelCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting)
        {
            return;
        }

        foreach (var label in rule.Labels.Where(l => ValueInAction.IsMatch(l.Value.Value)))
        {
            context.Report(DiagnosticDescriptors.LintValueInAlertLabel, label.Value.Span, label.Name.Value);
        }
    }

    /// <summary>Linear time: backtracking tried every <c>{{</c> of a value with no <c>}</c> to its end, quadratic on hostile labels.</summary>
    private static readonly Regex ValueInAction = new(@"\{\{[^}]*(\$value\b|\.Value\b)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
