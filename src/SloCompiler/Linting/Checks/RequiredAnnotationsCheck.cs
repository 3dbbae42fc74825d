using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>SLO436: the on-call engineer reads annotations (default: summary, runbook_url) to know what broke and what to do.</summary>
internal sealed class RequiredAnnotationsCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting)
        {
            return;
        }

        foreach (var annotation in context.Config.RequiredAnnotations.Where(a => rule.Annotations.All(x => x.Name.Value != a)))
        {
            context.Report(DiagnosticDescriptors.LintMissingAnnotation, rule.Name.Span, rule.Name.Value, annotation);
        }
    }
}
