using SloCompiler.Emit;
using SloCompiler.Live.Status;
using SloCompiler.Model;

namespace SloCompiler.Live.Backtest;

/// <summary>
/// When the deployed page and ticket alerts fired, from Prometheus' <c>ALERTS</c> series: one range query
/// (split at 11,000 points) per distinct evaluation interval answers every SLO at once, grouped by service,
/// SLO and tier. A step counts as firing when the rules' last evaluation before it (the one inside the last
/// interval) wrote a firing sample, which is what a plain <c>ALERTS</c> query answers thanks to the stale
/// markers Prometheus writes when an alert resolves, and stays true on data without them (backfilled, or
/// read back from remote storage).
/// </summary>
public static class AlertHistoryReader
{
    public static IReadOnlyDictionary<(string Service, string Slo), IReadOnlyList<AlertEpisode>> Read(
        PrometheusClient client, IReadOnlyList<SloModel> slos, DateTimeOffset start, DateTimeOffset end, TimeSpan step, string? service)
    {
        var episodes = new Dictionary<(string, string), IReadOnlyList<AlertEpisode>>();
        foreach (var group in slos.GroupBy(s => s.EvaluationInterval).OrderBy(g => g.Key))
        {
            // One millisecond short of the interval: range selectors include their left end in Prometheus 2.
            var window = new PromDuration(group.Key.Milliseconds - 1);
            var wanted = group.Select(s => (s.Service, s.Name)).ToHashSet();
            var series = client.QueryRange(StatusQueries.FiringAlertsOver(group, window, StatusQueries.MatcherLabels(service, null)), start, end, step);
            foreach (var slo in series
                .Select(s => (Key: (s.Label(Conventions.ServiceLabel), s.Label(Conventions.SloLabel)), Tier: Tier(s.Label(Conventions.AlertTierLabel)), s.Points))
                .Where(s => s.Tier is not null && wanted.Contains(s.Key))
                .GroupBy(s => s.Key))
            {
                episodes[slo.Key] = BacktestReader.Sorted(slo.SelectMany(s =>
                    EpisodeFinder.Find(s.Points.Select(p => p.Time), start, end, step, TimeSpan.Zero)
                        .Select(e => new AlertEpisode(s.Tier!.Value, new Dictionary<string, string>(), e.Start, e.End, (e.End ?? end) - e.Start))));
            }
        }

        return episodes;
    }

    private static AlertTierKind? Tier(string label) => label switch
    {
        "page" => AlertTierKind.Page,
        "ticket" => AlertTierKind.Ticket,
        _ => null,
    };
}
