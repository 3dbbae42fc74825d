using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO439: in a two-window burn-rate alert the short window only decides how fast the alert stops; the SRE
/// Workbook uses long/12. Within 6× to 24× is accepted; beyond that the reset is slow or the alert noisy.
/// A short window of at most twice the scrape interval is accepted however close it is to the long one:
/// it cannot be shorter without rate() seeing a single sample (what a 24h SLO's page gets: 2m and 1m).
/// </summary>
internal sealed class BurnRateShortWindowCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var branch in context.BurnBranches(rule).Where(b => b.Count >= 2))
        {
            var windows = branch.Where(c => c.Window is not null).OrderBy(c => c.Window).ToList();
            if (windows.Count < 2)
            {
                continue;
            }

            var (shortest, longest) = (windows[0], windows[^1]);
            var ratio = longest.Window!.Value / shortest.Window!.Value;
            // Unknown interval: Prometheus' default of 1m, the lenient guess here.
            var atScrapeFloor = shortest.Window.Value <= (context.Config.ScrapeInterval ?? TimeSpan.FromMinutes(1)) * 2;
            if (ratio > 24 || (ratio < 6 && !atScrapeFloor))
            {
                context.Report(
                    DiagnosticDescriptors.LintBurnRateShortWindow,
                    rule.Map(shortest.Comparison.Range),
                    Literals.FormatDuration(shortest.Window.Value),
                    "1/" + ratio.ToString("0.#", CultureInfo.InvariantCulture),
                    Literals.FormatDuration(longest.Window.Value),
                    Literals.FormatDuration(longest.Window.Value / 12));
            }
        }
    }
}
