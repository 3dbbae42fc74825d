using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// The matchers every result series of a query satisfies on one label it keeps: <c>code</c> of
/// <c>sum by (code) (rate(x{code=~"5.."}[5m]))</c> matches <c>=~"5.."</c>. Follows the side the result's labels
/// come from; gives up (no matchers: any value) where a value can come from elsewhere — <c>or</c>,
/// <c>label_replace</c>/<c>label_join</c> or <c>count_values</c> writing the label.
/// </summary>
internal static class LabelValueMatchers
{
    public static IReadOnlyList<Matcher> Of(Expr expr, string label)
    {
        // iterative: the side followed is one path down the tree, which may be a 100,000-term chain
        while (true)
        {
            switch (expr)
            {
                case VectorSelector v:
                    return v.Matchers.Where(m => m.Name == label).ToList();
                case MatrixSelector m:
                    expr = m.Selector;
                    break;
                case Subquery s:
                    expr = s.Inner;
                    break;
                case ParenExpr p:
                    expr = p.Inner;
                    break;
                case UnaryExpr u:
                    expr = u.Operand;
                    break;
                case CallExpr { Function.Name: "label_replace" or "label_join" } c
                    when c.Arguments.Count < 2 || c.Arguments[1] is not StringLiteral target || target.Value == label:
                    return [];
                case CallExpr c when c.Arguments.FirstOrDefault(a => a.Type is PromQlType.Vector or PromQlType.Matrix) is { } series:
                    expr = series;
                    break;
                case AggregateExpr { Operator: "count_values", Parameter: StringLiteral written } when written.Value == label:
                    return [];
                case AggregateExpr a:
                    expr = a.Argument;
                    break;
                case BinaryExpr { Operator: "or" }:
                    return [];
                case BinaryExpr b when b.Left.Type == PromQlType.Vector && b.Right.Type == PromQlType.Vector:
                    expr = b.Matching is { Group: GroupSide.Right } ? b.Right : b.Left;
                    break;
                case BinaryExpr b:
                    expr = b.Left.Type == PromQlType.Vector ? b.Left : b.Right;
                    break;
                default:
                    return [];
            }
        }
    }
}
