using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>An expectation: at <see cref="Minute"/> the tier's alert is (not) firing.</summary>
internal sealed record AlertCheck(int Minute, AlertTierKind Kind, bool Firing);

/// <summary>An expectation on a recording: at <see cref="Minute"/> it has exactly <see cref="Value"/>.</summary>
internal sealed record RecordCheck(int Minute, string Record, decimal Value, bool Grouped);

/// <summary>An expectation on the no-data alert of the SLO: at <see cref="Minute"/> it is (not) firing.</summary>
internal sealed record NoDataCheck(int Minute, bool Firing);

/// <summary>
/// Traffic over time and what the alerts and recordings must do; <see cref="Notes"/> explain the
/// timing. <see cref="WithoutErrorSeries"/> leaves out series that only ever count errors.
/// </summary>
internal sealed record Scenario(
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<AlertCheck> Checks,
    IReadOnlyList<string> Notes,
    IReadOnlyList<RecordCheck>? Records = null,
    bool WithoutErrorSeries = false)
{
    /// <summary>Expectations on the no-data alert; the series end with the last phase, so a check after it sees them gone.</summary>
    public IReadOnlyList<NoDataCheck> NoDataChecks { get; init; } = [];

    /// <summary>The same scenario, also asserting the no-data alert stays quiet at its last checked minute (the series are still there).</summary>
    public Scenario QuietNoData() => this with
    {
        NoDataChecks = [.. NoDataChecks, new NoDataCheck(Checks.Max(c => c.Minute), false)],
    };
}

/// <summary>
/// Derives the expected alert timing from the model, not from constants: a full outage must page
/// within the shortest long window's detection time, a 2× slow burn must open a ticket once the
/// longest window's ratio crosses the budget.
/// </summary>
internal static class ScenarioPlanner
{
    private const decimal EventsPerMinute = 1000m;

    /// <summary>Healthy for two hours, then every event fails.</summary>
    public static Scenario Outage(SloModel slo) => Outage(slo, EventsPerMinute);

    /// <summary>Healthy for two hours at <paramref name="eventsPerMinute"/>, then every event fails.</summary>
    public static Scenario Outage(SloModel slo, decimal eventsPerMinute)
    {
        const int onset = 120;
        var windows = SloWindows.For(slo);
        var checks = new List<AlertCheck>();
        var notes = new List<string>();
        foreach (var minute in new[] { 60, onset - 1 })
        {
            checks.Add(new(minute, AlertTierKind.Page, false));
            checks.Add(new(minute, AlertTierKind.Ticket, false));
        }

        var end = onset + 1;
        var p1 = windows.Page[0];
        var threshold = p1.Factor * slo.ErrorBudget;
        if (slo.Page.Enabled && threshold < 1)
        {
            // After t minutes of outage the long window's error ratio is t/L; Prometheus 2.x range
            // selectors see L+1 samples, so the alert fires at the first t with t/(L+1) > factor × budget
            // and is asserted quiet at the last t with t/(L-1) ≤ factor × budget.
            var length = p1.Long.TotalMinutes;
            var detect = FirstMinute(t => t / length > threshold);
            var fire = FirstMinute(t => t / (length + 1) > threshold);
            // quiet only while no page pair can fire: with a long period the second pair's window covers
            // the healthy history too and may fire before the first
            var ratios = new OutageRatios(slo, windows, onset);
            var quiet = LastMinuteBelow(fire, t => t / (length - 1) <= threshold && ratios.PageCertainlyQuiet((int)t));
            var hold = (int)Math.Ceiling(slo.Page.For?.TotalMinutes ?? 0);
            checks.Add(new(onset, AlertTierKind.Page, false));
            if (quiet > 0)
            {
                checks.Add(new(onset + quiet, AlertTierKind.Page, false));
            }

            checks.Add(new(onset + fire + hold, AlertTierKind.Page, true));
            end = onset + fire + hold + 1;
            notes.Add($"outage at {Minutes(onset)}: page expected {fire + hold}m after onset " +
                      $"(detection {detect}m: t/{p1.Long} > {DecimalText.Format(p1.Factor)} × {DecimalText.Format(slo.ErrorBudget)}" +
                      (hold > 0 ? $", plus for: {slo.Page.For})" : ")"));
        }

        // Nothing failed before the onset, so the whole budget is left.
        RecordCheck[] records =
        [
            new(onset - 1, Conventions.ObjectiveRecord, slo.Objective, Grouped: false),
            new(onset - 1, Conventions.BudgetRemainingRecord, 1m, Grouped: true),
        ];
        return new([new(onset, eventsPerMinute, 0), new(end - onset, 0, eventsPerMinute)], checks, notes, records);
    }

