using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO434: <c>sum(errors / requests)</c> adds up per-series ratios; any series with no requests contributes
/// 0/0 = NaN and the sum becomes NaN. A denominator filtered to <c>> 0</c> or clamped above 0 is safe.
/// </summary>
internal sealed class DivisionInsideSumCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var aggregate in rule.Nodes<AggregateExpr>().Where(a => a.Operator is "sum" or "avg"))
        {
            var division = DirectDivisions(aggregate.Argument).FirstOrDefault(d => d.Right.Type == PromQlType.Vector && !IsPositive(d.Right));
            if (division is not null)
            {
                context.Report(DiagnosticDescriptors.LintDivisionInsideSum, rule.Map(division.OperatorRange), aggregate.Operator);
            }
        }
    }

    /// <summary>Divisions under the aggregation, not under a nested aggregation (which is checked on its own).</summary>
    private static IEnumerable<BinaryExpr> DirectDivisions(Expr expr) => expr switch
    {
        AggregateExpr => [],
        BinaryExpr { Operator: "/" } b => [b, .. DirectDivisions(b.Left), .. DirectDivisions(b.Right)],
        _ => ExprTree.Children(expr).SelectMany(DirectDivisions),
    };

    private static bool IsPositive(Expr denominator) => ExprTree.Unwrap(denominator) switch
    {
        BinaryExpr { Operator: ">" } b when ExprTree.IsFilter(b) => b.Right.Constant is >= 0,
        BinaryExpr { Operator: "and" or "unless" } b => IsPositive(b.Left),
        CallExpr { Function.Name: "clamp_min" or "clamp" } c => c.Arguments[1].Constant is > 0,
        _ => false,
    };
}
