using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;
using SloCompiler.Governance.Policy;

namespace SloCompiler.Governance;

/// <summary>
/// Coverage of services and SLOs: every service the catalog knows has an SLO (SLO330); every SLO
/// has page and ticket alerts (SLO331) and a runbook (SLO332); every generated alert carries a
/// severity (SLO334) and reaches a receiver that notifies someone (SLO333). Waivers in the policy
/// silence a gap; the findings also fill the coverage table. Dashboards are generated for every
/// service with SLOs, so they are counted, not checked.
/// </summary>
internal static class CoverageCheck
{
    public static IReadOnlyList<CoverageRow> Run(GovernanceContext context, IReadOnlySet<string> unconfirmedSlos)
    {
        var rows = new List<CoverageRow>();
        var services = context.Program.Services.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var names = services.Keys.Concat(context.Catalog?.Services ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            rows.Add(services.TryGetValue(name, out var service) ? Service(context, service, unconfirmedSlos) : Uncovered(context, name));
        }

        return rows;
    }

    private static CoverageRow Uncovered(GovernanceContext context, string name)
    {
        var metrics = context.Catalog!.Metrics.Where(m => m.Service == name).ToList();
        var origin = metrics.Select(m => m.Origin).OfType<Catalog.MetricOrigin>().FirstOrDefault()
            ?? context.Catalog.Inventory.First(s => s.Name == name).Origin;
        var span = context.AtOrigin(origin);
        var exposes = metrics.Count > 0 ? $"exposes metrics ({Sample(metrics.Select(m => m.Name))})" : "is in the catalog's inventory";
        var counted = context.ReportGap(GapKind.ServiceWithoutSlo, name, null, DiagnosticDescriptors.ServiceWithoutSlo, span, name, exposes);
        var gap = GapKind.ServiceWithoutSlo.Name();
        return new CoverageRow(name, 0, 0, 0, context.Router is null ? null : 0, context.Router is null ? null : 0, 0, 0, null, counted ? [gap] : [], counted ? [] : [gap]);
    }

    private static CoverageRow Service(GovernanceContext context, ServiceModel service, IReadOnlySet<string> unconfirmedSlos)
    {
        var gaps = new SortedSet<string>(StringComparer.Ordinal);
        var waived = new SortedSet<string>(StringComparer.Ordinal);
        int withPage = 0, withTicket = 0, withRunbook = 0, alerts = 0, routed = 0;
        foreach (var slo in service.Slos)
        {
            var span = context.Locator.Slo(service, slo);
            foreach (var tier in new[] { slo.Page, slo.Ticket })
            {
                var kind = tier.Kind == AlertTierKind.Page ? GapKind.SloWithoutPage : GapKind.SloWithoutTicket;
                if (tier.Enabled)
                {
                    _ = tier.Kind == AlertTierKind.Page ? withPage++ : withTicket++;
                    alerts++;
                    routed += AlertReachesSomeone(context, service, slo, tier, gaps, waived) ? 1 : 0;
                }
                else
                {
                    Note(context.ReportGap(kind, service.Name, slo.Name, DiagnosticDescriptors.SloWithoutAlertTier, span, slo.Name, tier.Name), kind, gaps, waived);
                }
            }

            if (service.RunbookFor(slo) is not null)
            {
                withRunbook++;
            }
            else
            {
                Note(context.ReportGap(GapKind.SloWithoutRunbook, service.Name, slo.Name, DiagnosticDescriptors.SloWithoutRunbook, span, slo.Name, service.Name),
                    GapKind.SloWithoutRunbook, gaps, waived);
            }
        }

        if (service.Slos.Count == 0)
        {
            var counted = context.ReportGap(GapKind.ServiceWithoutSlo, service.Name, null, DiagnosticDescriptors.ServiceWithoutSlo, context.Locator.Service(service), service.Name, "is declared in the SLO files");
            Note(counted, GapKind.ServiceWithoutSlo, gaps, waived);
        }

        var unconfirmed = service.Slos.Count(slo => unconfirmedSlos.Contains($"{service.Name}/{slo.Name}"));
        if (unconfirmed > 0)
        {
            gaps.Add(GapKind.MetricNotInCatalog.Name());
        }

        return new CoverageRow(
            service.Name,
            service.Slos.Count,
            withPage,
            withTicket,
            context.Router is null ? null : alerts,
            context.Router is null ? null : routed,
            withRunbook,
            service.Slos.Count,
            context.Catalog is null ? null : service.Slos.Count - unconfirmed,
            gaps.ToList(),
            waived.ToList());
    }

    private static bool AlertReachesSomeone(GovernanceContext context, ServiceModel service, SloModel slo, AlertTierModel tier, ISet<string> gaps, ISet<string> waived)
    {
        var alertName = Conventions.AlertName(tier);
        var labels = AlertText.Labels(service, slo, tier);
        var span = context.Locator.Slo(service, slo);
        // The runbook is SLO332, reported per SLO; here only the label routes depend on.
        if (AlertRequirements.Missing(labels, []).Contains(Conventions.SeverityLabel))
        {
            context.Report(DiagnosticDescriptors.AlertWithoutSeverity, span, alertName);
        }

        if (context.Router is not { } router)
        {
            return false;
        }

        var receivers = router.Route(alertName, labels);
        if (receivers.Any(r => !router.NotifiesNobody(r)))
        {
            return true;
        }

        var counted = context.ReportGap(GapKind.AlertNotRouted, service.Name, slo.Name, DiagnosticDescriptors.AlertNotRouted, span,
            alertName, $"service={service.Name}, slo={slo.Name}, alert_tier={tier.Name}", string.Join(", ", receivers));
        Note(counted, GapKind.AlertNotRouted, gaps, waived);
        return false;
    }

    private static void Note(bool counted, GapKind kind, ISet<string> gaps, ISet<string> waived) => (counted ? gaps : waived).Add(kind.Name());

    private static string Sample(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 3 ? string.Join(", ", list) : $"{string.Join(", ", list.Take(3))} and {list.Count - 3} more";
    }
}
