using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.RuleFiles;
using SloCompiler.Syntax;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO426: <c>{{ $labels.instance }}</c> in a template reads the alerting series' labels; after
/// <c>sum by (job)</c> there is no instance label, so the text always renders empty.
/// </summary>
internal sealed partial class TemplateLabelDroppedCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting || rule.Ast is null)
        {
            return;
        }

        var labels = context.LabelsOf(rule.Ast);
        Report(context, rule.Labels, "label", labels);
        Report(context, rule.Annotations, "annotation", labels);
    }

    private static void Report(LintContext context, IReadOnlyList<LabelSyntax> entries, string what, LabelSet labels)
    {
        foreach (var entry in entries)
        {
            var read = LabelReference().Matches(entry.Value.Value)
                .Select(m => m.Groups["dot"].Success ? m.Groups["dot"].Value : m.Groups["index"].Value)
                .Distinct(StringComparer.Ordinal);
            foreach (var name in read.Where(n => !labels.CanHave(n)))
            {
                context.Report(DiagnosticDescriptors.LintTemplateLabelDropped, entry.Value.Span, what, entry.Name.Value, name, labels.Reason);
            }
        }
    }

    [GeneratedRegex(@"(?:\$labels|\.Labels)\.(?<dot>[a-zA-Z_][a-zA-Z0-9_]*)|index\s+(?:\$labels|\.Labels)\s+""(?<index>[a-zA-Z_][a-zA-Z0-9_]*)""")]
    private static partial Regex LabelReference();
}
