using System.Text.RegularExpressions;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Finds the burn-rate conditions of a hand-written alert, grouped as the alert combines them: each
/// <c>or</c> branch is a list of conditions joined by <c>and</c>. A comparison is a burn-rate condition when
/// its threshold is <c>factor × budget</c> (<c>> 14.4 * 0.001</c>), when it divides by the budget
/// (<c>ratio / 0.001 > 14.4</c>), or when it compares a series named like <c>…burn_rate…</c>. A
/// <c>factor × budget</c> threshold counts only over an error ratio (a division, a series named like a ratio,
/// error or SLI, or a recording of a division): <c>disk_used_bytes > 0.9 * 1000</c> is a capacity threshold.
/// </summary>
internal static partial class BurnRateAlert
{
    public static IReadOnlyList<IReadOnlyList<BurnCondition>> Branches(Rule rule, LintContext context)
    {
        if (rule.Kind != RuleKind.Alerting || rule.Ast is null)
        {
            return [];
        }

        return ExprTree.Terms(rule.Ast, "or")
            .Select(branch => (IReadOnlyList<BurnCondition>)ExprTree.Terms(branch, "and").Select(term => Condition(term, context)).OfType<BurnCondition>().ToList())
            .Where(branch => branch.Count > 0)
            .ToList();
    }

    private static BurnCondition? Condition(Expr term, LintContext context)
    {
        if (ExprTree.Unwrap(term) is not BinaryExpr { Operator: ">" or ">=" or "<" or "<=" } comparison || !ExprTree.IsFilter(comparison))
        {
            return null;
        }

        // "threshold < measured" reads the same as "measured > threshold"
        var (measured, threshold) = comparison.Operator is ">" or ">=" ? (comparison.Left, comparison.Right) : (comparison.Right, comparison.Left);
        if (comparison.Operator is "<" or "<=" && comparison.Left.Constant is null)
        {
            return null;
        }

        if (threshold.Constant is not { } value)
        {
            return null;
        }

        var window = Window(measured, context);
        if (ExprTree.Unwrap(threshold) is BinaryExpr { Operator: "*" } product
            && product.Left.Constant is { } a && product.Right.Constant is { } b && IsBudget(a) != IsBudget(b)
            && IsErrorRatio(measured, context))
        {
            return IsBudget(a) ? new BurnCondition(comparison, b, a, window) : new BurnCondition(comparison, a, b, window);
        }

        if (ExprTree.Unwrap(measured) is BinaryExpr { Operator: "/" } division && division.Right.Constant is { } budget && IsBudget(budget))
        {
            return new BurnCondition(comparison, value, budget, Window(division.Left, context));
        }

        return ExprTree.DescendantsAndSelf(measured).OfType<VectorSelector>().Any(s => BurnRateName().IsMatch(s.Name ?? string.Empty))
            ? new BurnCondition(comparison, value, null, window)
            : null;
    }

    private static bool IsBudget(double value) => value is > 0 and < 1;

    /// <summary>Whether <paramref name="measured"/> reads as an error ratio rather than a gauge or a count.</summary>
    private static bool IsErrorRatio(Expr measured, LintContext context)
    {
        var nodes = ExprTree.DescendantsAndSelf(measured).ToList();
        if (nodes.OfType<BinaryExpr>().Any(b => b.Operator == "/"))
        {
            return true;
        }

        return nodes.OfType<VectorSelector>().Any(s => s.Name is { } name
            && (RatioName().IsMatch(name)
                || (context.SingleRecording(name)?.Ast is { } recorded && ExprTree.DescendantsAndSelf(recorded).OfType<BinaryExpr>().Any(b => b.Operator == "/"))));
    }

    [GeneratedRegex("(?i)ratio|error|sli|burn_?rate|availability")]
    private static partial Regex RatioName();

    /// <summary>
    /// The window a measured expression looks back over: its longest range, else that of the recording rule it
    /// reads, else a duration at the end of the recorded name (<c>slo:burn_rate:rate1h</c>).
    /// </summary>
    private static TimeSpan? Window(Expr measured, LintContext context)
    {
        if (ExprTree.LongestRange(measured) is { } range)
        {
            return range;
        }

        return ExprTree.DescendantsAndSelf(measured).OfType<VectorSelector>()
            .Select(s => s.Name is null ? null : context.SingleRecording(s.Name)?.Ast is { } recorded ? ExprTree.LongestRange(recorded) : NameWindow(s.Name))
            .Max();
    }

    /// <summary><c>1m10s</c> of <c>slo:sli_events:rate1m10s</c>: the last name segment after its leading letters.</summary>
    private static TimeSpan? NameWindow(string name)
    {
        var segment = name.Split(':', '_')[^1].TrimStart("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        return segment.Length > 0 && RuleDurations.TryParse(segment, out var window) && window > TimeSpan.Zero ? window : null;
    }

    [GeneratedRegex("(?i)burn_?rate")]
    private static partial Regex BurnRateName();
}
