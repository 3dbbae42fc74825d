using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Text;

namespace SloCompiler.PromQl;

/// <summary>
/// Hand-written PromQL lexer. Braces change the rules as in Prometheus: inside <c>{…}</c> words are
/// always label names (never keywords), '=' is a matcher, and numbers are not allowed.
/// </summary>
internal sealed partial class Lexer
{
    private static readonly HashSet<string> Keywords =
        ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "start", "end"];

    private static readonly HashSet<string> WordOperators = ["and", "or", "unless", "atan2"];

    private readonly string _text;
    private readonly PromQlOptions _options;
    /// <summary>One-character tokens (brackets, commas, operators) share one string each instead of a substring per token.</summary>
    private static readonly string[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private readonly List<Token> _tokens;
    private int _pos;
    private int _braceStart = -1;
    private int _bracketStart = -1;

    private Lexer(string text, PromQlOptions options, List<Token> tokens)
    {
        _text = text;
        _options = options;
        _tokens = tokens;
    }

    public static List<Token> Tokenize(string text, PromQlOptions options) =>
        Tokenize(text, options, new List<Token>(Math.Max(8, text.Length / 4)));

    /// <summary>Tokenizes into <paramref name="tokens"/> (cleared first), so a caller parsing many expressions can reuse one list.</summary>
    public static List<Token> Tokenize(string text, PromQlOptions options, List<Token> tokens)
    {
        tokens.Clear();
        new Lexer(text, options, tokens).Run();
        return tokens;
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                if (_braceStart >= 0)
                {
                    throw PromQlException.At(DiagnosticDescriptors.PromQlUnclosed, new TextRange(_braceStart, 1), "{", "}");
                }

                _tokens.Add(new Token(TokenKind.Eof, string.Empty, _text.Length, 0, string.Empty));
                return;
            }

            if (_braceStart >= 0)
            {
                LexInsideBraces();
            }
            else
            {
                LexStatement();
            }
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void LexStatement()
    {
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '(': Emit(TokenKind.LeftParen, 1); return;
            case ')': Emit(TokenKind.RightParen, 1); return;
            case '[':
                _bracketStart = start;
                Emit(TokenKind.LeftBracket, 1);
                return;
            case ']':
                _bracketStart = -1;
                Emit(TokenKind.RightBracket, 1);
                return;
            case '{':
                _braceStart = start;
                Emit(TokenKind.LeftBrace, 1);
                return;
            case '}': Emit(TokenKind.RightBrace, 1); return;
            case ',': Emit(TokenKind.Comma, 1); return;
            case '@': Emit(TokenKind.At, 1); return;
            case ':' when _bracketStart >= 0: Emit(TokenKind.Colon, 1); return;
            case '+' or '-' or '*' or '/' or '%' or '^': Emit(TokenKind.BinaryOperator, 1); return;
            case '=' when Peek(1) == '=': Emit(TokenKind.BinaryOperator, 2); return;
            case '!' when Peek(1) == '=': Emit(TokenKind.BinaryOperator, 2); return;
            case '<' or '>': Emit(TokenKind.BinaryOperator, Peek(1) == '=' ? 2 : 1); return;
            case '"' or '\'' or '`': LexString(); return;
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            LexNumberOrDuration();
        }
        else if (IsAlpha(c) || c == ':')
        {
            LexWord();
        }
        else
        {
            throw Unexpected(start);
        }
    }

    private void LexInsideBraces()
    {
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '}':
                _braceStart = -1;
                Emit(TokenKind.RightBrace, 1);
                return;
            case ',': Emit(TokenKind.Comma, 1); return;
            case '=': Emit(Peek(1) == '~' ? TokenKind.RegexMatch : TokenKind.Assign, Peek(1) == '~' ? 2 : 1); return;
            case '!' when Peek(1) == '=': Emit(TokenKind.BinaryOperator, 2); return;
            case '!' when Peek(1) == '~': Emit(TokenKind.RegexNoMatch, 2); return;
            case '"' or '\'' or '`': LexString(); return;
        }

        if (_tokens[^1].Kind is TokenKind.Assign or TokenKind.RegexMatch or TokenKind.RegexNoMatch or TokenKind.BinaryOperator)
        {
            // the most common mistake in selectors: code=~5.. instead of code=~"5.."
            var label = _tokens.Count >= 2 ? _tokens[^2].Raw : "label";
            throw PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, new TextRange(start, 1), $"'{c}'",
                $"a quoted value after '{label}', e.g. {label}=\"api\"");
        }

        if (!IsAlpha(c))
        {
            throw Unexpected(start);
        }

        while (_pos < _text.Length && IsAlphaNumeric(_text[_pos]))
        {
            _pos++;
        }

        var word = StringPool.Get(_text.AsSpan(start, _pos - start));
        _tokens.Add(new Token(TokenKind.Identifier, word, start, word.Length, word));
    }

    private void LexWord()
    {
        var start = _pos;
        // Inf and NaN are numbers in any case, unless more name characters follow
        if (_pos + 3 <= _text.Length && (Peek(3) == '\0' || !IsAlphaNumeric(Peek(3))))
        {
            var candidate = _text.AsSpan(_pos, 3);
            if (candidate.Equals("inf", StringComparison.OrdinalIgnoreCase) || candidate.Equals("nan", StringComparison.OrdinalIgnoreCase))
            {
                var three = candidate.Equals("inf", StringComparison.OrdinalIgnoreCase) ? "inf" : "nan";
                _pos += 3;
                _tokens.Add(new Token(TokenKind.Number, three, start, 3, _text[start.._pos]));
                return;
            }
        }

        while (_pos < _text.Length && (IsAlphaNumeric(_text[_pos]) || _text[_pos] == ':'))
        {
            _pos++;
        }

        var word = StringPool.Get(_text.AsSpan(start, _pos - start));
        var lower = word.ToLowerInvariant();
        var kind = WordOperators.Contains(lower) ? TokenKind.BinaryOperator
            : Keywords.Contains(lower) ? TokenKind.Keyword
            : Aggregations.IsAggregator(lower, _options) ? TokenKind.Aggregator
            : word.Contains(':') ? TokenKind.MetricIdentifier
            : TokenKind.Identifier;
        var text = kind is TokenKind.Identifier or TokenKind.MetricIdentifier ? word : lower;
        _tokens.Add(new Token(kind, text, start, word.Length, word));
    }

    private void Emit(TokenKind kind, int length)
    {
        var raw = length == 1 && _text[_pos] < 128 ? AsciiCharacters[_text[_pos]] : _text.Substring(_pos, length);
        _tokens.Add(new Token(kind, raw, _pos, length, raw));
        _pos += length;
    }

    private PromQlException Unexpected(int at)
    {
        var where = _braceStart >= 0 ? " inside braces" : string.Empty;
        var expected = _braceStart >= 0 ? "a label matcher like job=\"api\", ',' or '}'" : "an expression or operator";
        return PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, new TextRange(at, 1), $"character '{_text[at]}'{where}", expected);
    }

    internal static bool IsAlpha(char c) => c == '_' || char.IsAsciiLetter(c);

    internal static bool IsAlphaNumeric(char c) => IsAlpha(c) || char.IsAsciiDigit(c);
}
