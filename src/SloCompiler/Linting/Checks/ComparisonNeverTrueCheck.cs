using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using System.Globalization;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO424: a filtering comparison against a number the other side can never reach, e.g. <c>rate(x[5m]) &lt; 0</c>,
/// <c>count(up) &lt; 0</c> or an error ratio <c>> 1</c>: the rule silently never returns anything.
/// </summary>
internal sealed class ComparisonNeverTrueCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        ValueBounds? valueBounds = null;
        HashSet<BinaryExpr>? impossibleBurnRates = null;
        foreach (var comparison in rule.Nodes<BinaryExpr>().Where(ExprTree.IsFilter))
        {
            var (series, op, threshold) = comparison.Right.Constant is { } right
                ? (comparison.Left, comparison.Operator, right)
                : comparison.Left.Constant is { } left ? (comparison.Right, Flip(comparison.Operator), left) : (null, null, 0);
            if (series is null || series.Constant is not null || (impossibleBurnRates ??= ImpossibleBurnRates(context, rule)).Contains(comparison))
            {
                continue;
            }

            var bounds = (valueBounds ??= new ValueBounds()).Of(series);
            var never = op switch
            {
                ">" => bounds.High <= threshold,
                ">=" => bounds.High < threshold,
                "<" => bounds.Low >= threshold,
                "<=" => bounds.Low > threshold,
                "==" => threshold < bounds.Low || threshold > bounds.High,
                _ => false,
            };
            if (never)
            {
                context.Report(DiagnosticDescriptors.LintComparisonNeverTrue, rule.Map(comparison.Range), $"{op} {threshold.ToString("0.######", CultureInfo.InvariantCulture)}", bounds);
            }
        }
    }

    /// <summary>SLO438 already explains a burn-rate threshold of factor × budget ≥ 1 in SLO terms.</summary>
    private static HashSet<BinaryExpr> ImpossibleBurnRates(LintContext context, Rule rule) =>
        context.BurnBranches(rule).SelectMany(b => b).Where(BurnRateNeverFiresCheck.CannotFire).Select(c => c.Comparison).ToHashSet<BinaryExpr>(ReferenceEqualityComparer.Instance);

    private static string Flip(string op) => op switch { "<" => ">", ">" => "<", "<=" => ">=", ">=" => "<=", _ => op };
}
