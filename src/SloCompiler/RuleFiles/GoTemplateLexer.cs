namespace SloCompiler.RuleFiles;

/// <summary>The kinds of items inside a Go template action.</summary>
internal enum GoTokenKind
{
    Identifier,
    Variable,
    Field,
    Literal,
    LeftParen,
    RightParen,
    Pipe,
    Comma,
    Declare,
    Assign,
}

internal readonly record struct GoToken(GoTokenKind Kind, string Text);

/// <summary>Splits the inside of <c>{{ … }}</c> into tokens: <c>if</c>, <c>$labels.job</c>, <c>.Value</c>, <c>"x"</c>, <c>|</c> ….</summary>
internal static class GoTemplateLexer
{
    /// <summary>The tokens, or the error message for a character Go does not accept in an action.</summary>
    public static (List<GoToken> Tokens, string? Error) Tokenize(string action)
    {
        var tokens = new List<GoToken>();
        var i = 0;
        while (i < action.Length)
        {
            var c = action[i];
            if (GoTemplate.IsSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            GoTokenKind kind;
            switch (c)
            {
                case '"' or '`' or '\'':
                    i = QuoteEnd(action, i);
                    if (i < 0)
                    {
                        return (tokens, "unterminated quoted string");
                    }

                    i++;
                    kind = GoTokenKind.Literal;
                    break;
                case '$':
                    i = Chain(action, Word(action, i + 1));
                    kind = GoTokenKind.Variable;
                    break;
                case '.':
                    i = Chain(action, i);
                    i = i == start ? i + 1 : i;
                    kind = GoTokenKind.Field;
                    break;
                case '(' or ')' or '|' or ',':
                    i++;
                    kind = c switch { '(' => GoTokenKind.LeftParen, ')' => GoTokenKind.RightParen, '|' => GoTokenKind.Pipe, _ => GoTokenKind.Comma };
                    break;
                case ':' when i + 1 < action.Length && action[i + 1] == '=':
                    i += 2;
                    kind = GoTokenKind.Declare;
                    break;
                case '=':
                    i++;
                    kind = GoTokenKind.Assign;
                    break;
                case var _ when char.IsAsciiDigit(c) || (c is '-' or '+' && i + 1 < action.Length && char.IsAsciiDigit(action[i + 1])):
                    i++;
                    while (i < action.Length && (char.IsAsciiLetterOrDigit(action[i]) || action[i] is '_' or '.' or '+' or '-'))
                    {
                        i++;
                    }

                    kind = GoTokenKind.Literal;
                    break;
                case var _ when char.IsAsciiLetter(c) || c == '_':
                    i = Chain(action, Word(action, i));
                    kind = GoTokenKind.Identifier;
                    break;
                default:
                    return (tokens, $"unrecognized character in action: U+{(int)c:X4} '{c}'");
            }

            tokens.Add(new GoToken(kind, action[start..i]));
        }

        return (tokens, null);
    }

    /// <summary>The offset of the quote closing the string that starts at <paramref name="start"/>; -1 when unclosed.</summary>
    public static int QuoteEnd(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
            else if (text[i] == '\n' && quote != '`')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Word(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Field accesses after a name: <c>$labels.job</c>, <c>.Labels.job</c>.</summary>
    private static int Chain(string text, int i)
    {
        while (i + 1 < text.Length && text[i] == '.' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '_'))
        {
            i = Word(text, i + 1);
        }

        return i;
    }
}
