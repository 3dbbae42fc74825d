using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.RuleFiles;

namespace SloCompiler.Governance.HandWrittenRules;

/// <summary>
/// A service's <c>down_alert</c> only holds its SLO alerts back if some rule fires that alert the way the
/// generated inhibition matches it: SLO335 when no linted hand-written rule has the alert's name, SLO336
/// when several services share the name (so the inhibition matches the <c>service</c> label too) and no
/// such rule carries the service's label. Runs only when hand-written rules are linted with the SLOs: a
/// lint of SLO files alone cannot know where the alert is defined.
/// </summary>
public static class DownAlertCheck
{
    public static IReadOnlyList<Diagnostic> Run(AlertmanagerModel alerting, IReadOnlyList<RuleFile> handWritten)
    {
        if (handWritten.Count == 0 || alerting.DownAlerts.Count == 0)
        {
            return [];
        }

        var alertsByName = handWritten.SelectMany(f => f.Rules)
            .Where(r => r.Kind == RuleKind.Alerting)
            .ToLookup(r => r.Name.Value, StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        foreach (var down in alerting.DownAlerts)
        {
            var rules = alertsByName[down.AlertName].ToList();
            if (rules.Count == 0)
            {
                diagnostics.Report(DiagnosticDescriptors.DownAlertNotDefined, down.Span, down.AlertName, down.Service);
            }
            else if (alerting.IsShared(down) && !rules.Any(r => MayCarryService(r, down.Service)))
            {
                diagnostics.Report(DiagnosticDescriptors.DownAlertWithoutService, down.Span, down.AlertName, down.Service);
            }
        }

        return diagnostics.Sorted();
    }

    /// <summary>The rule's <c>service</c> label is the service, or a template whose value is known only when it fires.</summary>
    private static bool MayCarryService(Rule rule, string service) =>
        rule.Label(Emit.Conventions.ServiceLabel) is { } value
        && (value == service || GoTemplate.IsTemplate(value));
}
