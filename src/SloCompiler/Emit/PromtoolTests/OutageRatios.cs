using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// The error ratio each window of the generated rules reports during a test outage: healthy traffic from
/// minute 0, every event failing from <c>onset</c>, one sample a minute. It mirrors how the rules read
/// each window (<see cref="SloRuleBuilder"/>): from the counters over exactly that window. Bounds are taken
/// a minute late or early, so an expectation built on them holds whatever a sample's exact timing.
/// </summary>
internal sealed class OutageRatios(SloModel slo, SloWindows windows, int onset)
{
    /// <summary>Whether, <paramref name="t"/> minutes into the outage, no page window pair can be firing yet.</summary>
    public bool PageCertainlyQuiet(int t) =>
        windows.Page.All(pair =>
        {
            var threshold = pair.Factor * slo.ErrorBudget;
            return Ratio(pair.Long, t + 1, onset) <= threshold || Ratio(pair.Short, t + 1, onset) <= threshold;
        });

    /// <summary>Whether, <paramref name="t"/> minutes into the outage, both windows of <paramref name="pair"/> are over its threshold even a minute earlier.</summary>
    public bool CertainlyOver(BurnWindow pair, int t)
    {
        var threshold = pair.Factor * slo.ErrorBudget;
        return Ratio(pair.Long, t - 1, onset) > threshold && Ratio(pair.Short, t - 1, onset) > threshold;
    }

    /// <summary>The error ratio a window reports at minute <c>onset + t</c>: every window reads the counters over exactly itself.</summary>
    private static decimal Ratio(PromDuration window, int t, int onset)
    {
        var minutes = (int)Math.Ceiling(window.TotalMinutes);
        var span = Math.Min(minutes, onset + t);
        return span == 0 ? 0 : (decimal)Math.Min(t, minutes) / span;
    }
}
