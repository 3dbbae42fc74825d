using System.Text.RegularExpressions;
using SloCompiler.Model;

namespace SloCompiler.RuleFiles;

/// <summary>Rule file durations: Prometheus syntax, where unlike SLO windows zero (<c>0s</c>, <c>0</c>) is allowed.</summary>
internal static partial class RuleDurations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (PromDuration.TryParse(text, out var parsed))
        {
            duration = TimeSpan.FromMilliseconds(parsed.Milliseconds);
            return true;
        }

        return Zero().IsMatch(text);
    }

    [GeneratedRegex("^0+(y|w|d|h|m|s|ms)?$")]
    private static partial Regex Zero();
}
