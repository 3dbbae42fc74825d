using SloCompiler.Emit;

namespace SloCompiler.Governance;

/// <summary>
/// What every alert must carry so routes and on-call can act on it: a <c>severity</c> label and a
/// <c>runbook_url</c> annotation. Public so the rule linter applies the same rule to hand-written alerts.
/// </summary>
public static class AlertRequirements
{
    /// <summary>The missing or empty ones, in the order above: <c>severity</c>, <c>runbook_url</c>.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<KeyValuePair<string, string>> labels, IEnumerable<KeyValuePair<string, string>> annotations)
    {
        var missing = new List<string>();
        if (!labels.Any(l => l.Key == Conventions.SeverityLabel && l.Value.Length > 0))
        {
            missing.Add(Conventions.SeverityLabel);
        }

        if (!annotations.Any(a => a.Key == Conventions.RunbookAnnotation && a.Value.Length > 0))
        {
            missing.Add(Conventions.RunbookAnnotation);
        }

        return missing;
    }
}
