using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// A conservative interval analysis of PromQL values: counters' rates and <c>absent()</c> are never negative,
/// <c>count()</c> is at least 1 (over no series it returns nothing, so <c>count(x) &lt; 1</c> never holds), <c>up</c> is 0 or 1, and <c>sum(rate(x{code=~"5.."}[5m])) / sum(rate(x[5m]))</c> — the same query
/// with more matchers over itself — is a ratio in [0, 1]. Anything not understood is [-Inf, +Inf].
/// One instance per expression tree remembers each node's bounds: a chain <c>a > b > … > z</c> asks for the bounds
/// of every prefix, and computing each afresh was quadratic in the chain's length.
/// </summary>
internal sealed class ValueBounds
{
    private readonly Dictionary<Expr, Bounds> _known = new(ReferenceEqualityComparer.Instance);

    private static readonly HashSet<string> NonNegativeFunctions = new(StringComparer.Ordinal)
    {
        "rate", "irate", "increase", "count_over_time", "absent", "absent_over_time", "present_over_time", "changes",
        "resets", "time", "timestamp", "abs", "sqrt", "exp", "stddev_over_time", "stdvar_over_time", "day_of_month",
        "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year",
    };

    private static readonly HashSet<string> SameAsArgumentFunctions = new(StringComparer.Ordinal)
    {
        "avg_over_time", "min_over_time", "max_over_time", "last_over_time", "quantile_over_time", "ceil", "floor",
        "round", "scalar", "sort", "sort_desc", "label_replace", "label_join",
    };

    public Bounds Of(Expr expr)
    {
        expr = ExprTree.Unwrap(expr);
        if (!_known.TryGetValue(expr, out var bounds))
        {
            bounds = Compute(expr);
            _known[expr] = bounds;
        }

        return bounds;
    }

    private Bounds Compute(Expr expr) => expr switch
    {
        NumberLiteral n => new Bounds(n.Value, n.Value),
        UnaryExpr { Operator: '-' } u => Of(u.Operand) is var b ? new Bounds(-b.High, -b.Low) : Bounds.All,
        UnaryExpr u => Of(u.Operand),
        VectorSelector { Name: "up" } => Bounds.Unit,
        MatrixSelector m => Of(m.Selector),
        Subquery s => Of(s.Inner),
        CallExpr c => OfCall(c),
        AggregateExpr a => OfAggregate(a),
        BinaryExpr b => OfBinary(b),
        _ => Bounds.All,
    };

    private Bounds OfCall(CallExpr call)
    {
        var name = call.Function.Name;
        var series = call.Arguments.FirstOrDefault(a => a.Type is PromQlType.Vector or PromQlType.Matrix);
        var inner = series is null ? Bounds.All : Of(series);
        double Arg(int i, double fallback) => i < call.Arguments.Count && call.Arguments[i].Constant is { } v ? v : fallback;
        return name switch
        {
            _ when NonNegativeFunctions.Contains(name) => Bounds.NonNegative,
            _ when SameAsArgumentFunctions.Contains(name) => inner,
            "sum_over_time" => inner.IsNonNegative ? Bounds.NonNegative : Bounds.All,
            "clamp" => new Bounds(Math.Max(inner.Low, Arg(1, double.NegativeInfinity)), Math.Min(inner.High, Arg(2, double.PositiveInfinity))),
            "clamp_min" => inner with { Low = Math.Max(inner.Low, Arg(1, double.NegativeInfinity)) },
            "clamp_max" => inner with { High = Math.Min(inner.High, Arg(1, double.PositiveInfinity)) },
            "vector" => Of(call.Arguments[0]),
            _ => Bounds.All,
        };
    }

    private Bounds OfAggregate(AggregateExpr aggregate)
    {
        var inner = Of(aggregate.Argument);
        return aggregate.Operator switch
        {
            // an aggregation over no series returns no series, not 0: count() is at least 1 when it returns at all
            "count" or "count_values" => new Bounds(1, double.PositiveInfinity),
            "stddev" or "stdvar" => Bounds.NonNegative,
            "group" => new Bounds(1, 1),
            "sum" => inner.IsNonNegative ? Bounds.NonNegative : Bounds.All,
            "avg" or "min" or "max" or "quantile" or "topk" or "bottomk" or "limitk" or "limit_ratio" => inner,
            _ => Bounds.All,
        };
    }

    private Bounds OfBinary(BinaryExpr binary)
    {
        var left = Of(binary.Left);
        var right = Of(binary.Right);
        switch (binary.Operator)
        {
            case "+":
                return Bounds.Of(left.Low + right.Low, left.High + right.High);
            case "-":
                return Bounds.Of(left.Low - right.High, left.High - right.Low);
            case "*" when left.IsNonNegative && right.IsNonNegative:
                return Bounds.Of(left.Low * right.Low, left.High * right.High);
            case "/" when left.IsNonNegative && right.IsNonNegative:
                return RatioOfSubset.Holds(binary.Left, binary.Right) ? Bounds.Unit
                    : binary.Right.Constant is > 0 and var c ? Bounds.Of(left.Low / c, left.High / c) : Bounds.NonNegative;
            case "and" or "unless":
                return left;
            case "or":
                return left.Union(right);
            case var op when ExprTree.IsComparison(op):
                return binary.ReturnBool ? Bounds.Unit : binary.Left.Type == PromQlType.Vector ? left : right;
            default:
                return Bounds.All;
        }
    }
}
