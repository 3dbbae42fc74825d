using SloCompiler.Governance.Policy;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Governance;

/// <summary>
/// Labels the policy requires every aggregation to keep (e.g. <c>env</c>, so production and staging
/// never mix). <see cref="Dropped(LabelPolicy, Expr)"/> is the seam for the rule linter's
/// hand-written rules; the SLO check uses <see cref="Dropped(LabelPolicy, IReadOnlyList{string}, IEnumerable{string})"/>.
/// </summary>
public static class KeptLabels
{
    /// <summary>Each aggregation in <paramref name="expression"/> that drops a label to keep, with the label.</summary>
    public static IReadOnlyList<(AggregateExpr Aggregation, string Label)> Dropped(LabelPolicy policy, Expr expression)
    {
        var found = new List<(AggregateExpr, string)>();
        Visit(expression, node =>
        {
            if (node is AggregateExpr aggregate)
            {
                found.AddRange(policy.KeepLabels
                    .Where(label => aggregate.Without ? aggregate.Grouping.Contains(label, StringComparer.Ordinal) : !aggregate.Grouping.Contains(label, StringComparer.Ordinal))
                    .Select(label => (aggregate, label)));
            }
        });
        return found;
    }

    /// <summary>The labels to keep that a <c>by (grouping)</c> drops, among those the metrics have.</summary>
    public static IReadOnlyList<string> Dropped(LabelPolicy policy, IReadOnlyList<string> grouping, IEnumerable<string> labelsPresent) =>
        policy.KeepLabels.Where(l => !grouping.Contains(l, StringComparer.Ordinal) && labelsPresent.Contains(l, StringComparer.Ordinal)).ToList();

    private static void Visit(Expr node, Action<Expr> action)
    {
        action(node);
        foreach (var child in PromQlTree.Children(node))
        {
            Visit(child, action);
        }
    }
}
