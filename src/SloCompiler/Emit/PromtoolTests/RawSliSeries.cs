using SloCompiler.Checking;
using SloCompiler.Model;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// Input series for a raw SLI, whose error ratio is an arbitrary expression. Each distinct selector
/// the expression rates becomes one series counting bad events, good events or all events; the
/// roles are found by trying each split and keeping the first under which the expression, evaluated
/// here on one series per selector, equals bad / (bad + good) for every probed traffic mix. That covers the
/// usual shapes (<c>errors / total</c>, <c>misses / (hits + misses)</c>, <c>1 - good / total</c>);
/// anything else (comparisons, <c>or vector(0)</c>, two selectors of one metric) stays untested and
/// the test file says so.
/// </summary>
internal static class RawSliSeries
{
    private const int MaxSelectors = 6;

    /// <summary>Traffic mixes (good, bad per minute) the split must reproduce exactly.</summary>
    private static readonly Phase[] Probes =
    [
        new(1, 1000m, 0m),
        new(1, 0m, 1000m),
        new(1, 998m, 2m),
        new(1, 700m, 300m),
        new(1, 1m, 999m),
    ];

    /// <summary>What a selector's series counts.</summary>
    private enum Role
    {
        Bad,
        Good,
        All,
    }

    /// <summary>The role of the selectors in the chosen subset, and of the others.</summary>
    private static readonly (Role Chosen, Role Others)[] Splits =
    [
        (Role.Bad, Role.All),
        (Role.Bad, Role.Good),
        (Role.Good, Role.All),
    ];

    public static IReadOnlyList<SyntheticSeries>? For(RawSliModel raw, IReadOnlyList<string> groupBy)
    {
        var text = raw.ForWindow(PromDuration.FromMinutes(5));
        if (PromQlParser.Parse(text).Expression is not { } expression)
        {
            return null;
        }

        var selectors = RatedSelectors(expression, text);
        if (selectors is null || selectors.Count is < 2 or > MaxSelectors
            || selectors.Values.Select(s => s.MetricName).Distinct(StringComparer.Ordinal).Count() != selectors.Count)
        {
            return null;
        }

        var keys = selectors.Keys.ToList();
        for (var subset = 1; subset < (1 << keys.Count) - 1; subset++)
        {
            foreach (var (chosen, others) in Splits)
            {
                var roles = keys.Select((key, i) => (key, role: (subset & (1 << i)) != 0 ? chosen : others))
                    .ToDictionary(r => r.key, r => r.role, StringComparer.Ordinal);
                if (Probes.All(p => IsRatio(Evaluate(expression, text, key => PerMinute(roles[key], p)), p)))
                {
                    return Series(selectors, roles, groupBy);
                }
            }
        }

        return null;
    }

    /// <summary>Equal up to decimal rounding (rates are per second: thirds of a minute's count do not terminate).</summary>
    private static bool IsRatio(decimal? value, Phase phase) =>
        value is { } v && Math.Abs(v - phase.Bad / (phase.Good + phase.Bad)) < 0.000000000001m;

    private static IReadOnlyList<SyntheticSeries>? Series(
        IReadOnlyDictionary<string, Selector> selectors, IReadOnlyDictionary<string, Role> roles, IReadOnlyList<string> groupBy)
    {
        var series = new List<SyntheticSeries>();
        foreach (var (key, selector) in selectors)
        {
            if (LabelSynthesizer.Satisfy(selector.Matchers, groupBy) is not { } labels)
            {
                return null;
            }

            // Never OnlyErrors: without its error series a raw expression has no value at all (its
            // author did not write 'or vector(0)'), so the "no error series" scenario does not apply.
            var role = roles[key];
            series.Add(new SyntheticSeries(selector.MetricName, labels, p => PerMinute(role, p)));
        }

        return series;
    }

    private static decimal PerMinute(Role role, Phase phase) => role switch
    {
        Role.Bad => phase.Bad,
        Role.Good => phase.Good,
        _ => phase.Good + phase.Bad,
    };

    /// <summary>Selectors under rate/irate/increase, keyed by their text; null when one is used otherwise.</summary>
    private static SortedDictionary<string, Selector>? RatedSelectors(Expr expression, string text)
    {
        var found = new SortedDictionary<string, Selector>(StringComparer.Ordinal);
        var bare = false;

        void Walk(Expr node)
        {
            switch (node)
            {
                case CallExpr { Function.Name: "rate" or "irate" or "increase", Arguments: [MatrixSelector { Selector: var vector }] }:
                    var selectorText = text.Substring(vector.Range.Start, vector.Range.Length);
                    if (SelectorParser.Parse(selectorText).Selector is { } selector)
                    {
                        found[selectorText] = selector;
                    }
                    else
                    {
                        bare = true;
                    }

                    return;
                case VectorSelector or MatrixSelector or Subquery:
                    bare = true;
                    return;
                case CallExpr call:
                    call.Arguments.ToList().ForEach(Walk);
                    return;
                case AggregateExpr aggregate:
                    Walk(aggregate.Argument);
                    return;
                case BinaryExpr binary:
                    Walk(binary.Left);
                    Walk(binary.Right);
                    return;
                case ParenExpr paren:
                    Walk(paren.Inner);
                    return;
                case UnaryExpr unary:
                    Walk(unary.Operand);
                    return;
            }
        }

        Walk(expression);
        return bare ? null : found;
    }

    /// <summary>
    /// The expression's value with one series per selector counting <paramref name="perMinute"/> events;
    /// null for anything this small evaluator does not model (the split is then not used).
    /// </summary>
    private static decimal? Evaluate(Expr node, string text, Func<string, decimal> perMinute)
    {
        try
        {
            return node switch
            {
                NumberLiteral number when double.IsFinite(number.Value) => (decimal)number.Value,
                ParenExpr paren => Evaluate(paren.Inner, text, perMinute),
                UnaryExpr { Operator: '-' } unary => -Evaluate(unary.Operand, text, perMinute),
                UnaryExpr { Operator: '+' } unary => Evaluate(unary.Operand, text, perMinute),
                CallExpr { Function.Name: "rate" or "irate", Arguments: [MatrixSelector { Selector: var v }] } =>
                    perMinute(text.Substring(v.Range.Start, v.Range.Length)) / 60m,
                CallExpr { Function.Name: "increase", Arguments: [MatrixSelector { Selector: var v } matrix] } =>
                    perMinute(text.Substring(v.Range.Start, v.Range.Length)) * (decimal)matrix.Duration.TotalMinutes,
                AggregateExpr { Operator: "sum" or "avg" or "min" or "max", Parameter: null } aggregate =>
                    Evaluate(aggregate.Argument, text, perMinute),
                BinaryExpr { ReturnBool: false } binary => Arithmetic(
                    binary.Operator, Evaluate(binary.Left, text, perMinute), Evaluate(binary.Right, text, perMinute)),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A division by zero is NaN in Prometheus and no series here: the split is not used.</summary>
    private static decimal? Arithmetic(string op, decimal? left, decimal? right)
    {
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        return op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" when r != 0 => l / r,
            _ => null,
        };
    }
}
