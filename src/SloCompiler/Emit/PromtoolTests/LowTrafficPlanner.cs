using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;
using static SloCompiler.Emit.PromtoolTests.ScenarioPlanner;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// Both sides of each tier's low-traffic guard (N events in a pair's long window L, per <c>per</c> group):
/// below it one failed event alerts nothing, which without the guard it would (1 in fewer than N crosses the
/// threshold); just above it a full outage alerts. Tiers may have guards of their own (<c>page min_events=…</c>),
/// so each tier is planned from its own N.
/// </summary>
internal static class LowTrafficPlanner
{
    /// <summary>
    /// The page: below its guard one failure pages nothing; above it an outage pages exactly as at high traffic.
    /// Empty when the SLO has no guard (no event counts, or N ≤ 1) or no page.
    /// </summary>
    public static IReadOnlyList<Scenario> Page(SloModel slo)
    {
        var pair = SloWindows.For(slo).Page[0];
        var minEvents = LowTrafficGuard.MinEvents(slo, slo.Page, pair);
        var length = pair.Long.TotalMinutes;
        var below = ExactRate(0.8m * (minEvents - 1) / length, roundUp: false);
        if (!slo.Page.Enabled || !LowTrafficGuard.Guards(slo, slo.Page, pair) || below <= 0)
        {
            return [];
        }

        // The guard counts the events in each page window, so the history fills every page window first.
        var onset = Math.Max(120, (int)Math.Ceiling(SloWindows.For(slo).Page.Max(p => p.Long.TotalMinutes)) + 10);
        var above = ExactRate(1.1m * minEvents / length, roundUp: true);
        var single = new Scenario(
            [new(onset, below, 0), new(1, 0, 1), new(30, below, 0)],
            [new(onset + 5, AlertTierKind.Page, false), new(onset + 30, AlertTierKind.Page, false)],
            [$"low traffic: {DecimalText.Format(below)} events a minute, under the guard of {minEvents} per {pair.Long}: one failure at {Minutes(onset)} pages nothing"]);
        var outage = Outage(slo, above);
        return [single, outage with { Notes = [$"traffic just over the guard ({DecimalText.Format(above)} events a minute): the outage pages as at high traffic", .. outage.Notes] }];
    }

    /// <summary>
    /// The ticket: below the guard of every ticket pair one failure opens no ticket; just above the first pair's
    /// guard an outage opens one, at the first minute the recorded windows certainly cross. When that traffic is
    /// under every page pair's guard the page is asserted quiet too: the tiers' guards part there. Empty without
    /// a guard or a ticket.
    /// </summary>
    /// <remarks>
    /// The guard counts the events its long window L holds, so a history H shorter than L holds fewer than the
    /// rate × L: the single failure comes after a short history (H ≥ 2L/N, at least two hours) and the traffic
    /// stays under N/L − 1/H, which keeps the count under N at every check. On the outage side the two hours before
    /// the onset hold 1.1 N events (or the window, if shorter, does), so the guard is just passed when the errors
    /// start, without a day of history in the test. The page is asserted held back only when that rate stays under
    /// its own guards; with the default guards it does not (parting them would take half a day of test history).
    /// </remarks>
    public static IReadOnlyList<Scenario> Ticket(SloModel slo)
    {
        const int onset = 120;
        var windows = SloWindows.For(slo);
        var first = windows.Ticket[0];
        var guards = windows.Ticket.Select(p => (Pair: p, MinEvents: LowTrafficGuard.MinEvents(slo, slo.Ticket, p))).ToList();
        if (!slo.Ticket.Enabled || !LowTrafficGuard.Applies(slo) || guards.Any(g => g.MinEvents <= 1))
        {
            return [];
        }

        if (first.Factor * slo.ErrorBudget >= 1)
        {
            return [];
        }

        var scenarios = new List<Scenario>();
        var history = Math.Max(onset, (int)Math.Ceiling(guards.Max(g => 2 * g.Pair.Long.TotalMinutes / g.MinEvents)));
        var below = ExactRate(0.8m * guards.Min(g => (g.MinEvents / g.Pair.Long.TotalMinutes) - (1m / history)), roundUp: false);
        if (history <= 1440 && below > 0)
        {
            scenarios.Add(new Scenario(
                [new(history, below, 0), new(1, 0, 1), new(60, below, 0)],
                [new(history + 5, AlertTierKind.Ticket, false), new(history + 60, AlertTierKind.Ticket, false)],
                [$"low traffic: {DecimalText.Format(below)} events a minute, under every ticket guard ({guards[0].MinEvents} per {first.Long}): one failure at {Minutes(history)} opens no ticket"]));
        }

        // The guard counts the events in the window, so "just over" is 1.1 N events in the two hours before the onset.
        var above = ExactRate(1.1m * guards[0].MinEvents / Math.Min(first.Long.TotalMinutes, onset), roundUp: true);
        var ratios = new OutageRatios(slo, windows, onset);
        var fire = 1;
        while (!ratios.CertainlyOver(first, fire))
        {
            fire++;
        }

        var due = fire + 1 + (int)Math.Ceiling(slo.Ticket.For?.TotalMinutes ?? 0);
        var checks = new List<AlertCheck> { new(onset - 1, AlertTierKind.Ticket, false), new(onset + due, AlertTierKind.Ticket, true) };
        var pageHeldBack = slo.Page.Enabled && windows.Page.All(p => above * Math.Min(p.Long.TotalMinutes, onset + due) < LowTrafficGuard.MinEvents(slo, slo.Page, p) * 0.9m);
        if (pageHeldBack)
        {
            checks.Add(new(onset + due, AlertTierKind.Page, false));
        }

        scenarios.Add(new Scenario(
            [new(onset, above, 0), new(due + 1, 0, above)],
            checks,
            [$"traffic just over the ticket guard ({DecimalText.Format(above)} events a minute, {guards[0].MinEvents} per {first.Long} reached before the onset): an outage at {Minutes(onset)} opens a ticket by {due}m after onset" +
             (pageHeldBack ? ", while the page's own guard holds the page back" : string.Empty)]));
        return scenarios;
    }
}
