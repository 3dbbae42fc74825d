using System.Text.RegularExpressions;
using SloCompiler.Checking;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing.Foreign;

/// <summary>
/// Turns a peer's pair of queries into our SLI. <c>sum(rate(M{…}[{{.window}}]))</c> (or <c>increase</c>, with or
/// without <c>by (…)</c>) over the same shape becomes a <c>ratio</c>, so it gets traffic-weighted windows and
/// generated tests; anything else stays a <c>raw</c> error ratio with the window placeholder rewritten to ours.
/// </summary>
internal static partial class ForeignQuery
{
    /// <summary>One side of a ratio: the selector inside <c>sum(rate(…))</c> and the <c>by</c> labels.</summary>
    internal sealed record CounterSum(Spanned<string> Selector, string Function, IReadOnlyList<string> By);

    /// <summary>A ratio when both queries have the usual shape, the same function and the same grouping; else raw.</summary>
    public static SliSyntax Events(Spanned<string>? errorOrGood, Spanned<string> total, bool isGood, SourceSpan span, List<Spanned<string>> groupBy, bool anyWindow = false)
    {
        if (errorOrGood is { } part && Match(part, anyWindow) is { } top && Match(total, anyWindow) is { } bottom
            && top.Function == bottom.Function && top.By.SequenceEqual(bottom.By, StringComparer.Ordinal))
        {
            groupBy.AddRange(top.By.Select(label => new Spanned<string>(label, part.Span)));
            return isGood
                ? new RatioSliSyntax(null, top.Selector, bottom.Selector, span)
                : new RatioSliSyntax(top.Selector, null, bottom.Selector, span);
        }

        var numerator = errorOrGood is { } written ? $"({Window(OneLine(written.Value))})" : "0";
        var ratio = isGood
            ? $"1 - {numerator} / ({Window(OneLine(total.Value))})"
            : $"{numerator} / ({Window(OneLine(total.Value))})";
        return new RawSliSyntax(new Spanned<string>(ratio, (errorOrGood?.Span ?? total.Span).Union(total.Span)), span);
    }

    /// <summary>A raw error ratio as written, with the peer's window placeholder replaced by ours.</summary>
    public static RawSliSyntax Raw(Spanned<string> errorRatio, SourceSpan span) =>
        new(new Spanned<string>(Window(OneLine(errorRatio.Value)), errorRatio.Span), span);

    /// <summary>
    /// A query written over several lines (a YAML block scalar) on one line: PromQL reads line breaks as spaces, and
    /// our language's strings are one line, so the rules read directly and through <c>slo convert</c> stay the same.
    /// </summary>
    public static string OneLine(string query) => LineBreak().Replace(query.Trim(), " ");

    /// <summary>A bare counter selector (Pyrra, OpenSLO without a function) as the selector itself.</summary>
    public static bool IsSelector(string text) => Selector().IsMatch(text.Trim());

    public static string Window(string query) => WindowPlaceholder().Replace(query, "{window}");

    /// <summary>The selector of <c>sum(rate(SEL[{{.window}}]))</c>, with its position inside the written query.</summary>
    public static CounterSum? Match(Spanned<string> query, bool anyWindow = false)
    {
        var match = SumOfRate().Match(query.Value);
        if (!match.Success || !anyWindow && WindowPlaceholder().Replace(match.Groups["window"].Value, "{window}") != "{window}")
        {
            return null;
        }

        var byGroup = match.Groups["by1"].Success ? match.Groups["by1"] : match.Groups["by2"];
        var by = byGroup.Success
            ? byGroup.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList()
            : [];
        var selector = match.Groups["selector"];
        var located = ValueLocator.Inside(query, selector.Index, selector.Length);
        var span = located.Length == selector.Length ? located : query.Span;
        return new CounterSum(new Spanned<string>(selector.Value, span), match.Groups["function"].Value, by);
    }

    private const string SelectorPattern = @"[A-Za-z_:][A-Za-z0-9_:]*\s*(?:\{(?:[^{}""]|""(?:[^""\\]|\\.)*"")*\})?";

    [GeneratedRegex(@"^\s*sum\s*(?:by\s*\((?<by1>[^)]*)\)\s*)?\(\s*(?<function>rate|increase)\s*\(\s*(?<selector>" + SelectorPattern + @")\s*\[(?<window>[^\]]*)\]\s*\)\s*\)\s*(?:by\s*\((?<by2>[^)]*)\)\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SumOfRate();

    [GeneratedRegex("^" + SelectorPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Selector();

    [GeneratedRegex(@"[ \t]*\r?\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\{\{\s*\.window\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex WindowPlaceholder();
}
