using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Governance;

/// <summary>The direct sub-expressions of a PromQL node, so tree walks do not each repeat the node types.</summary>
internal static class PromQlTree
{
    public static IEnumerable<Expr> Children(Expr node) => node switch
    {
        AggregateExpr a => a.Parameter is null ? [a.Argument] : [a.Parameter, a.Argument],
        CallExpr c => c.Arguments,
        BinaryExpr b => [b.Left, b.Right],
        ParenExpr p => [p.Inner],
        UnaryExpr u => [u.Operand],
        Subquery s => [s.Inner],
        MatrixSelector m => [m.Selector],
        _ => [],
    };
}
