namespace SloCompiler.Live.Backtest;

/// <summary>
/// Turns the steps at which an alert condition held into firing episodes, as Prometheus' rule manager
/// would: a condition that holds becomes pending, fires once it has held for the alert's <c>for</c>
/// (at the first step at least <c>for</c> after it began), and resolves at the first step it no longer
/// holds. A run still holding at the last step of the range is still firing.
/// </summary>
internal static class EpisodeFinder
{
    /// <param name="held">Every step the condition held, in any order (a range query's points).</param>
    /// <param name="start">The first step of the query: the grid is start + k × step.</param>
    /// <param name="end">The end of the range; its last step is the last grid point at or before it.</param>
    public static IReadOnlyList<(DateTimeOffset Start, DateTimeOffset? End)> Find(
        IEnumerable<DateTimeOffset> held, DateTimeOffset start, DateTimeOffset end, TimeSpan step, TimeSpan forDuration)
    {
        var stepMs = (long)step.TotalMilliseconds;
        var lastStep = ((end - start).Ticks / step.Ticks) * stepMs;
        var pendingSteps = (long)Math.Ceiling(forDuration.TotalMilliseconds / stepMs);
        var steps = held.Select(t => (long)(t - start).TotalMilliseconds).Where(ms => ms >= 0 && ms <= lastStep).Distinct().Order().ToList();
        var episodes = new List<(DateTimeOffset, DateTimeOffset?)>();
        var i = 0;
        while (i < steps.Count)
        {
            var first = steps[i];
            var last = first;
            while (i + 1 < steps.Count && steps[i + 1] - last == stepMs)
            {
                last = steps[++i];
            }

            i++;
            var fires = first + (pendingSteps * stepMs);
            if (fires <= last)
            {
                episodes.Add((start.AddMilliseconds(fires), last == lastStep ? null : start.AddMilliseconds(last + stepMs)));
            }
        }

        return episodes;
    }
}
