namespace SloCompiler.RuleFiles;

/// <summary>
/// Checks label and annotation values as Go's text/template would parse them when Prometheus expands
/// them. Hand-written because no .NET library parses Go templates: it covers what promtool reports —
/// unclosed actions and comments, unbalanced <c>if/range/with/define/block … end</c>, misplaced
/// <c>else</c>/<c>break</c>/<c>continue</c>, empty commands, unknown functions and undefined variables —
/// not Go's full type checking.
/// </summary>
internal static class GoTemplate
{
    /// <summary>Whether a label or annotation value holds template actions, so its value is known only when the alert fires.</summary>
    public static bool IsTemplate(string text) => text.Contains("{{", StringComparison.Ordinal);

    /// <summary>Null when the template parses; otherwise the first problem, worded like Go's parser.</summary>
    public static string? Check(string text)
    {
        if (!IsTemplate(text))
        {
            return null; // most label values are plain text: skip the parser state
        }

        var state = new GoTemplateState();
        var i = 0;
        while (text.IndexOf("{{", i, StringComparison.Ordinal) is var open and >= 0)
        {
            var start = open + 2;
            if (start + 1 < text.Length && text[start] == '-' && IsSpace(text[start + 1]))
            {
                start += 2;
            }

            var content = SkipSpaces(text, start);
            int close;
            if (text.AsSpan(content).StartsWith("/*"))
            {
                var commentEnd = text.IndexOf("*/", content + 2, StringComparison.Ordinal);
                if (commentEnd < 0)
                {
                    return "unclosed comment";
                }

                close = text.IndexOf("}}", commentEnd + 2, StringComparison.Ordinal);
                if (close < 0 || text[(commentEnd + 2)..close].Trim() is not ("" or "-"))
                {
                    return "comment ends before closing delimiter";
                }
            }
            else
            {
                if (FindClose(text, start) is not { } found)
                {
                    return "unclosed action";
                }

                close = found;
                var action = text[start..close];
                if (action.EndsWith(" -", StringComparison.Ordinal) || action.EndsWith("\t-", StringComparison.Ordinal))
                {
                    action = action[..^1];
                }

                if (state.Action(action) is { } error)
                {
                    return error;
                }
            }

            i = close + 2;
        }

        return state.End();
    }

    /// <summary>The offset of the closing <c>}}</c>, skipping quoted strings; null when there is none.</summary>
    private static int? FindClose(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '`' or '\'':
                    var end = GoTemplateLexer.QuoteEnd(text, i);
                    if (end < 0)
                    {
                        return null;
                    }

                    i = end;
                    break;
                case '}' when i + 1 < text.Length && text[i + 1] == '}':
                    return i;
            }
        }

        return null;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
