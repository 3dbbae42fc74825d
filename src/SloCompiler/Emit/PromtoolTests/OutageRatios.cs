using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// The error ratio each window of the generated rules reports during a test outage: healthy traffic from
/// minute 0, every event failing from <c>onset</c>, one sample a minute. It mirrors how the rules read
/// each window (<see cref="SloRuleBuilder"/>): the raw long window and the base window from the counters,
/// other windows as <c>sum_over_time</c> of the base-window recordings, which lag behind. Bounds are taken
/// a minute late or early, so an expectation built on them holds whatever a sample's exact timing.
/// </summary>
internal sealed class OutageRatios(SloModel slo, SloWindows windows, int onset)
{
    /// <summary>Whether, <paramref name="t"/> minutes into the outage, no page window pair can be firing yet.</summary>
    public bool PageCertainlyQuiet(int t) =>
        windows.Page.All(pair =>
        {
            var threshold = pair.Factor * slo.ErrorBudget;
            return Ratio(pair.Long, t + 1) <= threshold || Ratio(pair.Short, t + 1) <= threshold;
        });

    /// <summary>Whether, <paramref name="t"/> minutes into the outage, both windows of <paramref name="pair"/> are over its threshold even a minute earlier.</summary>
    public bool CertainlyOver(BurnWindow pair, int t)
    {
        var threshold = pair.Factor * slo.ErrorBudget;
        return Ratio(pair.Long, t - 1) > threshold && Ratio(pair.Short, t - 1) > threshold;
    }

    /// <summary>The error ratio a window reports at minute <c>onset + t</c>.</summary>
    private decimal Ratio(PromDuration window, int t)
    {
        var minutes = (int)Math.Ceiling(window.TotalMinutes);
        var now = onset + t;
        var fromCounters = slo.Sli is RawSliModel || window == windows.RawLong || window == windows.Base;
        if (fromCounters)
        {
            var span = Math.Min(minutes, now);
            return span == 0 ? 0 : (decimal)Math.Min(t, minutes) / span;
        }

        // sum_over_time over the window of base-window rates recorded every minute (the first at minute 1)
        var baseMinutes = (int)Math.Ceiling(windows.Base.TotalMinutes);
        decimal bad = 0, total = 0;
        for (var m = Math.Max(1, now - minutes); m <= now; m++)
        {
            var from = Math.Max(0, m - baseMinutes);
            bad += Math.Max(0, m - Math.Max(from, onset));
            total += m - from;
        }

        return total == 0 ? 0 : bad / total;
    }
}
