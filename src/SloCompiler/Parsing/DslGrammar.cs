using System.Text;
using Sprache;

namespace SloCompiler.Parsing;

/// <summary>
/// The lexical grammar of <c>.slo</c> files as Sprache parsers. The block structure is driven by
/// <see cref="DslReader"/>, which applies these token parsers one at a time: that is what lets it
/// name the offending token and the expected alternatives precisely, which Sprache's combined
/// error messages cannot.
/// </summary>
internal static class DslGrammar
{
    /// <summary>A token and the offsets it covers in the source text.</summary>
    internal readonly record struct Token<T>(T Value, int Start, int End);

    /// <summary>Whitespace and <c>#</c> comments; a comment runs to the end of the line.</summary>
    public static readonly Parser<string> Comment =
        from hash in Parse.Char('#')
        from rest in Parse.CharExcept('\n').Many().Text()
        select rest;

    public static readonly Parser<IEnumerable<string>> Trivia =
        Parse.WhiteSpace.Once().Text().Or(Comment).Many();

    internal static bool IsNameChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '-';

    internal static bool IsWordChar(char c) => IsNameChar(c) || c is ':' or '/' or '@' or '#';

    /// <summary>
    /// Keywords and names. Broader than valid names (dots, uppercase) so the checker can explain
    /// SLO101 on e.g. <c>Payments.API</c>; quotes and slashes still end the token.
    /// </summary>
    public static readonly Parser<string> Name = Parse.Char(IsNameChar, "name").AtLeastOnce().Text();

    /// <summary>A bare value such as <c>pagerduty-payments</c> or <c>ana@example.com</c>.</summary>
    public static readonly Parser<string> Word = Parse.Char(IsWordChar, "word").AtLeastOnce().Text();

    /// <summary>
    /// A double-quoted string on one line; <c>\"</c> and <c>\\</c> are escapes, any other
    /// backslash is kept as written so PromQL in <c>raw</c> strings needs no double escaping.
    /// </summary>
    public static readonly Parser<string> QuotedString =
        from open in Parse.Char('"')
        from parts in Parse.Char('\\').Then(_ => Parse.Chars('"', '\\')).Select(c => c.ToString())
            .Or(Parse.Char('\\').Then(_ => Parse.CharExcept('\n')).Select(c => "\\" + c))
            .Or(Parse.CharExcept("\"\\\n").Select(c => c.ToString()))
            .Many()
        from close in Parse.Char('"')
        select string.Concat(parts);

    /// <summary>A decimal as written (<c>99.9</c>, <c>0.3</c>); the checker parses it exactly.</summary>
    public static readonly Parser<string> Number =
        from digits in Parse.Digit.AtLeastOnce().Text()
        from fraction in Parse.Char('.').Then(_ => Parse.Digit.AtLeastOnce().Text()).Select(f => "." + f).Optional()
        select digits + fraction.GetOrElse(string.Empty);

    /// <summary>
    /// A duration or bucket as written (<c>30d</c>, <c>1h30m</c>, <c>300ms</c>, <c>0.3</c>): a digit
    /// followed by letters, digits and dots. Loose on purpose so SLO104 can explain bad units.
    /// </summary>
    public static readonly Parser<string> Duration =
        from first in Parse.Digit
        from rest in Parse.Char(c => char.IsAsciiLetterOrDigit(c) || c == '.', "duration").Many().Text()
        select first + rest;

    /// <summary><c>99.9%</c>; the value is the number without the sign.</summary>
    public static readonly Parser<Token<string>> Percent =
        from number in Number.Span()
        from sign in Parse.Char('%')
        select new Token<string>(number.Value, number.Start.Pos, number.End.Pos);

    /// <summary><c>p95</c>, <c>p99.9</c>; the value is the number after the <c>p</c>.</summary>
    public static readonly Parser<Token<string>> Percentile =
        from p in Parse.Char('p')
        from number in Number.Span()
        select new Token<string>(number.Value, number.Start.Pos, number.End.Pos);

    /// <summary>A PromQL vector selector, kept as written; see <see cref="DslSelectorScanner"/>.</summary>
    public static readonly Parser<string> Selector = input =>
    {
        var result = DslSelectorScanner.Scan(input.Source, input.Position);
        if (!result.Success)
        {
            return Result.Failure<string>(input, "selector", ["a PromQL selector"]);
        }

        var rest = input;
        while (rest.Position < result.End)
        {
            rest = rest.Advance();
        }

        return Result.Success(input.Source[input.Position..result.End], rest);
    };

    /// <summary>Escapes a value for printing inside double quotes.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
