namespace SloCompiler.Parsing;

/// <summary>
/// Finds where a PromQL vector selector (<c>metric{label="v", code=~"5.."}</c>) ends, without
/// validating its matchers (the checker does that). Hand-written because braces, commas and
/// <c>#</c> inside quoted label values must not end the selector or start a comment, and an
/// unbalanced brace must be reported at the exact character.
/// </summary>
internal static class DslSelectorScanner
{
    /// <summary>Why a selector could not be scanned.</summary>
    internal enum Problem
    {
        None,
        Empty,
        UnclosedBrace,
        UnclosedString,
    }

    /// <summary>The outcome: <see cref="End"/> on success, else the problem and its offset.</summary>
    internal readonly record struct ScanResult(int End, Problem Problem, int ProblemOffset)
    {
        public bool Success => Problem == Problem.None;
    }

    internal static bool IsMetricStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or ':';

    internal static bool IsMetricChar(char c) => IsMetricStart(c) || c is >= '0' and <= '9';

    public static ScanResult Scan(string text, int start)
    {
        var i = start;
        if (i < text.Length && IsMetricStart(text[i]))
        {
            while (i < text.Length && IsMetricChar(text[i]))
            {
                i++;
            }
        }

        if (i >= text.Length || text[i] != '{')
        {
            return i == start ? new ScanResult(start, Problem.Empty, start) : new ScanResult(i, Problem.None, 0);
        }

        var open = i;
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}')
            {
                return new ScanResult(i + 1, Problem.None, 0);
            }

            if (c == '{' || c == '\n')
            {
                // A nested brace or a line break means the selector was never closed; point at the
                // opening brace so the user sees which selector is broken.
                return new ScanResult(i, Problem.UnclosedBrace, open);
            }

            if (c is '"' or '\'')
            {
                var quote = i;
                i++;
                while (i < text.Length && text[i] != c && text[i] != '\n')
                {
                    // A backslash escapes the next character, so \" does not close the string.
                    i += text[i] == '\\' && i + 1 < text.Length && text[i + 1] != '\n' ? 2 : 1;
                }

                if (i >= text.Length || text[i] != c)
                {
                    return new ScanResult(i, Problem.UnclosedString, quote);
                }
            }

            i++;
        }

        return new ScanResult(i, Problem.UnclosedBrace, open);
    }
}
