using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// How often a rule that reads the raw SLI over a window is evaluated. Every window is computed exactly,
/// <c>rate(x[W])</c> over the raw counters, which costs a sample per scrape in W on every evaluation; a long
/// window buys that back by being evaluated less often, since one evaluation moves it by a tiny share:
/// up to an hour, the SLO's own interval; up to six hours, every minute; longer (a day, three days, the
/// period), every four minutes. Never slower than four minutes: dashboards, <c>slo status</c> and the
/// alerts read these recordings with instant queries, which see a sample only within Prometheus' 5-minute
/// lookback, so a recording evaluated every 5 minutes or more would blink out between evaluations.
/// </summary>
internal static class WindowCadence
{
    /// <summary>The slowest cadence: under the 5-minute lookback with a minute to spare for a slow evaluation.</summary>
    public static readonly PromDuration Slowest = PromDuration.FromMinutes(4);

    private static readonly PromDuration Minute = PromDuration.FromMinutes(1);

    /// <summary>The evaluation interval of a rule reading <paramref name="window"/> of the raw SLI of <paramref name="slo"/>.</summary>
    public static PromDuration For(SloModel slo, PromDuration window)
    {
        var own = slo.EvaluationInterval;
        var wanted = window <= PromDuration.FromHours(1) ? own
            : window <= PromDuration.FromHours(6) ? Minute
            : Slowest;
        return wanted > own ? wanted : own;
    }
}
