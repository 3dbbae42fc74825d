using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Analysis;

/// <summary>The syntax nodes of a rule's expression, for checks that look at every selector, call or operator.</summary>
internal static class RuleNodes
{
    /// <summary>Every node of type <typeparamref name="T"/>, parents first; none when the expression did not parse.</summary>
    public static IEnumerable<T> Nodes<T>(this Rule rule)
        where T : Expr =>
        rule.Ast is null ? [] : ExprTree.DescendantsAndSelf(rule.Ast).OfType<T>();
}
