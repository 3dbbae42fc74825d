using System.Text.RegularExpressions;

namespace SloCompiler.RuleFiles;

/// <summary>Prometheus 2.42's name rules (pre-UTF-8): metric names allow ':', label names do not.</summary>
internal static partial class RuleNames
{
    public static bool IsMetricName(string name) => MetricName().IsMatch(name);

    /// <summary>A valid label name; <c>__name__</c> is refused on rules because the rule sets it itself.</summary>
    public static bool IsLabelName(string name) => LabelName().IsMatch(name) && name != "__name__";

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
