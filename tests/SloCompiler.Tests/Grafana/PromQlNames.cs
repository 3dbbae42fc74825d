using System.Text.RegularExpressions;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// Pulls metric names out of the PromQL the dashboards use: strings, label matchers, ranges and
/// grouping clauses are removed, then every remaining identifier that is not a function call or
/// keyword is a metric name. Enough for our own queries; not a PromQL parser.
/// </summary>
internal static partial class PromQlNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right",
    };

    public static IReadOnlyList<string> MetricNames(string expr)
    {
        var text = LabelValues().Replace(expr, "$1");
        text = StringLiteral().Replace(text, "\"\"");
        text = Braces().Replace(text, "{}");
        text = Brackets().Replace(text, "[]");
        text = Grouping().Replace(text, " ");
        return Identifier().Matches(text)
            .Where(m => !Keywords.Contains(m.Value) && !text[(m.Index + m.Length)..].TrimStart().StartsWith('('))
            .Select(m => m.Value)
            .ToList();
    }

    /// <summary>Template variables referenced as <c>$name</c>, <c>${name}</c> or <c>${name:format}</c>.</summary>
    public static IEnumerable<string> Variables(string expr) =>
        Variable().Matches(expr).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    [GeneratedRegex(@"label_values\((.*),\s*\w+\)\s*$")]
    private static partial Regex LabelValues();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.:])[A-Za-z_:][A-Za-z0-9_:]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\$(?:\{(\w+)(?::[^}]*)?\}|(\w+))")]
    private static partial Regex Variable();
}
