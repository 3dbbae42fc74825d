using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;
using SloCompiler.Syntax;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO435 and SLO436, one instance each: Alertmanager routes on labels (default: severity) and the on-call
/// engineer reads annotations (default: summary, runbook_url); an alert without them pages the wrong people
/// or leaves them guessing.
/// </summary>
internal sealed class RequiredEntriesCheck(
    DiagnosticDescriptor descriptor, Func<LintConfig, IReadOnlyList<string>> required, Func<Rule, IReadOnlyList<LabelSyntax>> entries)
    : IRuleCheck
{
    public static readonly RequiredEntriesCheck Labels = new(DiagnosticDescriptors.LintMissingLabel, c => c.RequiredLabels, r => r.Labels);

    public static readonly RequiredEntriesCheck Annotations = new(DiagnosticDescriptors.LintMissingAnnotation, c => c.RequiredAnnotations, r => r.Annotations);

    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting)
        {
            return;
        }

        var present = entries(rule);
        foreach (var name in required(context.Config).Where(n => present.All(e => e.Name.Value != n)))
        {
            var near = present.Where(e => IsNear(e.Name.Value, name)).Select(e => (Spanned<string>?)e.Name).FirstOrDefault();
            var hint = near is { } misnamed ? $"; '{misnamed.Value}' is there: rename it to '{name}'" : string.Empty;
            context.Report(descriptor, near?.Span ?? rule.Name.Span, rule.Name.Value, name, hint);
        }
    }

    /// <summary><c>runbook</c> for <c>runbook_url</c>, <c>Severity</c> for <c>severity</c>: a near miss worth naming.</summary>
    private static bool IsNear(string written, string required)
    {
        var (a, b) = (written.Replace("_", string.Empty).ToLowerInvariant(), required.Replace("_", string.Empty).ToLowerInvariant());
        return a.Length > 2 && (a == b || b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal));
    }
}
