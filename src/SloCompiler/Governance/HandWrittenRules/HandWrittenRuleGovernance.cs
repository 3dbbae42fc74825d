using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.Governance.Routing;
using SloCompiler.RuleFiles;

namespace SloCompiler.Governance.HandWrittenRules;

/// <summary>
/// The governance checks for hand-written Prometheus rules, the counterpart of <see cref="GovernanceChecker"/>
/// for SLOs: metrics a rule reads exist in the catalog with a fitting type and labels (SLO314–316), the
/// label policy holds for its aggregations (SLO324, SLO326, SLO327), and with an Alertmanager
/// configuration every alert reaches someone (SLO333).
/// </summary>
public static class HandWrittenRuleGovernance
{
    /// <param name="checkedFiles">The hand-written files to check.</param>
    /// <param name="allFiles">Every linted rule file (generated ones too): a series any of them records exists.</param>
    /// <param name="catalog">Null without <c>--catalog</c>: metric, cardinality and catalog-aware label checks are skipped.</param>
    /// <param name="router">Null without <c>--alertmanager-config</c>: routing is not checked.</param>
    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlyList<RuleFile> checkedFiles, IReadOnlyList<RuleFile> allFiles, MetricCatalog? catalog, LabelPolicy policy, AlertRouter? router)
    {
        var diagnostics = new DiagnosticBag();
        var recorded = allFiles.SelectMany(f => f.Rules).Where(r => r.Kind == RuleKind.Recording)
            .Select(r => r.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in checkedFiles.SelectMany(f => f.Rules).Where(r => r.Ast is not null))
        {
            var reads = RuleReads.Of(rule.Ast!).Where(r => !IsKnownWithoutCatalog(r.Selector.Name!, recorded)).ToList();
            if (catalog is not null)
            {
                RuleMetricCheck.Run(rule, reads, catalog, policy, diagnostics);
            }

            RuleLabelPolicyCheck.Run(rule, reads, catalog, policy, diagnostics);
            if (router is not null && rule.Kind == RuleKind.Alerting)
            {
                RuleRoutingCheck.Run(rule, router, policy, diagnostics);
            }
        }

        return diagnostics.Sorted();
    }

    /// <summary>
    /// The coverage rows with the hand-written alerts of each row's service (by their <c>service</c> label) and, with
    /// a router, how many of them reach someone. Alerts of services without a row are not counted.
    /// </summary>
    public static IReadOnlyList<CoverageRow> WithHandWrittenAlerts(IReadOnlyList<CoverageRow> rows, IReadOnlyList<RuleFile> checkedFiles, AlertRouter? router)
    {
        var alerts = checkedFiles.SelectMany(f => f.Rules)
            .Where(r => r.Kind == RuleKind.Alerting && r.Label("service") is not null)
            .ToLookup(r => r.Label("service")!, StringComparer.Ordinal);
        return rows.Select(row => row with
        {
            HandWrittenAlerts = alerts[row.Service].Count(),
            HandWrittenRouted = router is null ? null : alerts[row.Service].Count(r => RuleRoutingCheck.ReachesSomeone(r, router)),
        }).ToList();
    }

    /// <summary>Prometheus' own series, alert state series and recorded ones need no catalog entry.</summary>
    private static bool IsKnownWithoutCatalog(string name, IReadOnlySet<string> recorded) =>
        recorded.Contains(name)
        || name.Contains(':', StringComparison.Ordinal)
        || name is "up" or "ALERTS" or "ALERTS_FOR_STATE"
        || name.StartsWith("scrape_", StringComparison.Ordinal);
}
