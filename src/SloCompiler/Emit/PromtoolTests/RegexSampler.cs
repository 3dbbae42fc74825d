using System.Text;
using System.Text.RegularExpressions;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// Finds a short string that a Prometheus label regex matches in full: takes the first alternative,
/// the minimum of every quantifier and the first character of every class, then verifies the guess
/// anchored like Prometheus does and falls back to common label values.
/// </summary>
internal static class RegexSampler
{
    private static readonly string[] Fallbacks = ["500", "503", "5xx", "error", "true", "1", "200", "404", "ok", "x", "a", ""];

    public static bool Matches(string pattern, string value) =>
        Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static string? Sample(string pattern)
    {
        string? guess;
        try
        {
            var position = 0;
            guess = Alternation(pattern, ref position);
        }
        catch (IndexOutOfRangeException)
        {
            guess = null;
        }

        return new[] { guess }.Concat(Fallbacks).FirstOrDefault(c => c is not null && Matches(pattern, c));
    }

    private static string Alternation(string p, ref int i)
    {
        var first = Sequence(p, ref i);
        while (i < p.Length && p[i] == '|')
        {
            i++;
            Sequence(p, ref i); // later alternatives are parsed only to skip them
        }

        return first;
    }

    private static string Sequence(string p, ref int i)
    {
        var builder = new StringBuilder();
        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            var atom = Atom(p, ref i);
            builder.Append(Quantify(p, ref i, atom));
        }

        return builder.ToString();
    }

    private static string Atom(string p, ref int i)
    {
        var c = p[i++];
        switch (c)
        {
            case '^' or '$':
                return string.Empty;
            case '.':
                return "0";
            case '\\':
                var e = p[i++];
                return e switch { 'd' => "0", 'w' => "a", 's' => " ", 'D' or 'W' or 'S' => "-", _ => e.ToString() };
            case '[':
                var negated = p[i] == '^';
                var start = i;
                i = p.IndexOf(']', i + 1) + 1;
                return negated ? "~" : p[start].ToString();
            case '(':
                if (p[i] == '?')
                {
                    i = p.IndexOf(':', i) + 1;
                }

                var inner = Alternation(p, ref i);
                i++; // ')'
                return inner;
            default:
                return c.ToString();
        }
    }

    private static string Quantify(string p, ref int i, string atom)
    {
        if (i >= p.Length)
        {
            return atom;
        }

        switch (p[i])
        {
            case '*' or '?':
                i++;
                SkipLazy(p, ref i);
                return string.Empty;
            case '+':
                i++;
                SkipLazy(p, ref i);
                return atom;
            case '{':
                var end = p.IndexOf('}', i);
                var minText = p[(i + 1)..end].Split(',')[0];
                i = end + 1;
                SkipLazy(p, ref i);
                var min = int.TryParse(minText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
                return string.Concat(Enumerable.Repeat(atom, min));
            default:
                return atom;
        }
    }

    private static void SkipLazy(string p, ref int i)
    {
        if (i < p.Length && p[i] == '?')
        {
            i++;
        }
    }
}
