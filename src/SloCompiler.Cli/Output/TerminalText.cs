using System.Text;

namespace SloCompiler.Cli.Output;

/// <summary>
/// Makes text from input (file names, names, messages, source lines) safe to print on a terminal
/// or in a CI log: an escape sequence in a file name must not recolour, move the cursor, retitle
/// the window or hide a line, and a newline must not forge a diagnostic. Each control character
/// becomes one visible character, so carets under a source line still line up: C0 controls show
/// as their Unicode control pictures (ESC → ␛, LF → ␊), DEL as ␡, C1 controls and the bidirectional
/// overrides that reorder text ("Trojan Source") as �. Tabs are kept.
/// </summary>
internal static class TerminalText
{
    public static string Neutralize(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(SafeCharacters))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\t' => c,
                < ' ' => (char)(0x2400 + c),
                '\u007f' => '\u2421',
                >= '\u0080' and <= '\u009f' => '\ufffd',
                >= '\u202a' and <= '\u202e' => '\ufffd',
                >= '\u2066' and <= '\u2069' => '\ufffd',
                _ => c,
            });
        }

        return result.ToString();
    }

    /// <summary>Printable ASCII and tab: the common case is returned without copying.</summary>
    private static readonly System.Buffers.SearchValues<char> SafeCharacters =
        System.Buffers.SearchValues.Create("\t" + string.Concat(Enumerable.Range(' ', '\u007f' - ' ').Select(i => (char)i)));
}
