using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;
using SloCompiler.Targets;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO442 and SLO443: a hand-written rule file that uses a field (<c>keep_firing_for</c>, a group's
/// <c>query_offset</c>, <c>labels</c>, <c>partial_response_strategy</c>) or a function (<c>histogram_fraction</c>,
/// <c>histogram_avg</c> …) the target ruler (<see cref="LintConfig.Target"/>) lacks, which that ruler refuses to load.
/// What each ruler has is <see cref="RulerTarget"/>'s table.
/// </summary>
internal sealed class TargetFeatureCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        var target = context.Config.Target;
        if (rule.KeepFiringFor is not null && !target.Supports(RulerFeature.KeepFiringFor)
            && rule.KeySpans.TryGetValue("keep_firing_for", out var key))
        {
            context.Report(DiagnosticDescriptors.LintFieldTargetLacks, key, "rule field", "keep_firing_for", target.Name, Having(RulerFeature.KeepFiringFor));
        }

        foreach (var call in rule.Nodes<CallExpr>())
        {
            if (RulerTarget.OfFunction(call.Function.Name) is { } feature && !target.Supports(feature))
            {
                context.Report(DiagnosticDescriptors.LintFunctionTargetLacks, rule.Map(call.Range), call.Function.Name, target.Name, Having(feature));
            }
        }
    }

    /// <summary>The group fields the target lacks, once per group.</summary>
    public static IEnumerable<Diagnostic> CheckGroups(IEnumerable<RuleGroup> groups, RulerTarget target)
    {
        var found = new DiagnosticBag();
        foreach (var field in groups.SelectMany(g => g.TargetFields))
        {
            if (RulerTarget.OfGroupField(field.Value) is { } feature && !target.Supports(feature))
            {
                found.Report(DiagnosticDescriptors.LintFieldTargetLacks, field.Span, "group field", field.Value, target.Name, Having(feature));
            }
        }

        return found.Items;
    }

    private static string Having(RulerFeature feature) => string.Join(", ", RulerTarget.Having(feature));
}
