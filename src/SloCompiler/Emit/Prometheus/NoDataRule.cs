using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// The no-data alert of one SLO: the SLI's total series is absent (job renamed, scrape broken), so
/// the burn-rate alerts cannot fire and dashboards show nothing. It routes like the page tier (the
/// ticket tier when paging is off) because an SLO that cannot be measured is as blind as a full
/// outage; it holds for one base window, the time the recorded rates need to empty anyway, so a
/// single missed scrape never fires it.
/// </summary>
internal static class NoDataRule
{
    /// <summary>The tier whose labels and receiver the alert borrows; null when the alert is off or both tiers are.</summary>
    public static AlertTierModel? RoutedLike(SloModel slo) =>
        !slo.NoDataAlert ? null
        : slo.Page.Enabled ? slo.Page
        : slo.Ticket.Enabled ? slo.Ticket
        : null;

    /// <summary>How long the total series must be absent before the alert fires: the base window.</summary>
    public static PromDuration For(SloModel slo) => slo.BaseWindow;

    /// <summary>
    /// The series whose absence means no data: the total of an event SLI, the <c>_count</c> of a
    /// histogram, the uptime series, or the base recording of a raw SLI.
    /// </summary>
    public static Selector Presence(SloModel slo) => slo.Sli switch
    {
        RatioSliModel ratio => ratio.Total,
        LatencySliModel { Native: true } native => native.Histogram,
        LatencySliModel latency => latency.Histogram.WithMetricName(latency.Histogram.MetricName + "_count"),
        UptimeSliModel uptime => uptime.Selector,
        ThresholdSliModel threshold => threshold.Metric,
        _ => new Selector(Conventions.ErrorRatioRecord(slo.BaseWindow),
        [
            new(Conventions.ServiceLabel, MatchOperator.Equal, slo.Service),
            new(Conventions.SloLabel, MatchOperator.Equal, slo.Name),
        ]),
    };

    /// <summary>
    /// The labels <c>absent()</c> itself gives its result: one per equality matcher, except names
    /// matched twice (Prometheus drops those).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> AbsentLabels(SloModel slo) =>
        Presence(slo).Matchers
            .Where(m => m.Operator == MatchOperator.Equal && m.Name != "__name__")
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => new KeyValuePair<string, string>(g.Key, g.Single().Value))
            .ToList();

    public static Rule? Build(ServiceModel service, SloModel slo)
    {
        if (RoutedLike(slo) is not { } tier)
        {
            return null;
        }

        var labels = AlertText.Labels(service, slo, tier);
        var presence = Presence(slo).ToPromQl();
        var annotations = new List<KeyValuePair<string, string>>
        {
            new(Conventions.SummaryAnnotation, $"{slo.Service} {slo.Name}: no SLI data"),
            new(Conventions.DescriptionAnnotation,
                $"No samples of {presence} for {For(slo).ToWords()}: the SLO cannot be measured and its burn-rate alerts cannot fire."),
        };
        if (service.RunbookFor(slo) is { } runbook)
        {
            annotations.Add(new(Conventions.RunbookAnnotation, runbook));
        }

        // Text from the SLO source is shown as written, never expanded, like the burn-rate alerts' text.
        return new Rule(null, Conventions.NoDataAlert, $"absent({presence})", For(slo),
            GoTemplateLiteral.Escape(labels), GoTemplateLiteral.Escape(annotations));
    }
}
