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
    /// <remarks>
    /// Counted first, then filled into an array of exactly that size by one recursive walk: the checks call this for
    /// every rule, and an iterator (or a growing list) was a fifth of lint's time and most of its garbage.
    /// </remarks>
    public static IReadOnlyList<Expr> DescendantsAndSelf(Expr expr)
    {
        var all = new Expr[Count(expr)];
        var next = 0;
        Fill(expr, all, ref next);
        return all;
    }

    private static int Count(Expr expr) => 1 + expr switch
    {
        MatrixSelector m => Count(m.Selector),
        Subquery s => Count(s.Inner),
        ParenExpr p => Count(p.Inner),
        UnaryExpr u => Count(u.Operand),
        CallExpr c => CountAll(c.Arguments),
        AggregateExpr a => (a.Parameter is null ? 0 : Count(a.Parameter)) + Count(a.Argument),
        BinaryExpr b => Count(b.Left) + Count(b.Right),
        _ => 0,
    };

    private static int CountAll(IReadOnlyList<Expr> exprs)
    {
        var count = 0;
        for (var i = 0; i < exprs.Count; i++)
        {
            count += Count(exprs[i]);
        }

        return count;
    }

    private static void Fill(Expr expr, Expr[] all, ref int next)
    {
        all[next++] = expr;
        switch (expr)
        {
            case MatrixSelector m:
                Fill(m.Selector, all, ref next);
                break;
            case Subquery s:
                Fill(s.Inner, all, ref next);
                break;
            case ParenExpr p:
                Fill(p.Inner, all, ref next);
                break;
            case UnaryExpr u:
                Fill(u.Operand, all, ref next);
                break;
            case CallExpr c:
                foreach (var argument in c.Arguments)
                {
                    Fill(argument, all, ref next);
                }

                break;
            case AggregateExpr a:
                if (a.Parameter is not null)
                {
                    Fill(a.Parameter, all, ref next);
                }

                Fill(a.Argument, all, ref next);
                break;
            case BinaryExpr b:
                Fill(b.Left, all, ref next);
                Fill(b.Right, all, ref next);
                break;
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

    /// <summary>
    /// The terms of <c>a or b or c</c> (for <paramref name="op"/> <c>or</c>) in written order, through parentheses.
    /// Iterative: concatenating the halves recursively passed each term through one iterator per level, quadratic
    /// in a long chain.
    /// </summary>
    public static List<Expr> Terms(Expr expr, string op)
    {
        var terms = new List<Expr>();
        var pending = new Stack<Expr>();
        pending.Push(expr);
        while (pending.TryPop(out var next))
        {
            if (Unwrap(next) is BinaryExpr binary && binary.Operator == op)
            {
                pending.Push(binary.Right);
                pending.Push(binary.Left);
            }
            else
            {
                terms.Add(next);
            }
        }

        return terms;
    }

    public static bool IsComparison(string op) => op is "==" or "!=" or "<" or "<=" or ">" or ">=";

    /// <summary>A comparison that filters series (not <c>bool</c>, which returns 0 or 1 for every series).</summary>
    public static bool IsFilter(BinaryExpr binary) => IsComparison(binary.Operator) && !binary.ReturnBool;

    /// <summary>The longest range written directly in the expression (matrix selectors and subqueries).</summary>
    public static TimeSpan? LongestRange(Expr expr) =>
        DescendantsAndSelf(expr)
            .Select(e => e switch { MatrixSelector m => m.Duration, Subquery s => s.Duration, _ => (TimeSpan?)null })
            .Max();
}
