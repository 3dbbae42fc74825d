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
internal sealed partial class SelectorParser
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
