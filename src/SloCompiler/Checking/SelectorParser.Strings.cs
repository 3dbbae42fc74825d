using System.Globalization;
using System.Text;

namespace SloCompiler.Checking;

/// <summary>PromQL string literals: "…" and '…' with Go escapes, `…` raw.</summary>
internal sealed partial class SelectorParser
{
    private string ReadString()
    {
        var start = _pos;
        var quote = _text[_pos++];
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Fail("string is not closed", start);
            }

            var c = _text[_pos++];
            if (c == quote)
            {
                return builder.ToString();
            }

            if (quote != '`' && c == '\n')
            {
                throw Fail("string is not closed on its line", start);
            }

            if (quote != '`' && c == '\\')
            {
                ReadEscape(builder);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private void ReadEscape(StringBuilder builder)
    {
        var at = _pos - 1;
        if (AtEnd)
        {
            throw Fail("string is not closed", at);
        }

        var e = _text[_pos++];
        switch (e)
        {
            case 'a': builder.Append('\a'); return;
            case 'b': builder.Append('\b'); return;
            case 'f': builder.Append('\f'); return;
            case 'n': builder.Append('\n'); return;
            case 'r': builder.Append('\r'); return;
            case 't': builder.Append('\t'); return;
            case 'v': builder.Append('\v'); return;
            case '\\' or '"' or '\'' or '`': builder.Append(e); return;
            case 'x': builder.Append((char)ReadNumber(at, 2, 16)); return;
            case 'u': AppendCodePoint(builder, ReadNumber(at, 4, 16), at); return;
            case 'U': AppendCodePoint(builder, ReadNumber(at, 8, 16), at); return;
            case >= '0' and <= '7':
                _pos--;
                builder.Append((char)ReadNumber(at, 3, 8));
                return;
            default:
                throw Fail($"unknown escape sequence '\\{e}'", at);
        }
    }

    private int ReadNumber(int escapeStart, int digits, int radix)
    {
        if (_pos + digits > _text.Length)
        {
            throw Fail("incomplete escape sequence", escapeStart);
        }

        var part = _text.Substring(_pos, digits);
        var style = radix == 16 ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        var valid = radix == 16
            ? part.All(char.IsAsciiHexDigit) && long.TryParse(part, style, CultureInfo.InvariantCulture, out _)
            : part.All(c => c is >= '0' and <= '7');
        if (!valid)
        {
            throw Fail("invalid escape sequence", escapeStart);
        }

        _pos += digits;
        var value = radix == 16 ? long.Parse(part, style, CultureInfo.InvariantCulture) : part.Aggregate(0L, (v, c) => (v * 8) + (c - '0'));
        return value > 0x10FFFF ? throw Fail("escape sequence is not a valid character", escapeStart) : (int)value;
    }

    private void AppendCodePoint(StringBuilder builder, int codePoint, int escapeStart)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            throw Fail("escape sequence is not a valid character", escapeStart);
        }

        builder.Append(char.ConvertFromUtf32(codePoint));
    }
}
