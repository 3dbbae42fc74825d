using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>Checks that the burn-rate alerts of an SLO can be evaluated, can fire, and fire in time.</summary>
internal static class AlertMathRules
{
    /// <summary>SLO106: a window shorter than two evaluations sees at most one sample and flaps.</summary>
    public static void CheckWindows(PromDuration period, PromDuration evaluation, IEnumerable<AlertTierModel> tiers, SourceSpan span, DiagnosticBag diagnostics)
    {
        var minimum = 2m * evaluation.Milliseconds;
        foreach (var tier in tiers.Where(t => t.Enabled))
        {
            var shortest = tier.Windows.SelectMany(w => new[] { w.Short, w.Long }).Where(w => w.Milliseconds < minimum).Order().FirstOrDefault();
            if (shortest.Milliseconds > 0)
            {
                diagnostics.Report(DiagnosticDescriptors.WindowTooShort, span, tier.Name, shortest.ToString(), period.ToString(), evaluation.ToString());
            }
        }
    }

    /// <summary>SLO120: the burn threshold is an error ratio; at or above 1 no traffic can reach it.</summary>
    public static void CheckCanFire(decimal errorBudget, IEnumerable<AlertTierModel> tiers, SourceSpan span, DiagnosticBag diagnostics)
    {
        foreach (var tier in tiers.Where(t => t.Enabled))
        {
            foreach (var window in tier.Windows.Where(w => w.Factor * errorBudget >= 1m))
            {
                diagnostics.Report(DiagnosticDescriptors.TierCanNeverFire, span, tier.Name,
                    DecimalText.Format(window.Factor), DecimalText.Format(errorBudget), DecimalText.Format(window.Factor * errorBudget));
            }
        }
    }

    /// <summary>
    /// SLO121: at 100% errors the long page window reaches Factor × budget after Factor × budget × Long,
    /// plus up to one evaluation; if the whole budget is gone by then, the page comes too late.
    /// </summary>
    public static void CheckDetection(decimal errorBudget, PromDuration period, PromDuration evaluation, AlertTierModel page, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (!page.Enabled || page.Windows.Count == 0)
        {
            return;
        }

        var first = page.Windows[0];
        var budgetMs = period.Milliseconds * errorBudget;
        var detectionMs = (first.Factor * errorBudget * first.Long.Milliseconds) + evaluation.Milliseconds;
        if (budgetMs <= detectionMs)
        {
            diagnostics.Report(DiagnosticDescriptors.BudgetFasterThanDetection, span, period.ToString(),
                new PromDuration((long)Math.Round(budgetMs)).ToWords(), new PromDuration((long)Math.Round(detectionMs)).ToWords());
        }
    }
}
