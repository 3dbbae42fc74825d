using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>Token kinds of the PromQL lexer.</summary>
internal enum TokenKind
{
    Eof,
    Identifier,          // rate, job
    MetricIdentifier,    // ns:rule:rate5m (contains ':')
    Keyword,             // by, without, on, ignoring, group_left, group_right, bool, offset, start, end (Text lower case)
    Aggregator,          // sum, topk … (Text lower case)
    Number,              // 1, 0x1F, .5, Inf
    Duration,            // 5m, 1h30m
    String,              // "…", '…', `…` (Text is the unescaped value)
    BinaryOperator,      // + - * / % ^ == != < <= > >= and or unless atan2 (Text lower case)
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Colon,
    At,
    Assign,              // = inside braces
    RegexMatch,          // =~
    RegexNoMatch,        // !~
}

/// <summary>A token; <see cref="Text"/> is normalized (lower-case keywords, unescaped strings), <see cref="Raw"/> as written.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int Length, string Raw)
{
    public TextRange Range => new(Start, Length);

    public int End => Start + Length;

    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;

    /// <summary>How a message names the token, e.g. <c>identifier "foo"</c> or <c>")"</c>.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Eof => "end of input",
        TokenKind.Identifier or TokenKind.MetricIdentifier => $"identifier \"{Raw}\"",
        TokenKind.Number => $"number {Raw}",
        TokenKind.Duration => $"duration {Raw}",
        TokenKind.String => $"string {Raw}",
        TokenKind.Keyword or TokenKind.Aggregator => $"keyword '{Raw}'",
        _ => $"'{Raw}'",
    };
}
