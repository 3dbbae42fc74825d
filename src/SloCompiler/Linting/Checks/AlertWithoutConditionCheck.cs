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
    private const int MaxRecordingDepth = 8;

    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind == RuleKind.Alerting && rule.Ast is not null && !Filters(rule.Ast, context, 0))
        {
            context.Report(DiagnosticDescriptors.LintAlertAlwaysFires, rule.Map(rule.Ast.Range), rule.Name.Value);
        }
    }

    private static bool Filters(Expr expr, LintContext context, int depth) => ExprTree.Unwrap(expr) switch
    {
        BinaryExpr b when ExprTree.IsFilter(b) => true,
        BinaryExpr { Operator: "and" } b => Filters(b.Left, context, depth) || Filters(b.Right, context, depth),
        BinaryExpr { Operator: "unless" } => true,
        BinaryExpr { Operator: "or" } b => Filters(b.Left, context, depth) && Filters(b.Right, context, depth),
        BinaryExpr b => Filters(b.Left, context, depth) || Filters(b.Right, context, depth),
        CallExpr { Function.Name: "absent" or "absent_over_time" } => true,
        CallExpr c => c.Arguments.Any(a => Filters(a, context, depth)),
        AggregateExpr a => Filters(a.Argument, context, depth),
        UnaryExpr u => Filters(u.Operand, context, depth),
        Subquery s => Filters(s.Inner, context, depth),
        MatrixSelector m => Filters(m.Selector, context, depth),
        VectorSelector { Name: { } name } when depth < MaxRecordingDepth =>
            context.RecordingsOf(name).Any(r => r.Rule.Ast is not null && Filters(r.Rule.Ast, context, depth + 1)),
        _ => false,
    };
}
