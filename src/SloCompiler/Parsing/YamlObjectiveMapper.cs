using System.Text.RegularExpressions;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing;

/// <summary>
/// <c>objective: 99.9%</c>, <c>objective: 99.9</c> or the percentile sugar <c>objective: "p95 &lt; 800ms"</c>,
/// plus the SLO's <c>period</c>. Values stay text; the checker validates them.
/// </summary>
internal static partial class YamlObjectiveMapper
{
    public static ObjectiveSyntax? Objective(YamlContext context, YamlMap slo)
    {
        if (context.String(slo, "objective") is not { } objective)
        {
            return null;
        }

        var period = context.String(slo, "period");
        var percentile = Percentile().Match(objective.Value);
        if (percentile.Success)
        {
            return new ObjectiveSyntax(
                Part(context, objective, percentile.Groups["percent"]),
                period,
                Part(context, objective, percentile.Groups["threshold"]),
                objective.Span);
        }

        var plain = Plain().Match(objective.Value);
        return new ObjectiveSyntax(Part(context, objective, plain.Groups["percent"]), period, null, objective.Span);
    }

    private static Spanned<string> Part(YamlContext context, Spanned<string> whole, Group group) =>
        Part(context, whole, group.Index, group.Length);

    /// <summary>
    /// The span of a part of the value inside the written scalar, so a bad "99.99x" is underlined precisely; falls
    /// back to the whole scalar when escapes or folding make the written text differ from the value.
    /// </summary>
    private static Spanned<string> Part(YamlContext context, Spanned<string> whole, int index, int length)
    {
        var part = whole.Value.Substring(index, length);
        var written = context.Source.Text.Substring(whole.Span.Start, whole.Span.Length);
        var valueAt = whole.Value.Length == 0 ? -1 : written.IndexOf(whole.Value, StringComparison.Ordinal);
        var span = valueAt < 0 ? whole.Span : new SourceSpan(context.Source, whole.Span.Start + valueAt + index, length);
        return new Spanned<string>(part, span);
    }

    [GeneratedRegex(@"^\s*p(?<percent>\S+?)\s*<\s*(?<threshold>\S+)\s*$")]
    private static partial Regex Percentile();

    // Always matches: the number without surrounding blanks and without a trailing '%'.
    [GeneratedRegex(@"^\s*(?<percent>.*?)\s*%?\s*$", RegexOptions.Singleline)]
    private static partial Regex Plain();
}
