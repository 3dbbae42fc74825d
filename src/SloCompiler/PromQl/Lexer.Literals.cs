using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Text;

namespace SloCompiler.PromQl;

/// <summary>Strings, numbers and durations, with Prometheus' rules for what is valid.</summary>
internal sealed partial class Lexer
{
    private void LexString()
    {
        var start = _pos;
        var quote = _text[_pos++];
        if (PlainStringEnd(quote) is { } end)
        {
            // nothing to unescape: the value is the text between the quotes, shared through the pool
            _pos = end + 1;
            var plain = StringPool.Get(_text.AsSpan(start + 1, end - start - 1));
            _tokens.Add(new Token(TokenKind.String, plain, start, _pos - start, StringPool.Get(_text.AsSpan(start, _pos - start))));
            return;
        }

        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || (quote != '`' && _text[_pos] == '\n'))
            {
                throw PromQlException.At(DiagnosticDescriptors.PromQlUnclosed, new TextRange(start, 1), quote.ToString(), quote.ToString());
            }

            var c = _text[_pos++];
            if (c == quote)
            {
                break;
            }

            if (quote != '`' && c == '\\')
            {
                ReadEscape(quote, value);
            }
            else if (!(quote == '`' && c == '\r'))
            {
                // Go drops carriage returns from raw strings
                value.Append(c);
            }
        }

        _tokens.Add(new Token(TokenKind.String, value.ToString(), start, _pos - start, _text[start.._pos]));
    }

    /// <summary>Where the string starting at the current position ends, when it holds no escapes and no line breaks.</summary>
    private int? PlainStringEnd(char quote)
    {
        for (var i = _pos; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == quote)
            {
                return i;
            }

            if (c is '\\' or '\n' or '\r')
            {
                return null;
            }
        }

        return null;
    }

    private void ReadEscape(char quote, StringBuilder value)
    {
        var at = _pos - 1;
        var e = Peek();
        _pos++;
        int digits, radix, max;
        switch (e)
        {
            case 'a': value.Append('\a'); return;
            case 'b': value.Append('\b'); return;
            case 'f': value.Append('\f'); return;
            case 'n': value.Append('\n'); return;
            case 'r': value.Append('\r'); return;
            case 't': value.Append('\t'); return;
            case 'v': value.Append('\v'); return;
            case '\\': value.Append('\\'); return;
            case >= '0' and <= '7':
                _pos--;
                (digits, radix, max) = (3, 8, 255);
                break;
            case 'x': (digits, radix, max) = (2, 16, 255); break;
            case 'u': (digits, radix, max) = (4, 16, 0x10FFFF); break;
            case 'U': (digits, radix, max) = (8, 16, 0x10FFFF); break;
            default:
                if (e == quote)
                {
                    value.Append(e);
                    return;
                }

                throw BadEscape(at, e == '\0' ? "the escape sequence is not terminated" : $"unknown escape sequence '\\{e}' (a quote needs escaping only inside the same quotes)");
        }

        long code = 0;
        for (var i = 0; i < digits; i++)
        {
            var d = HexValue(Peek());
            if (d < 0 || d >= radix)
            {
                throw BadEscape(at, $"escape sequence '{_text[at..Math.Min(_text.Length, _pos + 1)]}' needs {digits} {(radix == 8 ? "octal" : "hex")} digits");
            }

            code = (code * radix) + d;
            _pos++;
        }

        if (code > max || code is >= 0xD800 and < 0xE000)
        {
            throw BadEscape(at, $"escape sequence '{_text[at.._pos]}' is not a valid code point");
        }

        value.Append(max == 255 ? ((char)code).ToString() : char.ConvertFromUtf32((int)code));
    }

    private PromQlException BadEscape(int at, string what) =>
        PromQlException.At(DiagnosticDescriptors.PromQlInvalidString, new TextRange(at, Math.Max(1, Math.Min(2, _text.Length - at))), what);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private void LexNumberOrDuration()
    {
        var start = _pos;
        if (ScanNumber())
        {
            var raw = StringPool.Get(_text.AsSpan(start, _pos - start));
            _tokens.Add(new Token(TokenKind.Number, raw, start, raw.Length, raw));
            return;
        }

        if (ScanDurationUnits())
        {
            var raw = StringPool.Get(_text.AsSpan(start, _pos - start));
            _tokens.Add(new Token(TokenKind.Duration, raw, start, raw.Length, raw));
            return;
        }

        while (_pos < _text.Length && IsAlphaNumeric(_text[_pos]))
        {
            _pos++;
        }

        var bad = _text[start.._pos];
        throw _bracketStart >= 0
            ? PromQlException.At(DiagnosticDescriptors.PromQlInvalidDuration, new TextRange(start, bad.Length), bad, "a unit is missing or unknown")
            : PromQlException.At(DiagnosticDescriptors.PromQlInvalidNumber, new TextRange(start, bad.Length), bad);
    }

    /// <summary>Digits (hex after 0x), fraction and exponent; true when no name character follows.</summary>
    private bool ScanNumber()
    {
        var hex = false;
        if (Peek() == '0' && Peek(1) is 'x' or 'X')
        {
            _pos += 2;
            hex = true;
        }

        SkipDigits(hex);
        if (Peek() == '.')
        {
            _pos++;
            SkipDigits(hex);
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            SkipDigits(false);
        }

        // inside brackets a bare number is a duration without its unit
        return !IsAlphaNumeric(Peek()) && _bracketStart < 0;
    }

    private void SkipDigits(bool hex)
    {
        while (char.IsAsciiDigit(Peek()) || (hex && char.IsAsciiHexDigit(Peek())))
        {
            _pos++;
        }
    }

    /// <summary>The units after the first number: <c>5m</c>, <c>1h30m</c>, <c>100ms</c>; validated later.</summary>
    private bool ScanDurationUnits()
    {
        if (!IsUnit(Peek(), first: true))
        {
            return false;
        }

        _pos++;
        if (Peek() == 's')
        {
            _pos++;
        }

        while (char.IsAsciiDigit(Peek()))
        {
            SkipDigits(false);
            if (!IsUnit(Peek(), first: false))
            {
                return false;
            }

            _pos++;
            if (Peek() == 's')
            {
                _pos++;
            }
        }

        return !IsAlphaNumeric(Peek());
    }

    private static bool IsUnit(char c, bool first) => c is 's' or 'm' or 'h' or 'd' or 'w' || (first && c == 'y');
}
