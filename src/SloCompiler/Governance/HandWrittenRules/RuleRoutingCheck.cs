using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.Governance.Routing;
using SloCompiler.RuleFiles;

namespace SloCompiler.Governance.HandWrittenRules;

/// <summary>
/// A hand-written alert routed through the given Alertmanager configuration must reach a receiver that
/// notifies someone (SLO333). Routing uses the alert's name and static labels; a label whose value is a
/// template is unknown before the alert fires and is left out, so a route matching on it is not taken.
/// The gap is waived or graded by the policy like a generated alert's, by the alert's <c>service</c> label.
/// </summary>
internal static class RuleRoutingCheck
{
    public static void Run(Rule rule, AlertRouter router, LabelPolicy policy, DiagnosticBag diagnostics)
    {
        var labels = StaticLabels(rule);
        var receivers = router.Route(rule.Name.Value, labels);
        if (receivers.Any(r => !router.NotifiesNobody(r)))
        {
            return;
        }

        var service = rule.Label("service") ?? string.Empty;
        if (policy.WaiverFor(GapKind.AlertNotRouted, service) is not null
            || policy.Graded(GapKind.AlertNotRouted, DiagnosticDescriptors.AlertNotRouted) is not { } descriptor)
        {
            return;
        }

        var shown = labels.Count == 0 ? "no static labels" : string.Join(", ", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        diagnostics.Report(descriptor, rule.Name.Span, rule.Name.Value, shown, string.Join(", ", receivers));
    }

    /// <summary>True when the alert reaches at least one receiver that notifies someone.</summary>
    public static bool ReachesSomeone(Rule rule, AlertRouter router) =>
        router.Route(rule.Name.Value, StaticLabels(rule)).Any(r => !router.NotifiesNobody(r));

    private static List<KeyValuePair<string, string>> StaticLabels(Rule rule) =>
        rule.Labels
            .Where(l => !GoTemplate.IsTemplate(l.Value.Value))
            .Select(l => new KeyValuePair<string, string>(l.Name.Value, l.Value.Value))
            .ToList();
}
