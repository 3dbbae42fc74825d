using SloCompiler.Diagnostics;
using SloCompiler.PromQl;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO440: a burn-rate alert already averages over its windows; <c>for</c> only adds delay while the budget
/// burns (at 14.4× a 30-day budget loses about 1% every 30 minutes).
/// </summary>
internal sealed class BurnRateWithForCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.For is { Value.Ticks: > 0 } wait && context.BurnBranches(rule).Count > 0)
        {
            context.Report(DiagnosticDescriptors.LintBurnRateWithFor, wait.Span, Literals.FormatDuration(wait.Value));
        }
    }
}
