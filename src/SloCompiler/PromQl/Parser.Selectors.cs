using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>Selectors, ranges, subqueries and the offset/@ modifiers.</summary>
internal sealed partial class Parser
{
    private VectorSelector ParseVectorSelector(string? name, int start)
    {
        var matchers = new List<Matcher>();
        var end = start + (name?.Length ?? 0);
        if (Current.Kind == TokenKind.LeftBrace)
        {
            var open = Advance();
            while (Current.Kind != TokenKind.RightBrace)
            {
                if (Current.Kind == TokenKind.String && Next.Kind is TokenKind.Comma or TokenKind.RightBrace)
                {
                    var quoted = Advance();
                    RequirePrometheus3(quoted, "a quoted metric name in braces");
                    name = name is null ? quoted.Text
                        : throw PromQlException.At(DiagnosticDescriptors.PromQlInvalidSelector, quoted.Range, "the metric name is given twice; keep one");
                }
                else
                {
                    matchers.Add(ParseMatcher());
                }

                if (Current.Kind == TokenKind.Comma)
                {
                    Advance();
                }
                else if (Current.Kind != TokenKind.RightBrace)
                {
                    throw Unexpected("',' or '}' after a label matcher");
                }
            }

            end = Advance().End;
            _ = open;
        }

        // exact-size arrays, not growable lists: a large rule file keeps every tree
        var selector = new VectorSelector(name, matchers.ToArray(), Modifiers.None, TextRange.FromBounds(start, end));
        SelectorRules.Check(selector);
        return selector;
    }

    private Matcher ParseMatcher()
    {
        var label = Current;
        if (label.Kind == TokenKind.String)
        {
            RequirePrometheus3(label, "a quoted label name");
        }
        else if (label.Kind != TokenKind.Identifier)
        {
            throw Unexpected("a label name, e.g. job");
        }

        Advance();
        var op = Current switch
        {
            { Kind: TokenKind.Assign } => MatcherOperator.Equal,
            { Kind: TokenKind.BinaryOperator, Text: "!=" } => MatcherOperator.NotEqual,
            { Kind: TokenKind.RegexMatch } => MatcherOperator.RegexMatch,
            { Kind: TokenKind.RegexNoMatch } => MatcherOperator.RegexNoMatch,
            _ => throw Unexpected($"one of = != =~ !~ after label '{label.Text}'"),
        };
        Advance();
        if (Current.Kind != TokenKind.String)
        {
            throw Unexpected($"a quoted value after '{label.Text}', e.g. {label.Text}=\"api\"");
        }

        var value = Advance();
        return new Matcher(label.Text, op, value.Text, TextRange.FromBounds(label.Start, value.End));
    }

