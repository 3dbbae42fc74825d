using SloCompiler.Model;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Checking;

/// <summary>The outcome of parsing a selector: the selector, or an error with its offset in the text.</summary>
internal sealed record SelectorParseResult(Selector? Selector, string? Error, int ErrorOffset)
{
    public bool Success => Selector is not null;
}

/// <summary>
/// Parses an SLI selector such as <c>metric{label="v", code=~"5..", "quoted.label"!="x"}</c> or
/// <c>{"my.metric"}</c> with the PromQL front end, and accepts only a plain vector selector.
/// Quoted (UTF-8) names are allowed here because the SLO language has always accepted them.
/// </summary>
internal static class SelectorParser
{
    private const string NotASelector = "a selector is a metric name with optional {label matchers}, without ranges, functions or operators";

    public static SelectorParseResult Parse(string text)
    {
        var (expr, error) = PromQlParser.ParseSyntax(text, PromQlOptions.Latest);
        if (error is not null)
        {
            var message = error.Message.StartsWith("PromQL: ", StringComparison.Ordinal) ? error.Message["PromQL: ".Length..] : error.Message;
            return new SelectorParseResult(null, message, Math.Clamp(error.Range.Start, 0, text.Length));
        }

        if (expr is not VectorSelector { Modifiers.IsEmpty: true } selector)
        {
            return new SelectorParseResult(null, NotASelector, EndOfLeadingSelector(expr!, text));
        }

        var matchers = selector.Matchers.Select(m => new LabelMatcher(m.Name, Convert(m.Operator), m.Value)).ToList();
        var name = selector.Name;
        // {__name__="m"} is the same selector as m; keep the metric name in one place
        var nameMatcher = matchers.FindIndex(m => m.Name == "__name__" && m.Operator == MatchOperator.Equal);
        if (name is null && nameMatcher >= 0)
        {
            name = matchers[nameMatcher].Value;
            matchers.RemoveAt(nameMatcher);
        }

        return new SelectorParseResult(new Selector(name ?? string.Empty, matchers), null, 0);
    }

    /// <summary>Where the text stops being a selector: after <c>m</c> in <c>m[5m]</c>, after <c>rate</c> in <c>rate(m[5m])</c>.</summary>
    private static int EndOfLeadingSelector(Expr expr, string text)
    {
        var leftmost = expr;
        while (true)
        {
            var next = leftmost switch
            {
                BinaryExpr b => b.Left,
                MatrixSelector m => m.Selector,
                Subquery s => s.Inner,
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            leftmost = next;
        }

        var end = leftmost switch
        {
            VectorSelector v => v.Range.Start + (v.Modifiers.IsEmpty ? v.Range.Length : SelectorLength(v, text)),
            CallExpr c => c.Range.Start + c.Function.Name.Length,
            AggregateExpr a => a.Range.Start + a.Operator.Length,
            _ => leftmost.Range.Start,
        };
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    // the selector's own text ends at its last '}' or name character, before ' offset …'
    private static int SelectorLength(VectorSelector v, string text)
    {
        var close = text.IndexOf('}', v.Range.Start);
        return close >= 0 && close < v.Range.End ? close + 1 - v.Range.Start : v.Name?.Length ?? 0;
    }

    private static MatchOperator Convert(MatcherOperator op) => op switch
    {
        MatcherOperator.Equal => MatchOperator.Equal,
        MatcherOperator.NotEqual => MatchOperator.NotEqual,
        MatcherOperator.RegexMatch => MatchOperator.RegexMatch,
        _ => MatchOperator.RegexNoMatch,
    };
}
