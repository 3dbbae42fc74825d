using System.Globalization;
using System.Text;
using SloCompiler.Model;

namespace SloCompiler.Checking;

/// <summary>The outcome of parsing a selector: the selector, or an error with its offset in the text.</summary>
internal sealed record SelectorParseResult(Selector? Selector, string? Error, int ErrorOffset)
{
    public bool Success => Selector is not null;
}

/// <summary>
/// A small PromQL vector-selector parser: <c>metric{label="v", code=~"5..", "quoted.label"!="x"}</c>,
/// <c>{"my.metric"}</c> and <c>{__name__="m"}</c>. Strings may use "…", '…' (with Go escapes) or
/// backquotes (raw). Kept behind <see cref="Parse"/> so a full PromQL parser can replace it.
/// </summary>
internal sealed class SelectorParser
{
    private readonly string _text;
    private int _pos;

    private SelectorParser(string text) => _text = text;

    public static SelectorParseResult Parse(string text)
    {
        try
        {
            return new SelectorParseResult(new SelectorParser(text).ParseSelector(), null, 0);
        }
        catch (SelectorException e)
        {
            return new SelectorParseResult(null, e.Message, Math.Clamp(e.Offset, 0, text.Length));
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek => AtEnd ? '\0' : _text[_pos];

    private Selector ParseSelector()
    {
        SkipWhitespace();
        string? name = null;
        if (!AtEnd && IsMetricStart(Peek))
        {
            name = ReadWhile(IsMetricChar);
        }

        var matchers = new List<LabelMatcher>();
        SkipWhitespace();
        if (Peek == '{')
        {
            name = ParseMatchers(name, matchers);
        }

        SkipWhitespace();
        if (!AtEnd)
        {
            throw Fail($"unexpected '{Peek}'; a selector is a metric name with optional {{label matchers}}", _pos);
        }

        // {__name__="m"} is the same selector as m; keep the metric name in one place
        var nameMatcher = matchers.FindIndex(m => m.Name == "__name__" && m.Operator == MatchOperator.Equal);
        if (name is null && nameMatcher >= 0)
        {
            name = matchers[nameMatcher].Value;
            matchers.RemoveAt(nameMatcher);
        }

        if (name is null && matchers.Count == 0)
        {
            throw Fail("expected a metric name or '{'", _pos);
        }

        return new Selector(name ?? string.Empty, matchers);
    }

    private string? ParseMatchers(string? name, List<LabelMatcher> matchers)
    {
        var open = _pos++;
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw Fail("'{' is not closed; add '}'", open);
            }

            if (Peek == '}')
            {
                _pos++;
                return name;
            }

            var start = _pos;
            string label;
            if (IsQuote(Peek))
            {
                label = ReadString();
                SkipWhitespace();
                if (Peek is ',' or '}')
                {
                    name = name is null ? label : throw Fail("the metric name is given twice", start);
                    SkipSeparator(open);
                    continue;
                }
            }
            else if (IsLabelStart(Peek))
            {
                label = ReadWhile(IsLabelChar);
            }
            else
            {
                throw Fail($"expected a label name, found '{Peek}'", _pos);
            }

            SkipWhitespace();
            var op = ReadOperator(label);
            SkipWhitespace();
            if (!IsQuote(Peek))
            {
                throw Fail($"expected a quoted value after '{label}'", _pos);
            }

            matchers.Add(new LabelMatcher(label, op, ReadString()));
            SkipSeparator(open);
        }
    }

    private void SkipSeparator(int open)
    {
        SkipWhitespace();
        if (Peek == ',')
        {
            _pos++;
        }
        else if (AtEnd)
        {
            throw Fail("'{' is not closed; add '}'", open);
        }
        else if (Peek != '}')
        {
            throw Fail($"expected ',' or '}}', found '{Peek}'", _pos);
        }
    }

    private MatchOperator ReadOperator(string label)
    {
        string[] texts = ["=~", "!~", "!=", "="];
        MatchOperator[] operators = [MatchOperator.RegexMatch, MatchOperator.RegexNoMatch, MatchOperator.NotEqual, MatchOperator.Equal];
        for (var i = 0; i < texts.Length; i++)
        {
            if (string.CompareOrdinal(_text, _pos, texts[i], 0, texts[i].Length) == 0)
            {
                _pos += texts[i].Length;
                return operators[i];
            }
        }

        throw Fail($"expected one of = != =~ !~ after label '{label}'", _pos);
    }

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

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek))
        {
            _pos++;
        }
    }

    private string ReadWhile(Func<char, bool> predicate)
    {
        var start = _pos;
        while (!AtEnd && predicate(Peek))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '`';

    private static bool IsMetricStart(char c) => char.IsAsciiLetter(c) || c is '_' or ':';

    private static bool IsMetricChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':';

    private static bool IsLabelStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static SelectorException Fail(string message, int offset) => new(message, offset);

    /// <summary>Internal control flow only: never escapes <see cref="Parse"/>.</summary>
    private sealed class SelectorException(string message, int offset) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
