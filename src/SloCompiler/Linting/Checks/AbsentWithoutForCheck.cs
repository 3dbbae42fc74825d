using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO427: absent() is true in the gap of a single missed scrape, a target restart or a rollout; without
/// <c>for</c> each of those pages someone.
/// </summary>
internal sealed class AbsentWithoutForCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting || rule.For is { Value.Ticks: > 0 })
        {
            return;
        }

        if (rule.Nodes<CallExpr>().FirstOrDefault(c => c.Function.Name is "absent" or "absent_over_time") is { } absent)
        {
            context.Report(DiagnosticDescriptors.LintAbsentWithoutFor, rule.Map(absent.Range), rule.Name.Value, absent.Function.Name);
        }
    }
}
