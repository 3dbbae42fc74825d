namespace SloCompiler.RuleFiles;

/// <summary>
/// What the Go template parser tracks between actions: open blocks (for <c>else</c>/<c>end</c>) and declared
/// variables. Prometheus predeclares <c>$labels</c>, <c>$externalLabels</c>, <c>$externalURL</c> and <c>$value</c>.
/// </summary>
internal sealed class GoTemplateState
{
    /// <summary>Go's builtins plus the functions Prometheus 2.42 registers for alert templates.</summary>
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery",
        "eq", "ge", "gt", "le", "lt", "ne",
        "query", "first", "label", "value", "strvalue", "args", "reReplaceAll", "safeHtml", "match", "title", "toUpper",
        "toLower", "graphLink", "tableLink", "sortByLabel", "humanize", "humanize1024", "humanizeDuration",
        "humanizePercentage", "humanizeTimestamp", "toTime", "pathPrefix", "externalURL", "parseDuration", "stripPort",
        "stripDomain",
    };

    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal) { "true", "false", "nil" };

    /// <summary>Open blocks, innermost on top; <c>Else</c> once the final <c>{{else}}</c> of the block was seen.</summary>
    private readonly Stack<(string Keyword, bool Else)> _blocks = new();

    /// <summary>How many of <see cref="_blocks"/> are ranges: searching the stack at every break was quadratic in nesting.</summary>
    private int _openRanges;
    private readonly HashSet<string> _variables = new(StringComparer.Ordinal) { "$", "$labels", "$externalLabels", "$externalURL", "$value" };

    /// <summary>Checks one action (without the delimiters); null when it is fine.</summary>
    public string? Action(string action)
    {
        var (tokens, error) = GoTemplateLexer.Tokenize(action);
        if (error is not null)
        {
            return error;
        }

        if (tokens.Count == 0)
        {
            return "missing value for command";
        }

        var keyword = tokens[0].Kind == GoTokenKind.Identifier ? tokens[0].Text : string.Empty;
        var rest = tokens.Skip(1).ToList();
        switch (keyword)
        {
            case "if" or "with" or "range":
                _blocks.Push((keyword, false));
                _openRanges += keyword == "range" ? 1 : 0;
                return rest.Count == 0 ? $"missing value for {keyword}" : Pipeline(rest, keyword == "range");
            case "else":
                if (_blocks.Count == 0 || _blocks.Peek().Keyword is "define" or "block")
                {
                    return "unexpected {{else}}";
                }

                if (_blocks.Peek().Else)
                {
                    return "expected end; found {{else}}";
                }

                if (rest.Count > 0 && rest[0].Text is "if" or "with")
                {
                    return ElseChain(rest);
                }

                _blocks.Push((_blocks.Pop().Keyword, true));
                return rest.Count > 0 ? "unexpected token after {{else}}" : null;
            case "end":
                if (!_blocks.TryPop(out var closed))
                {
                    return "unexpected {{end}}";
                }

                _openRanges -= closed.Keyword == "range" ? 1 : 0;
                return rest.Count > 0 ? "unexpected token after {{end}}" : null;
            case "define" or "block":
                _blocks.Push((keyword, false));
                return TemplateName(keyword, rest);
            case "template":
                return TemplateName(keyword, rest);
            case "break" or "continue":
                return _openRanges > 0 ? null : $"{{{{{keyword}}}}} outside {{{{range}}}}";
            default:
                return Pipeline(tokens, allowTwoVariables: false);
        }
    }

    /// <summary>At the end of the text: every block must be closed.</summary>
    public string? End() => _blocks.Count > 0 ? "unexpected EOF" : null;

    private string? ElseChain(List<GoToken> rest) =>
        rest.Count == 1 ? $"missing value for {rest[0].Text}" : Pipeline(rest.Skip(1).ToList(), allowTwoVariables: false);

    private string? TemplateName(string keyword, List<GoToken> rest)
    {
        if (rest.Count == 0 || rest[0].Kind != GoTokenKind.Literal || rest[0].Text[0] is not ('"' or '`'))
        {
            return $"unexpected token in {keyword} clause; expected a quoted template name";
        }

        return rest.Count > 1 ? Pipeline(rest.Skip(1).ToList(), allowTwoVariables: false) : keyword == "block" ? "missing value for block" : null;
    }

    /// <summary><c>$x := pipeline</c>, <c>$i, $e := range …</c>, or commands joined by <c>|</c>.</summary>
    private string? Pipeline(List<GoToken> tokens, bool allowTwoVariables)
    {
        var declaration = DeclarationLength(tokens, allowTwoVariables);
        if (declaration > 0)
        {
            var assign = tokens[declaration - 1];
            // '=' to an undeclared variable fails only when the template runs, so only ':=' matters here
            foreach (var variable in tokens.Take(declaration - 1).Where(t => t.Kind == GoTokenKind.Variable && assign.Kind == GoTokenKind.Declare))
            {
                _variables.Add(variable.Text);
            }

            tokens = tokens.Skip(declaration).ToList();
            if (tokens.Count == 0)
            {
                return "missing value for command";
            }
        }

        return Commands(tokens);
    }

    private static int DeclarationLength(List<GoToken> tokens, bool allowTwoVariables)
    {
        bool IsAssign(int i) => i < tokens.Count && tokens[i].Kind is GoTokenKind.Declare or GoTokenKind.Assign;
        if (tokens.Count > 1 && tokens[0].Kind == GoTokenKind.Variable && IsAssign(1))
        {
            return 2;
        }

        return allowTwoVariables && tokens.Count > 3 && tokens[0].Kind == GoTokenKind.Variable && tokens[1].Kind == GoTokenKind.Comma
               && tokens[2].Kind == GoTokenKind.Variable && IsAssign(3) ? 4 : 0;
    }

    /// <summary>
    /// Commands joined by <c>|</c>, with parenthesised pipelines. Like Go's parser, an empty command between pipes is
    /// an error but a trailing <c>|</c> before <c>}}</c> or <c>)</c> is tolerated.
    /// </summary>
    private string? Commands(List<GoToken> tokens)
    {
        var depth = 0;
        var commandLength = 0;
        GoTokenKind? previous = null;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case GoTokenKind.LeftParen:
                    depth++;
                    commandLength = 0;
                    break;
                case GoTokenKind.RightParen when depth == 0:
                    return "unexpected right paren";
                case GoTokenKind.RightParen when commandLength == 0 && previous != GoTokenKind.Pipe:
                    return "missing value for command";
                case GoTokenKind.RightParen:
                    depth--;
                    commandLength = 1;
                    break;
                case GoTokenKind.Pipe when commandLength == 0:
                    return "unexpected \"|\" in command";
                case GoTokenKind.Pipe:
                    commandLength = 0;
                    break;
                case GoTokenKind.Comma or GoTokenKind.Declare or GoTokenKind.Assign:
                    return $"unexpected \"{token.Text}\" in command";
                case GoTokenKind.Identifier when !Functions.Contains(Head(token.Text)) && !Constants.Contains(token.Text):
                    return $"function \"{Head(token.Text)}\" not defined";
                case GoTokenKind.Variable when !_variables.Contains(Head(token.Text)):
                    return $"undefined variable \"{Head(token.Text)}\"";
                default:
                    commandLength++;
                    break;
            }

            previous = token.Kind;
        }

        return depth > 0 ? "unclosed left paren" : commandLength == 0 && previous != GoTokenKind.Pipe ? "missing value for command" : null;
    }

    /// <summary><c>$labels</c> of <c>$labels.job</c>.</summary>
    private static string Head(string name) => name.IndexOf('.', 1) is var dot and > 0 ? name[..dot] : name;
}
