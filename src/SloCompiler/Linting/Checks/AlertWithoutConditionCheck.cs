using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
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
            if (HeartbeatReason(rule) is { } reason)
            {
                context.Report(DiagnosticDescriptors.LintHeartbeatAlert, rule.Map(rule.Ast.Range), rule.Name.Value, reason);
            }
            else
            {
                context.Report(DiagnosticDescriptors.LintAlertAlwaysFires, rule.Map(rule.Ast.Range), rule.Name.Value);
            }
        }
    }

    private static readonly string[] HeartbeatNames = ["watchdog", "deadmansswitch", "deadmanswitch", "deadmanssnitch", "heartbeat", "alwaysfiring"];

    /// <summary>Why an always-firing alert looks intended, or null: a heartbeat name or a constant query such as <c>vector(1)</c>.</summary>
    private static string? HeartbeatReason(Rule rule)
    {
        var name = rule.Name.Value.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (HeartbeatNames.Any(h => name.Contains(h, StringComparison.OrdinalIgnoreCase)))
        {
            return "its name";
        }

        return ExprTree.Unwrap(rule.Ast!) is CallExpr { Function.Name: "vector" } call && call.Arguments[0].Constant is not null
            ? "its query is a constant"
            : null;
    }
}
