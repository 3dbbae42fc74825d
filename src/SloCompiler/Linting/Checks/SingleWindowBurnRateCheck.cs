using SloCompiler.Diagnostics;
using SloCompiler.PromQl;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO437: the SRE Workbook's multi-window alerts exist because one window cannot give both precision and a
/// fast reset: a long window alone keeps firing long after the burn stopped, a short one alone pages on blips.
/// </summary>
internal sealed class SingleWindowBurnRateCheck : IRuleCheck
{
    private static readonly TimeSpan LongWindow = TimeSpan.FromHours(1);

    public void Check(LintContext context, Rule rule)
    {
        foreach (var branch in context.BurnBranches(rule).Where(b => b.Count == 1))
        {
            var window = branch[0].Window;
            var (reason, pairing) = window switch
            {
                null => ("with no second window the alert is either slow to reset or noisy", "e.g. 1h and 5m"),
                { } w when w >= LongWindow => (
                    "a long window alone keeps firing long after the burn has stopped (slow reset) and hides short outages",
                    $"here: and the same ratio over {Literals.FormatDuration(w / 12)}"),
                { } w => (
                    "a short window alone fires on brief spikes that cost little budget (poor precision)",
                    $"here: and the same ratio over {Literals.FormatDuration(w * 12)}"),
            };
            var shown = window is { } known ? Literals.FormatDuration(known) : "unknown";
            context.Report(DiagnosticDescriptors.LintSingleWindowBurnRate, rule.Map(branch[0].Comparison.Range), shown, reason, pairing);
        }
    }
}
