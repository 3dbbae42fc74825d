namespace SloCompiler.Governance.Policy;

/// <summary>Shell-style patterns over metric names: <c>*</c> is any run of characters, <c>?</c> one character.</summary>
public static class Glob
{
    public static bool IsMatch(string pattern, string text) => Match(pattern, 0, text, 0);

    // Metric names are short and patterns have few stars, so the backtracking stays small.
    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                for (var skip = t; skip <= text.Length; skip++)
                {
                    if (Match(pattern, p + 1, text, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= text.Length || (c != '?' && c != text[t]))
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
