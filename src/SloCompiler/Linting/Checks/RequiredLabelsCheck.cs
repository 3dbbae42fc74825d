using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>SLO435: Alertmanager routes on labels (default: severity); an alert without them goes to the default receiver or nowhere useful.</summary>
internal sealed class RequiredLabelsCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting)
        {
            return;
        }

        foreach (var label in context.Config.RequiredLabels.Where(l => rule.Labels.All(x => x.Name.Value != l)))
        {
            context.Report(DiagnosticDescriptors.LintMissingLabel, rule.Name.Span, rule.Name.Value, label);
        }
    }
}
