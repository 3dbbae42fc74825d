using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Live.Backtest;

/// <summary>
/// Replays the generated burn-rate alerts over history: each enabled tier's condition, with every recording
/// expanded into the SLI's raw expressions (<see cref="AlertConditions"/>), is sent as one range query (split
/// at Prometheus' 11,000 points), and the steps it held become episodes honouring the tier's <c>for</c>.
/// It needs no deployed rule, so a team can see what an SLO would have paged before it pages anyone.
/// </summary>
public static class BacktestReader
{
    public static BacktestReport Run(PrometheusClient client, IReadOnlyList<SloModel> slos, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var results = slos.Select(slo => new SloEpisodes(slo, EpisodeSource.Replay, Replay(client, slo, start, end, step))).ToList();
        return new BacktestReport(start, end, step, client.DisplayUrl, results, client.QueryCount, client.Warnings);
    }

    /// <summary>One SLO's episodes between <paramref name="start"/> and <paramref name="end"/>: one range query per enabled tier.</summary>
    internal static IReadOnlyList<AlertEpisode> Replay(PrometheusClient client, SloModel slo, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var conditions = new AlertConditions(slo, expandRecordings: true);
        var episodes = new List<AlertEpisode>();
        foreach (var tier in new[] { slo.Page, slo.Ticket }.Where(t => t.Enabled))
        {
            var forDuration = tier.For is { } f ? TimeSpan.FromMilliseconds(f.Milliseconds) : TimeSpan.Zero;

            // The query starts earlier by the pending time on the same grid, so a condition that began
            // just before the range fires inside it at the step the rules would have fired.
            var from = start - (step * Math.Ceiling(forDuration / step));
            foreach (var series in client.QueryRange(conditions.For(tier.Kind), from, end, step))
            {
                var labels = series.Labels.Where(l => l.Key != "__name__").ToDictionary(StringComparer.Ordinal);
                episodes.AddRange(EpisodeFinder.Find(series.Points.Select(p => p.Time), from, end, step, forDuration)
                    .Select(e => new AlertEpisode(tier.Kind, labels, e.Start, e.End, (e.End ?? end) - e.Start)));
            }
        }

        return Sorted(episodes);
    }

    internal static IReadOnlyList<AlertEpisode> Sorted(IEnumerable<AlertEpisode> episodes) =>
        episodes.OrderBy(e => e.Start).ThenBy(e => e.Tier).ThenBy(e => e.LabelText, StringComparer.Ordinal).ToList();
}
