using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// Maps an offset inside a written value to a source span. Front ends may store strings unquoted
/// while their span covers the quotes, so the value is located inside its span before slicing;
/// when it cannot be located (escapes changed the text), the whole value span is used.
/// </summary>
internal static class ValueLocator
{
    public static SourceSpan Inside(Spanned<string> value, int offset, int length)
    {
        var span = value.Span;
        var text = span.File.Text;
        if (span.Start < 0 || span.End > text.Length || span.Length <= 0)
        {
            return span;
        }

        var written = text.Substring(span.Start, span.Length);
        int baseOffset;
        if (written == value.Value)
        {
            baseOffset = 0;
        }
        else if (written.Length >= 2 && written[1..^1] == value.Value)
        {
            baseOffset = 1;
        }
        else
        {
            return span;
        }

        var start = Math.Clamp(offset, 0, value.Value.Length);
        var clampedLength = Math.Clamp(length, 1, Math.Max(1, value.Value.Length - start));
        return span.Slice(Math.Min(baseOffset + start, span.Length - 1), clampedLength);
    }
}
