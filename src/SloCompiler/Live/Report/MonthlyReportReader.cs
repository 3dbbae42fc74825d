using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Live.Backtest;
using SloCompiler.Model;

namespace SloCompiler.Live.Report;

/// <summary>
/// Reads a calendar month day by day from each SLO's raw SLI: two range queries (bad and all events over the
/// day, step one day) per SLO, so each day's ratio is exact, <c>increase</c> over exactly that day, not a sum of
/// the 5m recordings, whose windows straddle midnight. Each day is evaluated one millisecond before its end so no
/// sample counts twice. Raw-expression SLIs (no event counts) are left out of the report. Whether an SLO is
/// deployed (its <c>slo:objective:ratio</c> recorded on some day) decides where its pages and tickets come
/// from: <c>ALERTS</c> (one range query per evaluation interval, step one minute) or the backtest replay of the
/// alert conditions (one range query per tier each), up to <paramref name="now"/> when the month is not over.
/// </summary>
public static class MonthlyReportReader
{
    private static readonly TimeSpan AlertStep = TimeSpan.FromMinutes(1);

    public static MonthlyReport Read(PrometheusClient client, IReadOnlyList<SloModel> slos, int year, int month, DateTimeOffset now)
    {
        var first = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var start = first.AddDays(1).AddMilliseconds(-1);
        var end = first.AddMonths(1).AddMilliseconds(-1);
        var step = TimeSpan.FromDays(1);
        var events = slos.Where(s => s.Sli is not RawSliModel).ToList();
        var deployed = events.Count == 0 ? [] : client.QueryRange($"group by ({Conventions.ServiceLabel}, {Conventions.SloLabel}) ({Conventions.ObjectiveRecord})", start, end, step)
            .Select(s => (s.Label(Conventions.ServiceLabel), s.Label(Conventions.SloLabel)))
            .ToHashSet();

        var days = events.ToDictionary(slo => slo, slo =>
        {
            var sli = new SliExpressions(slo.Sli, []);
            var day = PromDuration.FromDays(1);
            var badByDay = Points(client.QueryRange(sli.Bad(day), start, end, step).FirstOrDefault());
            var all = client.QueryRange(sli.Total(day), start, end, step).FirstOrDefault();
            return (Deployed: deployed.Contains((slo.Service, slo.Name)),
                Days: Points(all).Select(p => new ReportDay(p.Key, badByDay.GetValueOrDefault(p.Key), p.Value)).OrderBy(d => d.Day).ToList());
        });

        var alertsEnd = now < first.AddMonths(1) ? now : first.AddMonths(1);
        var deployedSlos = events.Where(s => days[s].Deployed).ToList();
        var fired = deployedSlos.Count == 0 || alertsEnd <= first
            ? new Dictionary<(string, string), IReadOnlyList<AlertEpisode>>()
            : AlertHistoryReader.Read(client, deployedSlos, first, alertsEnd, AlertStep, SingleService(events));
        var result = events.Select(slo =>
        {
            var alerts = days[slo].Deployed
                ? new SloEpisodes(slo, EpisodeSource.Alerts, fired.GetValueOrDefault((slo.Service, slo.Name)) ?? [])
                : new SloEpisodes(slo, EpisodeSource.Replay, alertsEnd <= first ? [] : BacktestReader.Replay(client, slo, first, alertsEnd, AlertStep));
            return new MonthlySlo(slo, days[slo].Days, alerts);
        }).ToList();

        return new MonthlyReport(year, month, client.DisplayUrl, result);
    }

    /// <summary>Narrows the ALERTS query to the one service reported, if there is only one.</summary>
    private static string? SingleService(IReadOnlyList<SloModel> slos) =>
        slos.Select(s => s.Service).Distinct().Count() == 1 ? slos[0].Service : null;

    /// <summary>Each point names the day its window covered: the one ending at the point's instant.</summary>
    private static Dictionary<DateOnly, double> Points(PrometheusSeries? series) =>
        series?.Points.Where(p => double.IsFinite(p.Value))
            .ToDictionary(p => DateOnly.FromDateTime(p.Time.UtcDateTime), p => p.Value) ?? [];
}
