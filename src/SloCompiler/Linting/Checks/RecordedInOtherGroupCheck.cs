using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO430: groups run independently, each on its own schedule; a rule reading a series recorded in another
/// group reads whatever that group last wrote, which may be one interval old or not there yet after a restart.
/// Within one group, rules run in order and see the fresh value. Only writers of the series read are looked at
/// (by their static labels), and only those in a group with the reader's interval: a group with another interval
/// has to be apart, and reading its last value is the cadence its author chose (a 1-day window recorded every
/// 4 minutes, read by an alert every 30 seconds). A group without an interval runs at the global evaluation
/// interval, which the rule file does not say, so it may be the other's. A writer that selects no series
/// (a constant such as GitLab's recorded SLO thresholds, <c>expr: "0.999"</c> or <c>vector(0.999)</c>) writes the
/// same value every time, so however old the read is, it is right.
/// </summary>
internal sealed class RecordedInOtherGroupCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var selector in rule.Nodes<VectorSelector>())
        {
            if (selector.Name is null || context.IsRecordedInGroup(rule.Span.File, rule.GroupName, selector.Name))
            {
                continue;
            }

            var interval = context.GroupInterval(rule.Span.File, rule.GroupName);
            var sameCadence = context.RecordingsFor(selector)
                .Where(w => !IsConstant(w.Rule))
                .FirstOrDefault(w => MayRunTogether(interval, context.GroupInterval(w.File.Source, w.Rule.GroupName)));
            if (sameCadence.Rule is { } writer)
            {
                context.Report(DiagnosticDescriptors.LintRecordedInOtherGroup, rule.Map(selector.Range), selector.Name, writer.GroupName);
            }
        }
    }

    private static bool IsConstant(Rule writer) => !writer.Nodes<VectorSelector>().Any();

    private static bool MayRunTogether(TimeSpan? reader, TimeSpan? writer) => reader is null || writer is null || reader == writer;
}
