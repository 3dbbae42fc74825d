using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO425: alert labels identify the alert; putting the query value (<c>{{ $value }}</c>) in one makes every
/// evaluation with a new value a different alert, so Alertmanager resolves and re-notifies constantly.
/// </summary>
internal sealed partial class ValueInAlertLabelCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting)
        {
            return;
        }

        foreach (var label in rule.Labels.Where(l => ValueInAction().IsMatch(l.Value.Value)))
        {
            context.Report(DiagnosticDescriptors.LintValueInAlertLabel, label.Value.Span, label.Name.Value);
        }
    }

    [GeneratedRegex(@"\{\{[^}]*(\$value\b|\.Value\b)")]
    private static partial Regex ValueInAction();
}
