using YamlDotNet.Core;

namespace SloCompiler.Parsing;

/// <summary>
/// <c>\'</c> inside a double-quoted scalar: Go's YAML library (promtool's) reads it as <c>'</c>, YamlDotNet refuses it
/// as an unknown escape. When YamlDotNet stops at such a scalar, its <c>\'</c> escapes are rewritten to <c>\x27</c>
/// (the same character) and the text is read again. Each rewrite makes the text two characters longer; the places are
/// returned so that <see cref="YamlContext"/> maps YamlDotNet's positions back onto the file as written.
/// </summary>
internal static class QuotedApostrophes
{
    /// <summary>
    /// The text with the failing scalar's <c>\'</c> rewritten and where each <c>\x27</c> now starts in it, or null when
    /// that was not the problem.
    /// </summary>
    public static (string Text, IReadOnlyList<int> Rewrites)? TryRewrite(string text, YamlException exception)
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
        var rewrites = new List<int>();
        var i = start + 1;
        for (; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == '\'')
                {
                    rewrites.Add(builder.Length);
                    builder.Append(@"\x27");
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

        return rewrites.Count == 0 ? null : (builder.Append(text, i, text.Length - i).ToString(), rewrites);
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
