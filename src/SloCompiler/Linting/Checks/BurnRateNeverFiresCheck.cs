using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO438: an error ratio is at most 1, so a threshold of factor × budget at or above 1 (14.4 × 10% = 1.44)
/// can never be crossed; the alert is dead code that looks like protection.
/// </summary>
internal sealed class BurnRateNeverFiresCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var condition in context.BurnBranches(rule).SelectMany(b => b))
        {
            if (CannotFire(condition) && condition.Budget is { } budget)
            {
                context.Report(
                    DiagnosticDescriptors.LintBurnRateNeverFires,
                    rule.Map(condition.Comparison.Range),
                    Format(condition.Factor),
                    Format(budget),
                    Format(condition.Factor * budget));
            }
        }
    }

    /// <summary>An error ratio never exceeds 1 (the tolerance absorbs 14.4 × 0.1 = 1.4400000000000002-style rounding).</summary>
    internal static bool CannotFire(Analysis.BurnCondition condition) => condition.Budget is { } budget && condition.Factor * budget >= 1 - 1e-12;

    private static string Format(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
