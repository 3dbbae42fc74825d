using YamlDotNet.Core;

namespace SloCompiler.Parsing;

/// <summary>
/// <c>\'</c> inside a double-quoted scalar: Go's YAML library (promtool's) reads it as <c>'</c>, YamlDotNet refuses it
/// as an unknown escape. When YamlDotNet stops at such a scalar, its <c>\'</c> escapes are rewritten to <c>\x27</c>
/// (the same character) and the text is read again. Columns after a rewritten escape on its line move two to the right.
/// </summary>
internal static class QuotedApostrophes
{
    /// <summary>The text with the failing scalar's <c>\'</c> rewritten, or null when that was not the problem.</summary>
    public static string? TryRewrite(string text, YamlException exception)
    {
        if (!exception.Message.Contains("unknown escape character", StringComparison.Ordinal))
        {
            return null;
        }

        var start = OffsetOf(text, exception.Start);
        if (start < 0 || start >= text.Length || text[start] != '"')
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        builder.Append(text, 0, start + 1);
        var rewrote = false;
        var i = start + 1;
        for (; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == '\'')
                {
                    builder.Append(@"\x27");
                    rewrote = true;
                }
                else
                {
                    builder.Append(text, i, 2);
                }

                i++;
                continue;
            }

            builder.Append(text[i]);
        }

        return rewrote ? builder.Append(text, i, text.Length - i).ToString() : null;
    }

    /// <summary>The offset of a YamlDotNet mark (1-based line and column) in the text; -1 when past its end.</summary>
    private static int OffsetOf(string text, Mark mark)
    {
        var offset = 0;
        for (var line = 1; line < mark.Line; line++)
        {
            offset = text.IndexOf('\n', offset);
            if (offset < 0)
            {
                return -1;
            }

            offset++;
        }

        return offset + (int)mark.Column - 1;
    }
}