    private void RequirePrometheus3(Token token, string what)
    {
        if (!_options.Prometheus3)
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlNewerSyntax, token.Range, what);
        }
    }

    /// <summary>Ranges, subqueries, offset and @ bind tighter than any operator.</summary>
    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            if (Current.Kind == TokenKind.LeftBracket)
            {
                expr = ParseRangeOrSubquery(expr);
            }
            else if (Current.Is(TokenKind.Keyword, "offset"))
            {
                var keyword = Advance();
                var sign = Current.Kind == TokenKind.BinaryOperator && Current.Text is "-" or "+" ? Advance().Text : "+";
                var duration = ParseDuration("offset", allowZero: false);
                var offset = sign == "-" ? -duration.Value : duration.Value;
                expr = WithModifier(expr, keyword, duration.Range.End, m => m.Offset is null ? m with { Offset = offset } : null, "offset");
            }
            else if (Current.Kind == TokenKind.At)
            {
                expr = ParseAt(expr);
            }
            else
            {
                return expr;
            }
        }
    }

    private Expr ParseAt(Expr expr)
    {
        var at = Advance();
        if (Current.Kind == TokenKind.Keyword && Current.Text is "start" or "end")
        {
            var which = Advance();
            if (Current.Kind != TokenKind.LeftParen || Next.Kind != TokenKind.RightParen)
            {
                throw Unexpected($"'()' after {which.Text}");
            }

            Advance();
            var close = Advance();
            var pre = which.Text == "start" ? AtPreprocessor.Start : AtPreprocessor.End;
            return WithModifier(expr, at, close.End, m => m.At is null && m.AtPreprocessor == AtPreprocessor.None ? m with { AtPreprocessor = pre } : null, "@");
        }

        var negative = false;
        var first = Current;
        if (Current.Kind == TokenKind.BinaryOperator && Current.Text is "-" or "+")
        {
            negative = Advance().Text == "-";
        }

        if (Current.Kind != TokenKind.Number || !Literals.TryParseNumber(Current.Text, out var value))
        {
            throw Unexpected("a Unix timestamp, start() or end() after @");
        }

        var number = Advance();
        if (!double.IsFinite(value))
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlMisplacedModifier, TextRange.FromBounds(first.Start, number.End),
                "the @ timestamp must be a finite Unix time in seconds, e.g. @ 1700000000");
        }

        var timestamp = negative ? -value : value;
        return WithModifier(expr, at, number.End, m => m.At is null && m.AtPreprocessor == AtPreprocessor.None ? m with { At = timestamp } : null, "@");
    }

    /// <summary>Applies offset/@ to a selector or subquery; null from <paramref name="apply"/> means it was set already.</summary>
    private static Expr WithModifier(Expr expr, Token keyword, int end, Func<Modifiers, Modifiers?> apply, string what)
    {
        var range = TextRange.FromBounds(expr.Range.Start, end);
        Modifiers? Apply(Modifiers m) => apply(m) ?? throw PromQlException.At(DiagnosticDescriptors.PromQlMisplacedModifier, keyword.Range,
            $"{what} is given twice on the same selector; keep one");
        return expr switch
        {
            VectorSelector v => v with { Modifiers = Apply(v.Modifiers)!, Range = range },
            MatrixSelector m => m with { Modifiers = Apply(m.Modifiers)!, Range = range },
            Subquery s => s with { Modifiers = Apply(s.Modifiers)!, Range = range },
            _ => throw PromQlException.At(DiagnosticDescriptors.PromQlMisplacedModifier, keyword.Range,
                $"'{what}' must follow a selector like x, x[5m] or a subquery like rate(x[5m])[1h:]; move it inside, e.g. rate(x[5m] {what} …)"),
        };
    }

    private Expr ParseRangeOrSubquery(Expr expr)
    {
        var open = Advance();
        var range = ParseDuration("range", allowZero: false);
        if (Current.Kind == TokenKind.Colon)
        {
            Advance();
            TimeSpan? step = Current.Kind == TokenKind.Duration ? ParseDuration("subquery step", allowZero: false).Value : null;
            var closeSubquery = ExpectBracket(open);
            return new Subquery(expr, range.Value, step, Modifiers.None, TextRange.FromBounds(expr.Range.Start, closeSubquery.End));
        }

        var close = ExpectBracket(open);
        if (expr is not VectorSelector selector)
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlMisplacedModifier, TextRange.FromBounds(open.Start, close.End),
                "a range [d] only applies to a plain selector like x[5m]; for an expression use a subquery, e.g. (…)[5m:1m]");
        }

        if (selector.Modifiers.Offset is not null || selector.Modifiers.At is not null)
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlMisplacedModifier, TextRange.FromBounds(open.Start, close.End),
                "offset and @ go after the range: write x[5m] offset 1h @ 100, not x offset 1h @ 100 [5m]");
        }

        // Prometheus 2.42 checks only numeric @ here, so x @ start() [5m] is accepted; it moves to the range
        return new MatrixSelector(selector with { Modifiers = Modifiers.None }, range.Value, selector.Modifiers, TextRange.FromBounds(expr.Range.Start, close.End));
    }

    private Token ExpectBracket(Token open)
    {
        if (Current.Kind == TokenKind.RightBracket)
        {
            return Advance();
        }

        throw Current.Kind == TokenKind.Eof
            ? PromQlException.At(DiagnosticDescriptors.PromQlUnclosed, open.Range, "[", "]")
            : Unexpected("']'");
    }

    private (TimeSpan Value, TextRange Range) ParseDuration(string what, bool allowZero)
    {
        if (Current.Kind != TokenKind.Duration)
        {
            throw Unexpected($"a duration for the {what}, e.g. 5m");
        }

        var token = Advance();
        if (!Literals.TryParseDuration(token.Text, out var value, out var reason))
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlInvalidDuration, token.Range, token.Text, reason);
        }

        if (!allowZero && value <= TimeSpan.Zero)
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlInvalidDuration, token.Range, token.Text, $"the {what} must be greater than 0");
        }

        return (value, token.Range);
    }
}
