using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Governance.HandWrittenRules;

/// <summary>A named selector in a rule's expression, and the rate-like function it sits under (null when read as is).</summary>
internal sealed record RuleRead(VectorSelector Selector, string? RateFunction);

/// <summary>The named selectors a rule's expression reads.</summary>
internal static class RuleReads
{
    private static readonly string[] RateFunctions = ["rate", "irate", "increase"];

    public static IReadOnlyList<RuleRead> Of(Expr expression)
    {
        var reads = new List<RuleRead>();
        Walk(expression, null, reads);
        return reads;
    }

    private static void Walk(Expr node, string? rateFunction, List<RuleRead> reads)
    {
        switch (node)
        {
            case VectorSelector { Name: not null } selector:
                reads.Add(new RuleRead(selector, rateFunction));
                return;
            case CallExpr call when RateFunctions.Contains(call.Function.Name, StringComparer.Ordinal):
                foreach (var argument in call.Arguments)
                {
                    Walk(argument, call.Function.Name, reads);
                }

                return;
            case MatrixSelector matrix:
                Walk(matrix.Selector, rateFunction, reads);
                return;
        }

        foreach (var child in PromQlTree.Children(node))
        {
            Walk(child, null, reads);
        }
    }
}
