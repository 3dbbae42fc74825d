using System.Globalization;
using System.Runtime.CompilerServices;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>
/// Hand-written precedence-climbing PromQL parser (see README, section PromQL, for why not
/// Sprache). Binds like Prometheus: or &lt; and/unless &lt; comparisons &lt; + - &lt; * / % atan2 &lt;
/// unary &lt; ^ (right-associative) &lt; postfix [range], offset, @.
/// </summary>
internal sealed partial class Parser
{
    private const int PowerPrecedence = 6;

    private readonly List<Token> _tokens;
    private readonly string _text;
    private readonly PromQlOptions _options;
    private const int MaxDepth = 200;

    private int _index;
    private int _depth;
    private int _powerChain;

    /// <summary>
    /// This thread's token list, reused from one parse to the next: the tree keeps no tokens, and a fresh list per
    /// expression was half of what parsing a large rule file allocated. Null while a parse on this thread holds it.
    /// </summary>
    [ThreadStatic]
    private static List<Token>? _spareTokens;

    private Parser(string text, PromQlOptions options, List<Token> tokens)
    {
        _text = text;
        _options = options;
        _tokens = Lexer.Tokenize(text, options, tokens);
    }

    /// <summary>Parses one expression; throws <see cref="PromQlException"/> at the first problem.</summary>
    public static Expr Parse(string text, PromQlOptions options)
    {
        var tokens = _spareTokens ?? new List<Token>(Math.Max(8, text.Length / 4));
        _spareTokens = null;
        try
        {
            var parser = new Parser(text, options, tokens);
            if (parser.Current.Kind == TokenKind.Eof)
            {
                throw PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, new TextRange(0, text.Length), "empty expression", "a PromQL expression");
            }

            var expr = parser.ParseBinary(0);
            if (parser.Current.Kind != TokenKind.Eof)
            {
                throw parser.Unexpected("an operator or the end of the expression");
            }

            if (TreeDepth.Exceeds(expr, PromQlOptions.MaxTreeDepth))
            {
                throw TooDeep(new TextRange(0, text.Length));
            }

            return expr;
        }
        finally
        {
            // a list grown by one huge expression is not kept
            if (tokens.Capacity <= 4096)
            {
                tokens.Clear();
                _spareTokens = tokens;
            }
        }
    }

    private Token Current => _tokens[_index];

    private Token Next => _tokens[Math.Min(_index + 1, _tokens.Count - 1)];

    private Token Advance() => _tokens[_index++];

    private static int Precedence(string op) => op switch
    {
        "or" => 1,
        "and" or "unless" => 2,
        "==" or "!=" or "<" or "<=" or ">" or ">=" => 3,
        "+" or "-" => 4,
        "*" or "/" or "%" or "atan2" => 5,
        "^" => PowerPrecedence,
        _ => -1,
    };

    internal static bool IsComparison(string op) => Precedence(op) == 3;

    internal static bool IsSetOperator(string op) => op is "and" or "or" or "unless";

    private Expr ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.BinaryOperator && Precedence(Current.Text) >= minPrecedence)
        {
            var op = Advance();
            var precedence = Precedence(op.Text);
            var returnBool = false;
            if (Current.Is(TokenKind.Keyword, "bool"))
            {
                Advance();
                returnBool = true;
            }

            var matching = ParseVectorMatching();
            var right = op.Text == "^" ? ParsePowerOperand(op) : ParseBinary(precedence + 1);
            left = new BinaryExpr(op.Text, left, right, returnBool, matching, left.Range.Union(right.Range), op.Range);
        }

        return left;
    }

    /// <summary>The right operand of <c>^</c>, which binds to the right: <c>a ^ b ^ c</c> recurses once per operator.</summary>
    private Expr ParsePowerOperand(Token op)
    {
        if (++_powerChain > PromQlOptions.MaxTreeDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw TooDeep(op.Range);
        }

        try
        {
            return ParseBinary(PowerPrecedence);
        }
        finally
        {
            _powerChain--;
        }
    }

    private static PromQlException TooDeep(TextRange range) =>
        PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, range, string.Create(CultureInfo.InvariantCulture, $"an expression more than {PromQlOptions.MaxTreeDepth:N0} levels deep"),
            "a shorter chain of operators (split it over recording rules)");

    private Expr ParseUnary()
    {
        // deep nesting would overflow the stack, which cannot be caught; no real rule is this deep
        if (++_depth > MaxDepth)
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, Current.Range, "nesting deeper than 200 levels", "a simpler expression");
        }

        try
        {
            return ParseUnaryCore();
        }
        finally
        {
            _depth--;
        }
    }

    private Expr ParseUnaryCore()
    {
        if (Current.Kind == TokenKind.BinaryOperator && Current.Text is "+" or "-")
        {
            var op = Advance();
            var operand = ParseBinary(PowerPrecedence);
            var range = op.Range.Union(operand.Range);
            // Prometheus folds the sign into a number literal: -1 is a literal, not an expression
            return operand is NumberLiteral number
                ? new NumberLiteral(op.Text == "-" ? -number.Value : number.Value, range)
                : new UnaryExpr(op.Text[0], operand, range);
        }

        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return Literals.TryParseNumber(token.Text, out var value)
                    ? new NumberLiteral(value, token.Range)
                    : throw PromQlException.At(DiagnosticDescriptors.PromQlInvalidNumber, token.Range, token.Raw);
            case TokenKind.String:
                Advance();
                return new StringLiteral(token.Text, token.Range);
            case TokenKind.LeftParen:
                return ParseParen();
            case TokenKind.LeftBrace:
                return ParseVectorSelector(null, token.Start);
            case TokenKind.Identifier when Next.Kind == TokenKind.LeftParen:
                return ParseCall();
            case TokenKind.Aggregator when Next.Kind == TokenKind.LeftParen || Next.Is(TokenKind.Keyword, "by") || Next.Is(TokenKind.Keyword, "without"):
                return ParseAggregation();
            case TokenKind.Identifier or TokenKind.MetricIdentifier or TokenKind.Aggregator:
            case TokenKind.Keyword when token.Text is "by" or "without" or "offset" or "start" or "end":
            case TokenKind.BinaryOperator when token.Text is "and" or "or" or "unless":
                // Prometheus lets these keywords name metrics where no keyword is expected
                Advance();
                return ParseVectorSelector(token.Raw, token.Start);
            default:
                throw Unexpected("an expression");
        }
    }

    private Expr ParseParen()
    {
        var open = Advance();
        var inner = ParseBinary(0);
        var close = Expect(TokenKind.RightParen, open, "(", ")");
        return new ParenExpr(inner, TextRange.FromBounds(open.Start, close.End));
    }

    private Expr ParseCall()
    {
        var name = Advance();
        var function = Functions.Lookup(name.Text, _options) ?? throw UnknownFunction(name);
        var (arguments, close) = ParseArguments();
        return new CallExpr(function, arguments, TextRange.FromBounds(name.Start, close.End));
    }

    private PromQlException UnknownFunction(Token name)
    {
        if (Functions.IsNewer(name.Text) || name.Text is "limitk" or "limit_ratio")
        {
            return PromQlException.At(DiagnosticDescriptors.PromQlNewerSyntax, name.Range, $"function '{name.Text}'");
        }

        var similar = Functions.All.Where(f => !f.Prometheus3Only || _options.Prometheus3)
            .FirstOrDefault(f => string.Equals(f.Name, name.Text, StringComparison.OrdinalIgnoreCase)
                                 || f.Name.StartsWith(name.Text, StringComparison.Ordinal));
        var hint = similar is null ? "; see the Prometheus function list (names are lower case)" : $"; did you mean '{similar.Name}'?";
        return PromQlException.At(DiagnosticDescriptors.PromQlUnknownFunction, name.Range, name.Text, hint);
    }

    /// <summary><c>( expr, expr … )</c>; a trailing comma is an error in Prometheus 2.42.</summary>
    private (Expr[] Arguments, Token Close) ParseArguments()
    {
        var open = Advance();
        var arguments = new List<Expr>();
        if (Current.Kind != TokenKind.RightParen)
        {
            while (true)
            {
                arguments.Add(ParseBinary(0));
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                var comma = Advance();
                if (Current.Kind == TokenKind.RightParen)
                {
                    throw PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, comma.Range, "trailing ',' in the arguments", "another argument or ')'; remove the comma");
                }
            }
        }

        return (arguments.ToArray(), Expect(TokenKind.RightParen, open, "(", ")"));
    }

    private Token Expect(TokenKind kind, Token open, string openText, string closeText)
    {
        if (Current.Kind == kind)
        {
            return Advance();
        }

        throw Current.Kind == TokenKind.Eof
            ? PromQlException.At(DiagnosticDescriptors.PromQlUnclosed, open.Range, openText, closeText)
            : Unexpected($"'{closeText}'");
    }

    private PromQlException Unexpected(string expected) =>
        PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, Current.Kind == TokenKind.Eof ? new TextRange(_text.Length, 0) : Current.Range,
            Current.Describe(), expected);
}
