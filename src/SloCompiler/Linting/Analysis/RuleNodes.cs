using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Analysis;

/// <summary>The syntax nodes of a rule's expression, for checks that look at every selector, call or operator.</summary>
internal static class RuleNodes
{
    /// <summary>
    /// The last rule walked on this thread and its nodes. The linter runs every check on one rule before the next,
    /// so a dozen checks asking for the same rule's nodes share one walk instead of each allocating its own list;
    /// keeping only the last rule holds no memory across the rule set.
    /// </summary>
    [ThreadStatic]
    private static (Rule Rule, IReadOnlyList<Expr> Nodes)? _last;

    /// <summary>Every node of type <typeparamref name="T"/>, parents first; none when the expression did not parse.</summary>
    public static IEnumerable<T> Nodes<T>(this Rule rule)
        where T : Expr => AllNodes(rule).OfType<T>();

    /// <summary>Every node of the rule's expression, parents first; empty when it did not parse.</summary>
    public static IReadOnlyList<Expr> AllNodes(this Rule rule)
    {
        if (rule.Ast is null)
        {
            return [];
        }

        if (_last is { } last && ReferenceEquals(last.Rule, rule))
        {
            return last.Nodes;
        }

        var nodes = ExprTree.DescendantsAndSelf(rule.Ast);
        _last = (rule, nodes);
        return nodes;
    }
}
