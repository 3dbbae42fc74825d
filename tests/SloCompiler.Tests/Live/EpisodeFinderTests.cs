using FluentAssertions;
using SloCompiler.Live.Backtest;

namespace SloCompiler.Tests.Live;

/// <summary>Steps where a condition held → firing episodes, as Prometheus' rule manager turns them into alerts.</summary>
public sealed class EpisodeFinderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_run_fires_at_its_first_step_and_resolves_at_the_first_step_it_no_longer_holds()
    {
        var episodes = Find([2, 3, 4, 7], end: 10, forMinutes: 0);

        episodes.Should().Equal((At(2), At(5)), (At(7), At(8)));
    }

    [Fact]
    public void For_holds_a_run_back_and_drops_runs_shorter_than_it()
    {
        // pending from minute 2; 2 + 2 = 4 fires; the run 7–8 never lasts 2 minutes.
        Find([2, 3, 4, 5, 7, 8], end: 10, forMinutes: 2).Should().Equal((At(4), At(6)));

        // a 90s for waits for the next whole step: pending from 2, firing from 4.
        Find([2, 3, 4, 5], end: 10, TimeSpan.FromSeconds(90)).Should().Equal((At(4), At(6)));
    }

    [Fact]
    public void A_run_holding_at_the_last_step_is_still_firing()
    {
        Find([8, 9, 10], end: 10, forMinutes: 0).Should().Equal((At(8), (DateTimeOffset?)null));

        // the last step is the last grid point at or before the end.
        Find([8, 9, 10], end: 10.5, forMinutes: 0).Should().Equal((At(8), (DateTimeOffset?)null));
    }

    [Fact]
    public void Steps_outside_the_range_and_repeated_steps_are_ignored()
    {
        Find([-1, 1, 1, 2, 12], end: 10, forMinutes: 0).Should().Equal((At(1), At(3)));
    }

    private static List<(DateTimeOffset, DateTimeOffset?)> Find(double[] minutes, double end, double forMinutes) =>
        Find(minutes, end, TimeSpan.FromMinutes(forMinutes));

    private static List<(DateTimeOffset, DateTimeOffset?)> Find(double[] minutes, double end, TimeSpan forDuration) =>
        EpisodeFinder.Find(minutes.Select(m => Start.AddMinutes(m)), Start, Start.AddMinutes(end), Minute, forDuration)
            .Select(e => (e.Start, e.End)).ToList();

    private static DateTimeOffset At(double minute) => Start.AddMinutes(minute);
}
