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
/// A rule makes its source on first use (<see cref="RuleFiles.Rule.Expression"/>), not up front: a rule file of
/// 100,000 rules needs positions for the rules with findings only. The map is kept as runs of consecutive offsets
/// (<see cref="OffsetRuns"/>), one per written line or escape, not one int per character, and the value it was
/// decoded against is not kept: a Sloth-shaped file has findings on tens of thousands of rules.
/// </remarks>
public sealed partial class ExpressionSource
{
    private readonly SourceSpan _scalar;

    /// <summary>Null when the decoding did not reproduce the value.</summary>
    private readonly OffsetRuns? _map;

    private ExpressionSource(SourceSpan scalar, string value)
    {
        _scalar = scalar;
        _map = BuildMap(scalar, value);
    }

    /// <summary>True when every value offset has its exact file offset.</summary>
    public bool IsExact => _map is not null;

    /// <summary>A source for the value of a scalar whose written text is <paramref name="scalar"/>.</summary>
    public static ExpressionSource ForScalar(SourceSpan scalar, string value) => new(scalar, value);

    private static OffsetRuns? BuildMap(SourceSpan scalar, string value)
    {
        var text = scalar.File.Text;
        if (scalar.Start < 0 || scalar.End > text.Length || scalar.Length <= 0)
        {
            return null;
        }

        var written = text.AsSpan(scalar.Start, scalar.Length);
        if (written.SequenceEqual(value))
        {
            return OffsetRuns.Identity(scalar.Start, value.Length);
        }

        var decoding = new Decoding(value.Length);
        switch (written[0])
        {
            case '"':
                DecodeQuoted(written, '"', decoding);
                break;
            case '\'':
                DecodeQuoted(written, '\'', decoding);
                break;
            case '|' or '>':
                DecodeBlock(written, decoding);
                break;
            default:
                DecodeQuoted(written, '\0', decoding);
                break;
        }

        return decoding.Produced(value) ? decoding.Runs(scalar.Start) : null;
    }

    /// <summary>The file span of a range of the value; the whole scalar when the mapping is not exact.</summary>
    public SourceSpan Map(TextRange range)
    {
        if (_map is not { } map)
        {
            return _scalar;
        }

        var start = map.At(Math.Clamp(range.Start, 0, map.Length));
        var end = range.Length == 0 ? start : WrittenEnd(map.At(Math.Clamp(range.End - 1, 0, map.Length)));
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
    private static void DecodeQuoted(ReadOnlySpan<char> w, char quote, Decoding value)
    {
        var i = quote == '\0' ? 0 : 1;
        var end = quote == '\0' ? w.Length : w.Length - 1;
        while (i < end)
        {
            var c = w[i];
            if (c is '\r' or '\n')
            {
                i = Fold(w, i, end, value);
                continue;
            }

            if (quote == '\'' && c == '\'' && i + 1 < end && w[i + 1] == '\'')
            {
                value.Add('\'', i);
                i += 2;
                continue;
            }

            if (quote == '"' && c == '\\' && i + 1 < end)
            {
                i = Escape(w, i, end, value);
                continue;
            }

            value.Add(c, i++);
        }
    }

    private static int Fold(ReadOnlySpan<char> w, int i, int end, Decoding value)
    {
        // trailing white space before a break is not content
        while (value.Length > 0 && value.Last is ' ' or '\t' && value.LastOffset < i)
        {
            value.RemoveLast();
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
            value.Add(' ', breakAt);
        }

        for (var b = 0; b < blankLines; b++)
        {
            value.Add('\n', breakAt);
        }

        return i;
    }
}
