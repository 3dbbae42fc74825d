using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO429: Prometheus' naming convention for recording rules, <c>level:metric:operations</c>, tells readers
/// the aggregation level and the operations applied, and keeps recorded series apart from raw metrics.
/// The level may be empty (<c>:node_memory_MemAvailable_bytes:sum</c>, an aggregation over every label), as
/// kube-prometheus and the Thanos mixin write it.
/// </summary>
internal sealed partial class RecordingRuleNameCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind == RuleKind.Recording && RuleNames.IsMetricName(rule.Name.Value) && !LevelMetricOperations().IsMatch(rule.Name.Value))
        {
            context.Report(DiagnosticDescriptors.LintRecordingRuleNaming, rule.Name.Span, rule.Name.Value);
        }
    }

    [GeneratedRegex("^[^:]*:[^:]+:[^:]+$")]
    private static partial Regex LevelMetricOperations();
}
