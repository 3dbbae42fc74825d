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
        if (rule.Kind == RuleKind.Alerting && rule.Ast is not null && !Filters(rule.Ast, context))
        {
            context.Report(DiagnosticDescriptors.LintAlertAlwaysFires, rule.Map(rule.Ast.Range), rule.Name.Value);
        }
    }

    private static bool Filters(Expr expr, LintContext context) => ExprTree.Unwrap(expr) switch
    {
        BinaryExpr b when ExprTree.IsFilter(b) => true,
        BinaryExpr { Operator: "and" } b => Filters(b.Left, context) || Filters(b.Right, context),
        BinaryExpr { Operator: "unless" } => true,
        BinaryExpr { Operator: "or" } b => Filters(b.Left, context) && Filters(b.Right, context),
        BinaryExpr b => Filters(b.Left, context) || Filters(b.Right, context),
        CallExpr { Function.Name: "absent" or "absent_over_time" } => true,
        CallExpr c => c.Arguments.Any(a => Filters(a, context)),
        AggregateExpr a => Filters(a.Argument, context),
        UnaryExpr u => Filters(u.Operand, context),
        Subquery s => Filters(s.Inner, context),
        MatrixSelector m => Filters(m.Selector, context),
        VectorSelector { Name: { } name } => context.AnyRecordingFilters(name, r => Filters(r.Ast!, context)),
        _ => false,
    };
}
