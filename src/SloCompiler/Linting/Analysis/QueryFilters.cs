using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Whether a query filters its series (a comparison, <c>absent()</c>, or <c>and</c>/<c>unless</c> with a filter),
/// rather than returning every selected series. A selector of a recorded series filters when its recording
/// rules do, as the <c>recordedFilters</c> lookup says.
/// </summary>
internal static class QueryFilters
{
    public static bool Filters(Expr expr, Func<string, bool> recordedFilters) => ExprTree.Unwrap(expr) switch
    {
        BinaryExpr b when ExprTree.IsFilter(b) => true,
        BinaryExpr { Operator: "and" } b => Filters(b.Left, recordedFilters) || Filters(b.Right, recordedFilters),
        BinaryExpr { Operator: "unless" } => true,
        BinaryExpr { Operator: "or" } b => Filters(b.Left, recordedFilters) && Filters(b.Right, recordedFilters),
        BinaryExpr b => Filters(b.Left, recordedFilters) || Filters(b.Right, recordedFilters),
        CallExpr { Function.Name: "absent" or "absent_over_time" } => true,
        CallExpr c => c.Arguments.Any(a => Filters(a, recordedFilters)),
        AggregateExpr a => Filters(a.Argument, recordedFilters),
        UnaryExpr u => Filters(u.Operand, recordedFilters),
        Subquery s => Filters(s.Inner, recordedFilters),
        MatrixSelector m => Filters(m.Selector, recordedFilters),
        VectorSelector { Name: { } name } => recordedFilters(name),
        _ => false,
    };
}
