using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO423: an alert fires for every series its query returns, so a query that never filters (no comparison,
/// no absent(), no <c>and</c>/<c>unless</c> with a filter) fires for every selected series, always.
/// Reading a recording rule that itself filters counts as filtering.
/// </summary>
internal sealed class AlertWithoutConditionCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind == RuleKind.Alerting && rule.Ast is not null && !QueryFilters.Filters(rule.Ast, context.RecordingFilters))
        {
            context.Report(DiagnosticDescriptors.LintAlertAlwaysFires, rule.Map(rule.Ast.Range), rule.Name.Value);
        }
    }
}
