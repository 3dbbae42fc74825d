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

        return Unquote(match.Groups[3].Value.Trim()) is { } value
            ? new RouteMatcher(match.Groups[1].Value, match.Groups[2].Value, value)
            : null;
    }

    /// <summary>
    /// The value as Alertmanager 0.25 reads it: optionally double-quoted, where <c>\"</c>, <c>\\</c> and <c>\n</c> are
    /// escapes and any other backslash is itself; null when a quote stands where Alertmanager refuses it.
    /// </summary>
    private static string? Unquote(string raw)
    {
        var quoted = raw.StartsWith('"');
        var text = quoted ? raw[1..] : raw;
        var value = new System.Text.StringBuilder(text.Length);
        var closed = !quoted;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i < text.Length - 1)
            {
                var next = text[++i];
                value.Append(next switch { 'n' => "\n", '"' or '\\' => next.ToString(), _ => "\\" + next });
            }
            else if (c == '"')
            {
                if (closed || i < text.Length - 1)
                {
                    return null;
                }

                closed = true;
            }
            else
            {
                value.Append(c);
            }
        }

        return closed ? value.ToString() : null;
    }

    /// <summary>
    /// Anchored like Alertmanager's, read with RE2's rules and matched in linear time as RE2 matches; a regex RE2
    /// refuses matches nothing.
    /// </summary>
    private bool IsMatch(string actual)
    {
        try
        {
            return PromQl.SelectorRules.LinearAnchoredRegex(Value)?.IsMatch(actual) ?? false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
