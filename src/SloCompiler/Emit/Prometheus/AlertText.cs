using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// Labels and annotations of the burn-rate alerts. Descriptions are plain words without templates
/// so that the generated promtool tests can assert them exactly.
/// </summary>
internal static class AlertText
{
    /// <summary>Rule labels in emission order; later sources override earlier ones in place.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Labels(ServiceModel service, SloModel slo, AlertTierModel tier)
    {
        var labels = new OrderedEntries();
        Set(labels, Conventions.ServiceLabel, slo.Service);
        Set(labels, Conventions.SloLabel, slo.Name);
        Set(labels, Conventions.SeverityLabel, tier.Severity);
        if (service.Team is { } team)
        {
            Set(labels, Conventions.TeamLabel, team);
        }

        Set(labels, Conventions.AlertTierLabel, tier.Name);
        foreach (var source in new[] { service.Labels, slo.Labels, tier.Labels })
        {
            foreach (var (key, value) in source.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                Set(labels, key, value);
            }
        }

        return labels.ToList();
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Annotations(
        ServiceModel service, SloModel slo, AlertTierModel tier, IReadOnlyList<BurnWindow> windows)
    {
        var annotations = new OrderedEntries();
        var speed = tier.Kind == AlertTierKind.Page ? "fast" : "slowly";
        Set(annotations, Conventions.SummaryAnnotation, $"{slo.Service} {slo.Name}: error budget burning {speed}");
        Set(annotations, Conventions.DescriptionAnnotation, Description(slo, windows));
        Set(annotations, Conventions.ObjectiveAnnotation, $"{DecimalText.Format(slo.ObjectivePercent)}% over {slo.Period.ToWords()}");
        if (!string.IsNullOrWhiteSpace(slo.Description))
        {
            Set(annotations, Conventions.SloDescriptionAnnotation, slo.Description.Trim());
        }

        if (service.RunbookFor(slo) is { } runbook)
        {
            Set(annotations, Conventions.RunbookAnnotation, runbook);
        }

        foreach (var (key, value) in tier.Annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Set(annotations, key, value);
        }

        return annotations.ToList();
    }

    /// <summary>"2% of the 30-day error budget burned within 1 hour, or 5% within 6 hours. Objective: …".</summary>
    public static string Description(SloModel slo, IReadOnlyList<BurnWindow> windows)
    {
        var period = slo.Period.ToWords();
        var periodAdjective = period.EndsWith('s') ? period[..^1].Replace(' ', '-') : period.Replace(' ', '-');
        var parts = windows.Select((w, i) =>
            i == 0
                ? $"{Percent(w.BudgetFraction)} of the {periodAdjective} error budget burned within {w.Long.ToWords()}"
                : $"{Percent(w.BudgetFraction)} within {w.Long.ToWords()}");
        return $"{string.Join(", or ", parts)}. Objective: {DecimalText.Format(slo.ObjectivePercent)}% of " +
               $"{slo.Sli switch { UptimeSliModel => "time up", ThresholdSliModel threshold => $"time with {threshold.Text}", _ => "events good" }} over {period}.";
    }

    private static string Percent(decimal fraction) =>
        DecimalText.Format(fraction * 100m) + "%";

    private static void Set(OrderedEntries entries, string key, string value) => entries.Set(key, value);

    /// <summary>
    /// Entries in first-set order where setting a key again replaces its value in place. Indexed, not searched:
    /// a service with 100,000 labels made the search quadratic (299 s).
    /// </summary>
    private sealed class OrderedEntries
    {
        private readonly List<KeyValuePair<string, string>> _entries = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public void Set(string key, string value)
        {
            if (_index.TryGetValue(key, out var at))
            {
                _entries[at] = new(key, value);
                return;
            }

            _index[key] = _entries.Count;
            _entries.Add(new(key, value));
        }

        public List<KeyValuePair<string, string>> ToList() => _entries;
    }
}
