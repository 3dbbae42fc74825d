using System.Text;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Text;

namespace SloCompiler.PromQl;

/// <summary>
/// Maps offsets inside an expression's value to offsets in its file. The value is what the YAML
/// parser returned; the written scalar may be plain, quoted (escapes, '' and line folding) or a
/// block (| or >, with indentation), so each value character is traced back to the character that
/// produced it. When the decoding does not reproduce the value, every range maps to the whole scalar.
/// </summary>
public sealed partial class ExpressionSource
{
    private readonly SourceSpan _scalar;
    private readonly int[]? _map;

    private ExpressionSource(SourceSpan scalar, int[]? map)
    {
        _scalar = scalar;
        _map = map;
    }

    /// <summary>True when every value offset has its exact file offset.</summary>
    public bool IsExact => _map is not null;

    /// <summary>A source for the value of a scalar whose written text is <paramref name="scalar"/>.</summary>
    public static ExpressionSource ForScalar(SourceSpan scalar, string value)
    {
        var text = scalar.File.Text;
        if (scalar.Start < 0 || scalar.End > text.Length || scalar.Length <= 0)
        {
            return new ExpressionSource(scalar, null);
        }

        var written = text.Substring(scalar.Start, scalar.Length);
        var (decoded, offsets) = written[0] switch
        {
            _ when written == value => (value, Enumerable.Range(0, value.Length).ToList()),
            '"' => DecodeQuoted(written, '"'),
            '\'' => DecodeQuoted(written, '\''),
            '|' or '>' => DecodeBlock(written),
            _ => DecodeQuoted(written, '\0'),
        };
        if (decoded != value)
        {
            return new ExpressionSource(scalar, null);
        }

        var map = offsets.Select(o => scalar.Start + o).Append(scalar.Start + Math.Max(offsets.LastOrDefault() + 1, 0)).ToArray();
        if (value.Length > 0)
        {
            map[^1] = map[^2] + 1;
        }

        return new ExpressionSource(scalar, map);
    }

    /// <summary>The file span of a range of the value; the whole scalar when the mapping is not exact.</summary>
    public SourceSpan Map(TextRange range)
    {
        if (_map is null)
        {
            return _scalar;
        }

        var start = _map[Math.Clamp(range.Start, 0, _map.Length - 1)];
        var end = range.Length == 0 ? start : WrittenEnd(_map[Math.Clamp(range.End - 1, 0, _map.Length - 1)]);
        return new SourceSpan(_scalar.File, start, Math.Max(range.Length == 0 ? 0 : 1, end - start));
    }

    /// <summary>The end of the written form of the character at a file offset: escapes and '' are longer than one.</summary>
    private int WrittenEnd(int at)
    {
        var text = _scalar.File.Text;
        var quote = text[_scalar.Start];
        if (quote == '"' && text[at] == '\\' && at + 1 < _scalar.End)
        {
            return at + text[at + 1] switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
        }

        return quote == '\'' && text[at] == '\'' && at + 1 < _scalar.End - 1 ? at + 2 : at + 1;
    }

    /// <summary>
    /// Flow scalars: plain (<paramref name="quote"/> is '\0'), single-quoted ('' is a quote) and
    /// double-quoted (backslash escapes). Line breaks fold to a space, blank lines to '\n'.
    /// </summary>
    private static (string, List<int>) DecodeQuoted(string w, char quote)
    {
        var value = new StringBuilder();
        var offsets = new List<int>();
        var i = quote == '\0' ? 0 : 1;
        var end = quote == '\0' ? w.Length : w.Length - 1;
        while (i < end)
        {
            var c = w[i];
            if (c is '\r' or '\n')
            {
                i = Fold(w, i, end, value, offsets);
                continue;
            }

            if (quote == '\'' && c == '\'' && i + 1 < end && w[i + 1] == '\'')
            {
                Add(value, offsets, '\'', i);
                i += 2;
                continue;
            }

            if (quote == '"' && c == '\\' && i + 1 < end)
            {
                i = Escape(w, i, end, value, offsets);
                continue;
            }

            Add(value, offsets, c, i++);
        }

        return (value.ToString(), offsets);
    }

    private static int Fold(string w, int i, int end, StringBuilder value, List<int> offsets)
    {
        // trailing white space before a break is not content
        while (value.Length > 0 && value[^1] is ' ' or '\t' && offsets[^1] < i)
        {
            value.Length--;
            offsets.RemoveAt(offsets.Count - 1);
        }

        var breakAt = i;
        var blankLines = 0;
        while (i < end && w[i] is '\r' or '\n' or ' ' or '\t')
        {
            if (w[i] == '\n' && i != breakAt && !(i == breakAt + 1 && w[breakAt] == '\r'))
            {
                blankLines++;
            }

            i++;
        }

        if (blankLines == 0)
        {
            Add(value, offsets, ' ', breakAt);
        }

        for (var b = 0; b < blankLines; b++)
        {
            Add(value, offsets, '\n', breakAt);
        }

        return i;
    }

    private static void Add(StringBuilder value, List<int> offsets, char c, int at)
    {
        value.Append(c);
        offsets.Add(at);
    }
}
