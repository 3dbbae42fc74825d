using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>Aggregations with by/without before or after the arguments, and on/ignoring/group_x.</summary>
internal sealed partial class Parser
{
    private Expr ParseAggregation()
    {
        var op = Advance();
        var (without, grouping, hasGrouping) = (false, (IReadOnlyList<string>)[], false);
        if (Current.Kind == TokenKind.Keyword && Current.Text is "by" or "without")
        {
            without = Advance().Text == "without";
            grouping = ParseLabelList("by/without");
            hasGrouping = true;
        }

        if (Current.Kind != TokenKind.LeftParen)
        {
            throw Unexpected($"'(' with the arguments of {op.Text}");
        }

        var (arguments, close) = ParseArguments();
        var end = close.End;
        if (Current.Kind == TokenKind.Keyword && Current.Text is "by" or "without")
        {
            if (hasGrouping)
            {
                throw Unexpected("an operator; by/without is given once, before or after the arguments");
            }

            without = Advance().Text == "without";
            grouping = ParseLabelList("by/without");
            end = _tokens[_index - 1].End;
        }

        var range = TextRange.FromBounds(op.Start, end);
        var parameterType = Aggregations.ParameterType(op.Text, _options);
        var expected = parameterType is null ? 1 : 2;
        if (arguments.Length != expected)
        {
            var example = parameterType switch
            {
                null => $"{op.Text} by (job) (rate(x[5m]))",
                PromQlType.String => "count_values(\"value\", x)",
                _ => op.Text == "quantile" ? "quantile(0.9, x)" : $"{op.Text}(5, x)",
            };
            throw PromQlException.At(DiagnosticDescriptors.PromQlWrongArity, range, op.Text,
                expected == 1 ? "1 argument" : "2 arguments (the parameter, then the vector)", arguments.Length, example);
        }

        return new AggregateExpr(op.Text, expected == 2 ? arguments[0] : null, arguments[^1], grouping, without, range);
    }

    /// <summary><c>(job, instance)</c>; a trailing comma is allowed, as in Prometheus.</summary>
    private string[] ParseLabelList(string context)
    {
        var open = Current;
        if (open.Kind != TokenKind.LeftParen)
        {
            throw Unexpected($"'(' with the label list of {context}");
        }

        Advance();
        var labels = new List<string>();
        while (Current.Kind != TokenKind.RightParen)
        {
            var label = Current;
            if (label.Kind == TokenKind.String)
            {
                RequirePrometheus3(label, "a quoted label name");
            }
            else if (!IsLabelToken(label))
            {
                throw Current.Kind == TokenKind.Eof
                    ? PromQlException.At(DiagnosticDescriptors.PromQlUnclosed, open.Range, "(", ")")
                    : Unexpected($"a label name in the {context} list");
            }

            labels.Add(Advance().Text);
            if (Current.Kind == TokenKind.Comma)
            {
                Advance();
            }
            else if (Current.Kind != TokenKind.RightParen)
            {
                throw Current.Kind == TokenKind.Eof
                    ? PromQlException.At(DiagnosticDescriptors.PromQlUnclosed, open.Range, "(", ")")
                    : Unexpected("',' or ')'");
            }
        }

        Advance();
        return labels.ToArray();
    }

    // keywords are valid label names here (by (on, offset) is legal), metric names with ':' are not
    private static bool IsLabelToken(Token token) =>
        token.Kind is TokenKind.Identifier or TokenKind.Keyword or TokenKind.Aggregator
        || (token.Kind == TokenKind.BinaryOperator && char.IsAsciiLetter(token.Text[0]));

    private VectorMatching? ParseVectorMatching()
    {
        if (Current.Kind != TokenKind.Keyword || Current.Text is not ("on" or "ignoring"))
        {
            return null;
        }

        var on = Advance().Text == "on";
        var labels = ParseLabelList(on ? "on" : "ignoring");
        var group = GroupSide.None;
        IReadOnlyList<string> include = [];
        if (Current.Kind == TokenKind.Keyword && Current.Text is "group_left" or "group_right")
        {
            group = Advance().Text == "group_left" ? GroupSide.Left : GroupSide.Right;
            if (Current.Kind == TokenKind.LeftParen)
            {
                include = ParseLabelList(group == GroupSide.Left ? "group_left" : "group_right");
            }
        }

        return new VectorMatching(on, labels, group, include);
    }
}
