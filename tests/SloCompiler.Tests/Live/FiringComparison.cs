using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Live;

/// <summary>
/// Holds vmalert's firing samples to promtool's expectations, one evaluation interval (a minute) either
/// way: the expectations on one alert of one test case must all hold with the alert's whole timeline
/// shifted by -1 to <see cref="AlertTiming.LatestShift"/> minutes (0 tried first). An alert is firing at a minute when replay wrote an
/// <c>ALERTS{alertstate="firing"}</c> sample within the alert group's interval up to it.
/// </summary>
internal static class FiringComparison
{
    /// <summary>One line per expectation that holds under no shift; empty when vmalert agrees with promtool.</summary>
    public static IReadOnlyList<string> Mismatches(
        IEnumerable<ReplayedScenario> scenarios, IReadOnlyList<FiringSample> firing, IReadOnlyDictionary<string, AlertTiming> timings)
    {
        var mismatches = new List<string>();
        foreach (var scenario in scenarios)
        {
            foreach (var alert in scenario.Case.Alerts.GroupBy(a => (a.AlertName, Key(a.Labels))))
            {
                var slo = alert.First().Labels.GetValueOrDefault("slo");
                var timing = timings.GetValueOrDefault(ScenarioTimeline.AlertKey(alert.Key.AlertName, slo), new AlertTiming(TimeSpan.FromMinutes(1), 1));
                var interval = timing.Interval;
                bool Holds(PromtoolAlertExpectation e, int shift) =>
                    IsFiring(firing, e, scenario.Start.AddMinutes(e.Minute + shift), interval) == e.Firing;
                if (new[] { 0, -1 }.Concat(Enumerable.Range(1, timing.LatestShift)).Any(shift => alert.All(e => Holds(e, shift))))
                {
                    continue;
                }

                var seen = string.Join(", ", alert.Select(e => $"{e.Minute}m: {(IsFiring(firing, e, scenario.Start.AddMinutes(e.Minute), interval) ? "firing" : "quiet")}"));
                var expected = string.Join(", ", alert.Select(e => $"{e.Minute}m: {(e.Firing ? "firing" : "quiet")}"));
                mismatches.Add($"{Path.GetFileName(scenario.TestFile)} case {scenario.Case.Index} {alert.Key.AlertName}{{{alert.Key.Item2}}}: promtool expects {expected}; vmalert {seen}");
            }
        }

        return mismatches;
    }

    private static bool IsFiring(IReadOnlyList<FiringSample> firing, PromtoolAlertExpectation expectation, DateTimeOffset at, TimeSpan interval) =>
        firing.Any(s => s.AlertName == expectation.AlertName
                        && s.Time <= at && s.Time > at - interval
                        && expectation.Labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    private static string Key(IReadOnlyDictionary<string, string> labels) =>
        string.Join(", ", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}=\"{l.Value}\""));
}
