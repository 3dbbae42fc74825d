using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Whether a query filters its series (a comparison, <c>absent()</c>, a selector matching on a state label such as
/// <c>{ready!="True"}</c>, or <c>and</c>/<c>unless</c> with a filter),
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
        // a state matcher under rate() picks what is counted, not which series alert: only a recording rule filters there
        MatrixSelector { Selector.Name: { } name } => recordedFilters(name),
        VectorSelector v when v.Matchers.Any(IsLabelFilter) => true,
        VectorSelector { Name: { } name } => recordedFilters(name),
        _ => false,
    };

    /// <summary>
    /// Labels that say where a series comes from rather than what state it is in: <c>up{job="api"}</c> still
    /// returns every target of the job, while <c>kafka_topic_info{ready!="True"}</c> returns only the broken ones.
    /// </summary>
    private static readonly HashSet<string> ScopeLabels = new(StringComparer.Ordinal)
    {
        "__name__", "job", "instance", "namespace", "cluster", "service", "env", "environment", "region", "zone",
        "pod", "container", "node", "endpoint", "prometheus", "tenant",
    };

    /// <summary>A matcher that picks series by state: any negative matcher, or one on a label that is not a scope label.</summary>
    private static bool IsLabelFilter(Matcher matcher) =>
        matcher.Operator is MatcherOperator.NotEqual or MatcherOperator.RegexNoMatch || !ScopeLabels.Contains(matcher.Name);
}
