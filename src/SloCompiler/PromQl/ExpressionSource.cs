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
/// <remarks>
/// The map is built on the first <see cref="Map"/> call, not up front: a rule file of 100,000 rules
/// needs positions for the few rules with findings, and one int per character of every expression
/// was a tenth of lint's time and memory.
/// </remarks>
public sealed partial class ExpressionSource
{
    /// <summary>Stands for "decoded, but the decoding did not reproduce the value".</summary>
    private static readonly int[] NotExact = [];

    private readonly SourceSpan _scalar;
    private readonly string _value;
    private int[]? _map;

    private ExpressionSource(SourceSpan scalar, string value)
    {
        _scalar = scalar;
        _value = value;
    }

    /// <summary>True when every value offset has its exact file offset.</summary>
    public bool IsExact => MapOrNull() is not null;

    /// <summary>A source for the value of a scalar whose written text is <paramref name="scalar"/>.</summary>
    public static ExpressionSource ForScalar(SourceSpan scalar, string value) => new(scalar, value);

    /// <summary>
    /// The offsets, decoded once; null when they are not exact. Concurrent first calls compute equal
    /// arrays and one of them is kept, so the race is harmless.
    /// </summary>
    private int[]? MapOrNull()
    {
        var map = Volatile.Read(ref _map) ?? LazyInitializer.EnsureInitialized(ref _map, () => BuildMap(_scalar, _value) ?? NotExact);
        return ReferenceEquals(map, NotExact) ? null : map;
    }

    private static int[]? BuildMap(SourceSpan scalar, string value)
    {
        var text = scalar.File.Text;
        if (scalar.Start < 0 || scalar.End > text.Length || scalar.Length <= 0)
        {
            return null;
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
            return null;
        }

        var map = offsets.Select(o => scalar.Start + o).Append(scalar.Start + Math.Max(offsets.LastOrDefault() + 1, 0)).ToArray();
        if (value.Length > 0)
        {
            map[^1] = map[^2] + 1;
        }

        return map;
    }

    /// <summary>The file span of a range of the value; the whole scalar when the mapping is not exact.</summary>
    public SourceSpan Map(TextRange range)
    {
        if (MapOrNull() is not { } map)
        {
            return _scalar;
        }

        var start = map[Math.Clamp(range.Start, 0, map.Length - 1)];
        var end = range.Length == 0 ? start : WrittenEnd(map[Math.Clamp(range.End - 1, 0, map.Length - 1)]);
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
