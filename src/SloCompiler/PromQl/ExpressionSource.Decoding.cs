using System.Globalization;

namespace SloCompiler.PromQl;

/// <summary>YAML escapes and block scalars.</summary>
public sealed partial class ExpressionSource
{
    private static int Escape(ReadOnlySpan<char> w, int i, int end, Decoding value)
    {
        var e = w[i + 1];
        var simple = e switch
        {
            '0' => '\0', 'a' => '\a', 'b' => '\b', 't' or '\t' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f', 'r' => '\r',
            'e' => '\x1b', ' ' => ' ', '"' => '"', '/' => '/', '\\' => '\\', 'N' => '\x85', '_' => '\xa0',
            'L' => '\u2028', 'P' => '\u2029', _ => (char?)null,
        };
        if (simple is { } c)
        {
            value.Add(c, i);
            return i + 2;
        }

        if (e is '\n' or '\r')
        {
            // an escaped line break joins the lines without a space
            var j = i + 1;
            while (j < end && w[j] is '\r' or '\n' or ' ' or '\t')
            {
                j++;
            }

            return j;
        }

        var digits = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits > 0 && i + 2 + digits <= end
            && int.TryParse(w.Slice(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && code <= 0x10FFFF)
        {
            foreach (var ch in char.ConvertFromUtf32(code))
            {
                value.Add(ch, i);
            }

            return i + 2 + digits;
        }

        value.Add('\\', i);
        return i + 1;
    }

    /// <summary>
    /// | keeps line breaks, > folds them to spaces between lines of the same indentation; the
    /// indentation is that of the first non-empty line unless the header gives it explicitly.
    /// </summary>
    private static void DecodeBlock(ReadOnlySpan<char> w, Decoding value)
    {
        var folded = w[0] == '>';
        var headerEnd = w.IndexOf('\n');
        if (headerEnd < 0)
        {
            return;
        }

        var header = w[1..headerEnd];
        var chomp = header.Contains('-') ? '-' : header.Contains('+') ? '+' : ' ';
        var lines = new List<(int Start, int End)>();
        for (var start = headerEnd + 1; start <= w.Length;)
        {
            var nl = w[start..].IndexOf('\n');
            var end = nl < 0 ? w.Length : start + nl;
            if (nl < 0 && w[start..].IsWhiteSpace())
            {
                // the scalar's span stops at the next token: the indentation before it is no line
                break;
            }

            lines.Add((start, end > start && w[end - 1] == '\r' ? end - 1 : end));
            if (nl < 0)
            {
                break;
            }

            start = end + 1;
        }

        var indent = 0;
        foreach (var (start, end) in lines)
        {
            if (!w[start..end].IsWhiteSpace())
            {
                indent = w[start..end].Length - w[start..end].TrimStart(' ').Length;
                break;
            }
        }

        var previousWasText = false;
        var pendingBreaks = new List<int>();
        foreach (var (start, end) in lines)
        {
            if (w[start..end].IsWhiteSpace())
            {
                pendingBreaks.Add(end);
                continue;
            }

            var contentStart = Math.Min(start + indent, end);
            var moreIndented = contentStart < end && w[contentStart] is ' ' or '\t';
            if (previousWasText && folded && pendingBreaks.Count == 1 && !moreIndented)
            {
                // the break after the previous text line folds to a space, unless lines are blank or more indented
                value.Add(' ', pendingBreaks[0]);
            }
            else
            {
                var skipFirst = previousWasText && folded && !moreIndented;
                for (var b = skipFirst ? 1 : 0; b < pendingBreaks.Count; b++)
                {
                    value.Add('\n', pendingBreaks[b]);
                }
            }

            pendingBreaks.Clear();
            for (var i = contentStart; i < end; i++)
            {
                value.Add(w[i], i);
            }

            pendingBreaks.Add(end);
            previousWasText = true;
        }

        if (chomp != '-' && previousWasText)
        {
            var kept = chomp == '+' ? pendingBreaks.Count : Math.Min(1, pendingBreaks.Count);
            for (var b = 0; b < kept; b++)
            {
                value.Add('\n', pendingBreaks[b]);
            }
        }
    }
}
