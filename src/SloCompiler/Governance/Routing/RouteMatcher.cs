using System.Text.RegularExpressions;

namespace SloCompiler.Governance.Routing;

/// <summary>
/// One Alertmanager matcher: <c>severity="page"</c>, <c>team=~"pay.*"</c>, <c>env!=dev</c>. Regexes are
/// anchored like Alertmanager's; an absent label matches as the empty string.
/// </summary>
public sealed record RouteMatcher(string Label, string Operator, string Value)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var actual = labels.TryGetValue(Label, out var value) ? value : string.Empty;
        return Operator switch
        {
            "=" => actual == Value,
            "!=" => actual != Value,
            "=~" => IsMatch(actual),
            _ => !IsMatch(actual),
        };
    }

    /// <summary>Reads <c>name op value</c> with the value optionally double-quoted; null when it is not a matcher.</summary>
    public static RouteMatcher? Parse(string text)
    {
        var match = Regex.Match(text.Trim(), @"^([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*(.*)$", RegexOptions.CultureInvariant, RegexTimeout);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups[3].Value.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = Regex.Unescape(value[1..^1]);
        }

        return new RouteMatcher(match.Groups[1].Value, match.Groups[2].Value, value);
    }

    private bool IsMatch(string actual)
    {
        try
        {
            return Regex.IsMatch(actual, $"^(?:{Value})$", RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