    /// <summary>
    /// An hour of healthy traffic from a service whose error series were never created: the
    /// recordings must still report a full budget rather than nothing.
    /// </summary>
    public static Scenario Flawless()
    {
        const int minutes = 60;
        return new(
            [new(minutes, EventsPerMinute, 0)],
            [new(minutes, AlertTierKind.Page, false), new(minutes, AlertTierKind.Ticket, false)],
            [$"no error series at all for {Minutes(minutes)}: full budget left, no alerts"],
            [new(minutes, Conventions.BudgetRemainingRecord, 1m, Grouped: true)],
            WithoutErrorSeries: true);
    }

    /// <summary>
    /// An hour of healthy traffic, then every input series ends. The total series stays visible for
    /// the 5m lookback (a raw SLI's recorded ratio only until its base rate window holds one sample),
    /// and the alert fires one <c>for</c> after it goes: asserted quiet two minutes before that and
    /// firing two minutes after, which holds for Prometheus 2.x and 3.x range boundaries alike.
    /// </summary>
    public static Scenario NoData(SloModel slo)
    {
        const int minutes = 60;
        var lag = slo.Sli is RawSliModel ? Math.Min(slo.BaseWindow.TotalMinutes, 5m) : 5m;
        var due = minutes + lag + NoDataRule.For(slo).TotalMinutes;
        var quiet = (int)Math.Floor(due) - 2;
        var fire = (int)Math.Ceiling(due) + 2;
        return new(
            [new(minutes, EventsPerMinute, 0)],
            [new(minutes, AlertTierKind.Page, false), new(minutes, AlertTierKind.Ticket, false)],
            [$"every series ends at {Minutes(minutes)}: no-data alert quiet at {Minutes(quiet)}, firing at {Minutes(fire)} (absent for {NoDataRule.For(slo)})"])
        {
            NoDataChecks = [new(minutes, false), new(quiet, false), new(fire, true)],
        };
    }

    /// <summary>
    /// Healthy for T2's short window, then errors at twice the budget; null when 2× budget is 100% or more,
    /// and for a threshold SLI, whose one test series is either within its limit or not in any minute.
    /// </summary>
    public static Scenario? SlowBurn(SloModel slo)
    {
        var windows = SloWindows.For(slo);
        var errorShare = 2 * slo.ErrorBudget;
        var t2 = windows.Ticket[^1];
        if (slo.Sli is ThresholdSliModel || !slo.Ticket.Enabled || errorShare >= 1 || t2.Factor * slo.ErrorBudget >= 1)
        {
            return null;
        }

        // The longest window holds all data since t=0: its ratio is 2E·t/(H+t), which passes E at t = H.
        var onset = (int)Math.Ceiling(t2.Short.TotalMinutes);
        // a margin of a sixth either side, and of a few samples at least: with a short period (12m for one day)
        // a sixth is two minutes, and the first and last sample of a window can tip 2E·t/(H+t) either way
        var before = Math.Min(onset * 5 / 6, onset - 4);
        var hold = (int)Math.Ceiling(slo.Ticket.For?.TotalMinutes ?? 0);
        var after = Math.Max((int)Math.Ceiling(onset * 7 / 6m), onset + 4) + hold;
        var bad = EventsPerMinute * errorShare;
        var phases = new List<Phase> { new(onset, EventsPerMinute, 0), new(after + 1, EventsPerMinute - bad, bad) };
        var checks = new List<AlertCheck>
        {
            new(onset + before, AlertTierKind.Ticket, false),
            new(onset + after, AlertTierKind.Ticket, true),
            new(onset + after, AlertTierKind.Page, false),
        };
        var notes = new List<string>
        {
            $"slow burn at 2x budget from {Minutes(onset)}: ticket quiet {before}m after onset, firing {after}m after onset",
        };
        return new(phases, checks, notes);
    }

    /// <summary>
    /// A rate near <paramref name="target"/> events a minute that a float adds up exactly, split 9:1
    /// included: a multiple of 10, or 10 / 2^k. promtool expands <c>a+bxn</c> by repeated float
    /// addition, so 0.01 a minute drifts above the next written value and reads as a counter reset.
    /// </summary>
    internal static decimal ExactRate(decimal target, bool roundUp)
    {
        if (target >= 10m)
        {
            return 10m * (roundUp ? Math.Ceiling(target / 10m) : Math.Floor(target / 10m));
        }

        var rate = 10m;
        while (rate / 2 >= target && rate > 0.0001m)
        {
            rate /= 2;
        }

        // rate is now the smallest 10 / 2^k at or above the target (or the floor of the search)
        return roundUp || rate <= target ? rate : rate / 2;
    }

    public static string Minutes(int minutes) => PromDuration.FromMinutes(minutes).ToString();

    private static int FirstMinute(Func<decimal, bool> condition)
    {
        var t = 1;
        while (!condition(t))
        {
            t++;
        }

        return t;
    }

    private static int LastMinuteBelow(int limit, Func<decimal, bool> condition)
    {
        for (var t = limit - 1; t >= 1; t--)
        {
            if (condition(t))
            {
                return t;
            }
        }

        return 0;
    }
}
