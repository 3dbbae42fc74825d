using System.Globalization;
using System.Text;
using SloCompiler.Diagnostics;

namespace SloCompiler.Text;

/// <summary>
/// Turns a file's bytes into a <see cref="SourceFile"/> the way promtool's YAML reader (Go's yaml.v3) accepts them:
/// UTF-8, or UTF-16 with a byte order mark; any of YAML's printable characters, and tab, line feed and carriage
/// return. Invalid UTF-8 (SLO190) and control characters such as NUL, which is what UTF-16 without a byte order mark
/// looks like (SLO191), are reported at their place and the file is not read further, instead of being read as
/// replacement characters and passing with "0 errors".
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file, or null after reporting why its bytes are not text slo reads.</summary>
    public static SourceFile? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return Checked(path, Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), diagnostics);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return Checked(path, Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), diagnostics);
        }

        var skip = StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try
        {
            return Checked(path, StrictUtf8.GetString(bytes, skip, bytes.Length - skip), diagnostics);
        }
        catch (DecoderFallbackException exception)
        {
            var at = skip + Math.Max(0, exception.Index);
            var text = Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip); // replacement characters, for the position only
            var file = new SourceFile(path, text);
            var offset = Encoding.UTF8.GetCharCount(bytes, skip, at - skip);
            var octets = exception.BytesUnknown is { Length: > 0 } unknown
                ? string.Join(' ', unknown.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)))
                : "?";
            diagnostics.Report(DiagnosticDescriptors.InvalidUtf8, new SourceSpan(file, offset, 1), $"bytes {octets}", at.ToString(CultureInfo.InvariantCulture));
            return null;
        }
    }

    private static SourceFile? Checked(string path, string text, DiagnosticBag diagnostics)
    {
        var file = new SourceFile(path, text);
        for (var i = 0; i < text.Length; i++)
        {
            // printable ASCII, nearly all of any real file, is skipped vectorised
            var run = text.AsSpan(i).IndexOfAnyExceptInRange(' ', '~');
            if (run < 0)
            {
                break;
            }

            i += run;
            var c = text[i];
            if (IsAllowed(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var hint = c == '\0' && LooksLikeUtf16(text)
                ? "; the file looks like UTF-16 without a byte order mark: save it as UTF-8"
                : string.Empty;
            diagnostics.Report(DiagnosticDescriptors.ControlCharacter, new SourceSpan(file, i, 1),
                string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"), hint);
            return null;
        }

        return file;
    }

    /// <summary>YAML 1.2's printable set, as yaml.v3 checks it (a lone surrogate is not).</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    /// <summary>Every other character NUL: ASCII text written as UTF-16.</summary>
    private static bool LooksLikeUtf16(string text)
    {
        var sample = Math.Min(text.Length, 256);
        var nuls = 0;
        for (var i = 0; i < sample; i++)
        {
            nuls += text[i] == '\0' ? 1 : 0;
        }

        return sample >= 4 && nuls * 3 >= sample;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);
}
