using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>Walking PromQL trees: children in written order, all descendants, and unwrapping parentheses.</summary>
internal static class ExprTree
{
    public static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        MatrixSelector m => [m.Selector],
        Subquery s => [s.Inner],
        ParenExpr p => [p.Inner],
        UnaryExpr u => [u.Operand],
        CallExpr c => c.Arguments,
        AggregateExpr a => a.Parameter is null ? [a.Argument] : [a.Parameter, a.Argument],
        BinaryExpr b => [b.Left, b.Right],
        _ => [],
    };

    /// <summary>The expression and everything below it, parents before children.</summary>
    public static IEnumerable<Expr> DescendantsAndSelf(Expr expr)
    {
        var stack = new Stack<Expr>();
        stack.Push(expr);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary><c>x</c> of <c>((x))</c>.</summary>
    public static Expr Unwrap(Expr expr)
    {
        while (expr is ParenExpr paren)
        {
            expr = paren.Inner;
        }

        return expr;
    }

    /// <summary>The value of a constant expression (<c>14.4 * (1 - 0.999)</c>); null when it reads series.</summary>
    public static double? Constant(Expr expr) => Unwrap(expr) switch
    {
        NumberLiteral n => n.Value,
        UnaryExpr { Operator: '-' } u => -Constant(u.Operand),
        UnaryExpr u => Constant(u.Operand),
        BinaryExpr b when Constant(b.Left) is { } l && Constant(b.Right) is { } r => b.Operator switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            "^" => Math.Pow(l, r),
            _ => null,
        },
        _ => null,
    };

    public static bool IsComparison(string op) => op is "==" or "!=" or "<" or "<=" or ">" or ">=";

    /// <summary>A comparison that filters series (not <c>bool</c>, which returns 0 or 1 for every series).</summary>
    public static bool IsFilter(BinaryExpr binary) => IsComparison(binary.Operator) && !binary.ReturnBool;

    /// <summary>The longest range written directly in the expression (matrix selectors and subqueries).</summary>
    public static TimeSpan? LongestRange(Expr expr) =>
        DescendantsAndSelf(expr)
            .Select(e => e switch { MatrixSelector m => m.Duration, Subquery s => s.Duration, _ => (TimeSpan?)null })
            .Max();
}
