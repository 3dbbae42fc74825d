using System.Globalization;
using System.Text;

namespace SloCompiler.PromQl;

/// <summary>YAML escapes and block scalars.</summary>
public sealed partial class ExpressionSource
{
    private static int Escape(string w, int i, int end, StringBuilder value, List<int> offsets)
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
            Add(value, offsets, c, i);
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
            && int.TryParse(w.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && code <= 0x10FFFF)
        {
            foreach (var ch in char.ConvertFromUtf32(code))
            {
                Add(value, offsets, ch, i);
            }

            return i + 2 + digits;
        }

        Add(value, offsets, '\\', i);
        return i + 1;
    }

    /// <summary>
    /// | keeps line breaks, > folds them to spaces between lines of the same indentation; the
    /// indentation is that of the first non-empty line unless the header gives it explicitly.
    /// </summary>
    private static (string, List<int>) DecodeBlock(string w)
    {
        var folded = w[0] == '>';
        var headerEnd = w.IndexOf('\n');
        if (headerEnd < 0)
        {
            return (string.Empty, []);
        }

        var header = w[1..headerEnd];
        var chomp = header.Contains('-') ? '-' : header.Contains('+') ? '+' : ' ';
        var lines = new List<(int Start, int End)>();
        for (var start = headerEnd + 1; start <= w.Length;)
        {
            var nl = w.IndexOf('\n', start);
            var end = nl < 0 ? w.Length : nl;
            if (nl < 0 && w.AsSpan(start).Trim().IsEmpty)
            {
                // the scalar's span stops at the next token: the indentation before it is no line
                break;
            }

            lines.Add((start, end > start && w[end - 1] == '\r' ? end - 1 : end));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        var indent = lines.Select(l => w[l.Start..l.End]).Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).FirstOrDefault();
        var value = new StringBuilder();
        var offsets = new List<int>();
        var previousWasText = false;
        var pendingBreaks = new List<int>();
        foreach (var (start, end) in lines)
        {
            var isBlank = w[start..end].Trim().Length == 0;
            if (isBlank)
            {
                pendingBreaks.Add(end);
                continue;
            }

            var contentStart = Math.Min(start + indent, end);
            var moreIndented = contentStart < end && w[contentStart] is ' ' or '\t';
            if (previousWasText)
            {
                // the break after the previous text line: a space when folding, unless lines are blank or more indented
                var firstBreak = pendingBreaks[0];
                if (folded && pendingBreaks.Count == 1 && !moreIndented)
                {
                    Add(value, offsets, ' ', firstBreak);
                }
                else
                {
                    foreach (var at in folded && !moreIndented ? pendingBreaks.Skip(1) : pendingBreaks)
                    {
                        Add(value, offsets, '\n', at);
                    }
                }
            }
            else
            {
                pendingBreaks.ForEach(at => Add(value, offsets, '\n', at));
            }

            pendingBreaks.Clear();
            for (var i = contentStart; i < end; i++)
            {
                Add(value, offsets, w[i], i);
            }

            pendingBreaks.Add(end);
            previousWasText = true;
        }

        if (chomp != '-' && previousWasText)
        {
            var keep = chomp == '+' ? pendingBreaks : pendingBreaks.Take(1);
            foreach (var at in keep)
            {
                Add(value, offsets, '\n', at);
            }
        }

        return (value.ToString(), offsets);
    }
}
