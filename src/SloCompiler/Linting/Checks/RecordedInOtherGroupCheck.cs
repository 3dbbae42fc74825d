using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO430: groups run independently, each on its own schedule; a rule reading a series recorded in another
/// group reads whatever that group last wrote, which may be one interval old or not there yet after a restart.
/// Within one group, rules run in order and see the fresh value.
/// </summary>
internal sealed class RecordedInOtherGroupCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var selector in rule.Nodes<VectorSelector>())
        {
            var writers = selector.Name is null ? [] : context.RecordingsOf(selector.Name);
            if (writers.Count > 0 && !context.IsRecordedInGroup(rule.Span.File, rule.GroupName, selector.Name!))
            {
                context.Report(DiagnosticDescriptors.LintRecordedInOtherGroup, rule.Map(selector.Range), selector.Name, writers[0].Rule.GroupName);
            }
        }
    }
}
