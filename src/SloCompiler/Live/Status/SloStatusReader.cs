using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Live.Status;

/// <summary>
/// Reads where every SLO stands at one instant. Deployed SLOs cost nothing extra: one query per distinct
/// window (the period and each alert window) answers all of them, grouped by <c>service</c> and <c>slo</c>,
/// plus one query of <c>ALERTS</c>, sent a few at a time. Only SLOs whose recorded series are missing are read from their raw
/// SLI expressions, one query per window each.
/// </summary>
public static class SloStatusReader
{
    public static StatusReport Read(PrometheusClient client, IReadOnlyList<SloModel> slos, DateTimeOffset time, string? service, string? sloName)
    {
        var matcher = StatusQueries.Matcher(service, sloName);
        var windows = slos.GroupBy(s => (Raw: s.Sli is RawSliModel, s.BaseWindow))
            .SelectMany(group => group.SelectMany(Windows).Distinct().Order().Select(window => (group.Key.Raw, Base: group.Key.BaseWindow, Window: window)))
            .ToList();
        var queries = windows.Select(w => w.Raw
                ? StatusQueries.RecordedRawRatio(w.Base, w.Window, matcher)
                : StatusQueries.RecordedEventRatio(w.Base, w.Window, matcher))
            .Append(StatusQueries.FiringAlerts(slos, StatusQueries.MatcherLabels(service, sloName)))
            .ToList();
        var answers = client.QueryAll(queries, time);
        var recorded = windows.Select((w, i) => (w, Ratios: ByServiceAndSlo(answers[i]))).ToDictionary(x => x.w, x => x.Ratios);

        var firing = answers[^1]
            .Select(s => (s.Label(Conventions.ServiceLabel), s.Label(Conventions.SloLabel), s.Label(Conventions.AlertTierLabel)))
            .ToHashSet();

        var statuses = slos.Select(slo =>
        {
            var key = (slo.Service, slo.Name);
            var raw = slo.Sli is RawSliModel;
            double? Recorded(PromDuration window) =>
                recorded[(raw, slo.BaseWindow, window)].TryGetValue(key, out var value) ? value : null;

            var deployed = Recorded(slo.Period) is not null;
            Func<PromDuration, double?> ratio = deployed ? Recorded : window => Single(client.Query(StatusQueries.RawRatio(slo, window), time));
            var burns = Burns(slo, ratio);
            return new SloStatus(
                slo,
                deployed ? StatusSource.Recorded : StatusSource.Raw,
                ratio(slo.Period),
                burns,
                firing.Contains((slo.Service, slo.Name, "page")),
                firing.Contains((slo.Service, slo.Name, "ticket")));
        }).ToList();

        return new StatusReport(time, client.DisplayUrl, statuses, client.QueryCount, client.Warnings);
    }

    /// <summary>The period and every long and short window of both tiers.</summary>
    internal static IEnumerable<PromDuration> Windows(SloModel slo)
    {
        var windows = SloWindows.For(slo);
        return windows.Page.Concat(windows.Ticket).SelectMany(w => new[] { w.Long, w.Short }).Prepend(slo.Period);
    }

    private static IReadOnlyList<WindowBurn> Burns(SloModel slo, Func<PromDuration, double?> ratio)
    {
        var windows = SloWindows.For(slo);
        var budget = (double)slo.ErrorBudget;
        var cache = new Dictionary<PromDuration, double?>();
        double? Burn(PromDuration window)
        {
            if (!cache.TryGetValue(window, out var value))
            {
                value = cache[window] = ratio(window) is { } r ? r / budget : null;
            }

            return value;
        }

        return windows.Page.Select(w => (AlertTierKind.Page, w)).Concat(windows.Ticket.Select(w => (AlertTierKind.Ticket, w)))
            .SelectMany(t => new[]
            {
                new WindowBurn(t.Item1, t.w.Long, t.w.Factor, Burn(t.w.Long)),
                new WindowBurn(t.Item1, t.w.Short, t.w.Factor, Burn(t.w.Short)),
            })
            .ToList();
    }

    private static Dictionary<(string, string), double> ByServiceAndSlo(IReadOnlyList<PrometheusSample> samples) =>
        samples.Where(s => double.IsFinite(s.Value))
            .GroupBy(s => (s.Label(Conventions.ServiceLabel), s.Label(Conventions.SloLabel)))
            .ToDictionary(g => g.Key, g => g.First().Value);

    private static double? Single(IReadOnlyList<PrometheusSample> samples) =>
        samples.Count == 1 && double.IsFinite(samples[0].Value) ? samples[0].Value : null;
}
