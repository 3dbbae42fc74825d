using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO447: a subquery with more steps than promtool's sample limit (<see cref="SampleLimits"/>), such as
/// <c>avg_over_time((max(lag) &gt; bool 1000)[28d:1m])</c> (40,320 steps): <c>promtool test rules</c> of the file then
/// fails for every rule in it, and on a server it loads the steps times the inner series at each evaluation.
/// </summary>
internal sealed class SubquerySampleLimitCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var subquery in rule.Nodes<Subquery>())
        {
            var steps = SampleLimits.Steps(subquery);
            if (steps > SampleLimits.Promtool)
            {
                context.Report(
                    DiagnosticDescriptors.LintSubqueryOverSampleLimit,
                    rule.Map(subquery.Range),
                    steps,
                    Literals.FormatDuration(subquery.Duration),
                    Literals.FormatDuration(SampleLimits.Step(subquery)),
                    SampleLimits.Server / steps);
            }
        }
    }
}
