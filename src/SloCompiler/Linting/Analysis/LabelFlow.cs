using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Tracks the labels a query's result can have, as Prometheus computes them: aggregations keep their
/// <c>by</c> labels or drop their <c>without</c> labels, one-to-one matching with <c>on(…)</c> keeps only
/// those labels, <c>group_left(…)</c> adds labels from the other side, label_replace adds its target.
/// A selector of a recorded series has the labels its recording rules produce, when the
/// <c>recorded</c> lookup knows them.
/// </summary>
internal static class LabelFlow
{
    public static LabelSet Of(Expr expr, Func<string, LabelSet?>? recorded = null) => new Walker(recorded).Of(expr);

    private sealed class Walker(Func<string, LabelSet?>? recorded)
    {
        public LabelSet Of(Expr expr) => expr switch
        {
            NumberLiteral or StringLiteral => LabelSet.Only([], "a number has no labels"),
            VectorSelector { Name: { } name } when recorded?.Invoke(name) is { } labels => labels,
            MatrixSelector { Selector.Name: { } name } when recorded?.Invoke(name) is { } labels => labels,
            VectorSelector or MatrixSelector => LabelSet.Any,
            Subquery s => Of(s.Inner),
            ParenExpr p => Of(p.Inner),
            UnaryExpr u => Of(u.Operand),
            CallExpr c => OfCall(c),
            AggregateExpr a => OfAggregate(a),
            BinaryExpr b => OfBinary(b),
            _ => LabelSet.Any,
        };

        private LabelSet OfCall(CallExpr call)
        {
            var name = call.Function.Name;
            switch (name)
            {
                case "label_replace" or "label_join" when call.Arguments.Count > 1 && call.Arguments[1] is StringLiteral target:
                    return Of(call.Arguments[0]).With(target.Value);
                case "absent" or "absent_over_time":
                    var selector = ExprTree.DescendantsAndSelf(call).OfType<VectorSelector>().FirstOrDefault();
                    var kept = selector?.Matchers.Where(m => m.Operator == MatcherOperator.Equal && m.Name != "__name__").Select(m => m.Name) ?? [];
                    return LabelSet.Only(kept, $"{name}() keeps only the labels of its = matchers");
                case "histogram_quantile" when call.Arguments.Count == 2:
                    return Of(call.Arguments[1]).Without(["le"], "histogram_quantile() removes le");
            }

            var vectorArgument = call.Arguments.FirstOrDefault(a => a.Type is PromQlType.Vector or PromQlType.Matrix);
            return vectorArgument is null ? LabelSet.Only([], $"{name}() returns a series without labels") : Of(vectorArgument);
        }

        private LabelSet OfAggregate(AggregateExpr aggregate)
        {
            var op = aggregate.Operator;
            var grouping = string.Join(", ", aggregate.Grouping);
            var set = op switch
            {
                "topk" or "bottomk" or "limitk" or "limit_ratio" => Of(aggregate.Argument),
                _ when aggregate.Without => Of(aggregate.Argument).Without(aggregate.Grouping, $"{op} without ({grouping}) removes {grouping}"),
                _ when aggregate.Grouping.Count > 0 => LabelSet.Only(aggregate.Grouping, $"{op} by ({grouping}) keeps only {grouping}"),
                _ => LabelSet.Only([], $"{op}() without by (…) removes every label"),
            };
            return op == "count_values" && aggregate.Parameter is StringLiteral label ? set.With(label.Value) : set;
        }

        private LabelSet OfBinary(BinaryExpr binary)
        {
            var leftIsVector = binary.Left.Type == PromQlType.Vector;
            var rightIsVector = binary.Right.Type == PromQlType.Vector;
            if (!leftIsVector || !rightIsVector)
            {
                return leftIsVector ? Of(binary.Left) : rightIsVector ? Of(binary.Right) : LabelSet.Only([], "a number has no labels");
            }

            if (binary.Operator == "or")
            {
                return LabelSet.UnionOf(ExprTree.Terms(binary, "or").Select(Of).ToList());
            }

            var matching = binary.Matching;
            if (binary.Operator is "and" or "unless" || matching is null)
            {
                return Of(binary.Left);
            }

            var labels = string.Join(", ", matching.Labels);
            return matching.Group switch
            {
                GroupSide.Left => Of(binary.Left).With(matching.Include),
                GroupSide.Right => Of(binary.Right).With(matching.Include),
                _ when matching.On => LabelSet.Only(matching.Labels.Where(Of(binary.Left).CanHave), $"one-to-one matching on ({labels}) keeps only {labels}"),
                _ => Of(binary.Left).Without(matching.Labels, $"ignoring ({labels}) removes {labels}"),
            };
        }
    }
}
