using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Recognises <c>sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m]))</c>: the numerator is the denominator with
/// extra matchers, through operations that only grow with more series (sum, count, max, rate…), so the
/// ratio can never exceed 1.
/// </summary>
internal static class RatioOfSubset
{
    private static readonly HashSet<string> Monotone = new(StringComparer.Ordinal)
    {
        "sum", "count", "max", "rate", "irate", "increase", "sum_over_time", "count_over_time",
    };

    public static bool Holds(Expr numerator, Expr denominator) =>
        IsSubset(ExprTree.Unwrap(numerator), ExprTree.Unwrap(denominator));

    private static bool IsSubset(Expr a, Expr b) => (a, b) switch
    {
        (VectorSelector x, VectorSelector y) => x.Name == y.Name && x.Modifiers == y.Modifiers
            && y.Matchers.All(m => x.Matchers.Any(n => n.Name == m.Name && n.Operator == m.Operator && n.Value == m.Value)),
        (MatrixSelector x, MatrixSelector y) => x.Duration == y.Duration && x.Modifiers == y.Modifiers && IsSubset(x.Selector, y.Selector),
        (CallExpr x, CallExpr y) => Monotone.Contains(x.Function.Name) && x.Function.Name == y.Function.Name
            && x.Arguments.Count == 1 && y.Arguments.Count == 1 && IsSubset(ExprTree.Unwrap(x.Arguments[0]), ExprTree.Unwrap(y.Arguments[0])),
        (AggregateExpr x, AggregateExpr y) => Monotone.Contains(x.Operator) && x.Operator == y.Operator && x.Without == y.Without
            && x.Parameter is null && y.Parameter is null && x.Grouping.SequenceEqual(y.Grouping)
            && IsSubset(ExprTree.Unwrap(x.Argument), ExprTree.Unwrap(y.Argument)),
        _ => false,
    };
}
