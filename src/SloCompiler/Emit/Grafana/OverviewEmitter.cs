using System.Text.Json.Nodes;
using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// <c>grafana/overview.json</c>: the executive view, one row per service with availability, latency,
/// error rate and budget status in plain words. SLOs are filed by SLI kind: ratio and uptime SLIs are
/// availability, latency SLIs latency, and SLIs written as a raw expression (a Kafka lag, a freshness
/// check) get a "custom" panel of their own instead of passing for availability. A service without
/// availability or latency SLOs still gets those panels, saying so, so rows align. The first panel of
/// each row links to the service's dashboard.
/// </summary>
internal static class OverviewEmitter
{
    /// <summary>Service uids all start with <c>slo-</c>; the underscore keeps this one apart from any service.</summary>
    public const string Uid = "slo_overview";

    public static OutputFile Emit(SloProgram program, DashboardText text)
    {
        // A fleet's overview is megabytes: panels are written as they are laid out instead of kept as a tree.
        var panels = new StreamedPanels();
        var layout = new PanelLayout(panels.Add);
        foreach (var service in program.Services)
        {
            layout.Row(service.Name);
            var latency = service.Slos.Where(s => s.Sli is LatencySliModel).ToList();
            var availability = service.Slos.Where(s => s.Sli is RatioSliModel or UptimeSliModel or ThresholdSliModel).ToList();
            var custom = service.Slos.Where(s => s.Sli is RawSliModel).ToList();

            var first = GoodShare(service, text.Availability, text.AvailabilityDescription(CommonUnit(availability), Periods(availability, text)), availability, text);
            first["links"] = new JsonArray(Panels.Link(text.ServiceTitle(service.Name), $"/d/{GrafanaJson.Uid(service.Name)}"));
            layout.Add(first, 6, 5);
            var thresholds = string.Join(", ", latency.Select(s => ((LatencySliModel)s.Sli).ThresholdSeconds).Distinct().Order().Select(text.Threshold));
            layout.Add(GoodShare(service, text.Latency, text.LatencyDescription(CommonUnit(latency), Periods(latency, text), thresholds), latency, text), 6, 5);
            layout.Add(ErrorRate(service, [.. availability, .. custom], text), 6, 5);
            layout.Add(BudgetStatus(service, text), 6, 5);
            if (custom.Count > 0)
            {
                layout.Add(GoodShare(service, text.Custom, text.CustomDescription(Periods(custom, text)), custom, text), 6, 5);
            }
        }

        var dashboard = Dashboards.Shell(
            Uid,
            text.OverviewTitle,
            null,
            ["overview"],
            program.Services.SelectMany(s => s.Slos).Select(s => s.Period).DefaultIfEmpty(PromDuration.FromDays(30)).Max(),
            new JsonArray(Templating.DatasourceVariable(text)),
            []);
        return OutputFile.FromUtf8(Conventions.GrafanaOverviewPath, panels.Serialize(dashboard));
    }

    /// <summary>
    /// Good share over each SLO's period, from the remaining budget: remaining = 1 - ratio / E, so the
    /// error ratio over the period is (1 - remaining) × E, exactly, without another long range read.
    /// The worst SLO (and group) decides.
    /// </summary>
    private static JsonObject GoodShare(ServiceModel service, string title, string description, IReadOnlyList<SloModel> slos, DashboardText text)
    {
        var parts = slos.Select(s =>
            $"1 - (1 - {Conventions.BudgetRemainingRecord}{Conventions.SloMatcher(s)}) * {DecimalText.Format(s.ErrorBudget)}");
        var field = new Panels.Field("percentunit")
        {
            Decimals = 2,
            NoValue = slos.Count == 0 ? text.NoSlo(title) : null,
            Thresholds = slos.Count == 0 ? null : GrafanaJson.Thresholds("red", (slos.Min(s => s.Objective), "green")),
        };
        return Panels.Stat(title, slos.Count == 0 ? text.NoSloDescription(title) : description, field, Targets(service, "min", parts));
    }

    /// <summary>Errors right now (base window) of the availability SLOs, summed per SLO so groups weigh by their traffic.</summary>
    private static JsonObject ErrorRate(ServiceModel service, IReadOnlyList<SloModel> slos, DashboardText text)
    {
        var parts = slos.Select(s =>
        {
            var sel = Conventions.SloMatcher(s);
            var by = $"by ({Conventions.SloLabel})";
            return s.Sli is RawSliModel
                ? $"max {by} ({Conventions.ErrorRatioRecord(s.BaseWindow)}{sel})"
                : $"sum {by} ({Conventions.BadEventsRecord(s.BaseWindow)}{sel}) / sum {by} ({Conventions.EventsRecord(s.BaseWindow)}{sel})";
        });
        var windows = string.Join(", ", slos.Select(s => s.BaseWindow).Distinct().Order().Select(text.Duration));
        var field = new Panels.Field("percentunit")
        {
            Decimals = 2,
            NoValue = slos.Count == 0 ? text.NoSlo(text.ErrorRate) : null,
            Thresholds = slos.Count == 0 ? null : GrafanaJson.Thresholds("green", (slos.Max(s => s.ErrorBudget), "red")),
        };
        var description = slos.Count == 0 ? text.NoSloDescription(text.ErrorRate) : text.ErrorRateDescription(CommonUnit(slos), windows);
        return Panels.Stat(text.ErrorRate, description, field, Targets(service, "max", parts));
    }

    private static JsonObject BudgetStatus(ServiceModel service, DashboardText text)
    {
        var expr = $"min({Conventions.BudgetRemainingRecord}{{{Conventions.ServiceLabel}={PromQlString.Quote(service.Name)}}})";
        var field = new Panels.Field("percentunit")
        {
            Decimals = 1,
            NoValue = service.Slos.Count == 0 ? text.NoSlo(text.BudgetStatus) : null,
            Thresholds = GrafanaJson.Thresholds("red", (0m, "orange"), (0.25m, "yellow"), (0.5m, "green")),
        };
        var targets = service.Slos.Count == 0 ? [] : new[] { GrafanaJson.Target("A", expr, service.Name, instant: true) };
        var description = service.Slos.Count == 0 ? text.NoSloDescription(text.BudgetStatus) : text.BudgetStatusDescription;
        return Panels.Stat(text.BudgetStatus, description, field, targets);
    }

    /// <summary>
    /// One instant query folding the SLOs' series with <paramref name="aggregation"/>; none when there are
    /// no SLOs. Each part keeps its slo label, so <c>or</c> unions them instead of keeping only the first.
    /// </summary>
    private static IEnumerable<JsonObject> Targets(ServiceModel service, string aggregation, IEnumerable<string> parts)
    {
        var list = parts.ToList();
        var union = list.Count == 1 ? list[0] : string.Join(" or ", list.Select(p => $"({p})"));
        return list.Count == 0
            ? []
            : [GrafanaJson.Target("A", $"{aggregation}({union})", service.Name, instant: true)];
    }

    /// <summary>The word for an event when the panel's SLOs agree on it ("messages"), else the neutral "events".</summary>
    private static EventUnit CommonUnit(IReadOnlyList<SloModel> slos)
    {
        var units = slos.Select(s => s.Events).Distinct().ToList();
        return units.Count == 1 ? units[0] : slos.Count == 0 ? EventUnit.Requests : EventUnit.Events;
    }

    private static string Periods(IEnumerable<SloModel> slos, DashboardText text) =>
        string.Join(", ", slos.Select(s => s.Period).Distinct().Order().Select(text.Duration).DefaultIfEmpty("—"));
}
