namespace SloCompiler.Model;

/// <summary>
/// The SRE Workbook's multi-window multi-burn-rate windows (ch. 5), scaled to any period.
/// For 30 days: page = 14.4× over 1h and 5m, or 6× over 6h and 30m; ticket = 3× over 1d and 2h,
/// or 1× over 3d and 6h. Other periods keep the budget fractions (2%, 5%, 10%, 10%) and the
/// burn factors, scale the long windows with the period and keep short = long / 12, rounded to
/// whole seconds. A short window is never shorter than two evaluation intervals nor than a minute
/// (so a 24h SLO evaluated every 30s or 15s pages on 2m and 1m, not on 2m and 10s, which no scrape could fill);
/// a long window shorter than that is reported by the checker instead (SLO106).
/// </summary>
public static class MultiWindowPolicy
{
    private static readonly PromDuration ReferencePeriod = PromDuration.FromDays(30);

    /// <summary>
    /// No window is shorter than a minute, whatever the evaluation interval: a 15s evaluation would otherwise
    /// give a 1-day SLO a 30s rate window, which a 30s or 1m scrape leaves with one sample and no rate.
    /// </summary>
    private static readonly PromDuration MinimumWindow = PromDuration.FromMinutes(1);

    private static readonly (PromDuration Long, decimal Factor, decimal BudgetFraction)[] PageReference =
    [
        (PromDuration.FromHours(1), 14.4m, 0.02m),
        (PromDuration.FromHours(6), 6m, 0.05m),
    ];

    private static readonly (PromDuration Long, decimal Factor, decimal BudgetFraction)[] TicketReference =
    [
        (PromDuration.FromDays(1), 3m, 0.1m),
        (PromDuration.FromDays(3), 1m, 0.1m),
    ];

    public static IReadOnlyList<BurnWindow> PageWindows(PromDuration period, PromDuration? evaluationInterval = null) =>
        Scale(PageReference, period, evaluationInterval);

    public static IReadOnlyList<BurnWindow> TicketWindows(PromDuration period, PromDuration? evaluationInterval = null) =>
        Scale(TicketReference, period, evaluationInterval);

    /// <summary>The window every recorded rate uses: the shortest short window (5m for 30 days).</summary>
    public static PromDuration BaseWindow(PromDuration period, PromDuration? evaluationInterval = null) =>
        PageWindows(period, evaluationInterval)[0].Short;

    private static IReadOnlyList<BurnWindow> Scale(
        (PromDuration Long, decimal Factor, decimal BudgetFraction)[] reference,
        PromDuration period,
        PromDuration? evaluationInterval)
    {
        var twoEvaluations = evaluationInterval is { } interval ? interval * 2 : new PromDuration(0);
        var shortest = twoEvaluations < MinimumWindow ? MinimumWindow : twoEvaluations;
        return reference
            .Select(w =>
            {
                var longWindow = RoundToSecond(w.Long.Milliseconds * (decimal)period.Milliseconds / ReferencePeriod.Milliseconds);
                var shortWindow = RoundToSecond(longWindow.Milliseconds / 12m);
                if (shortWindow < shortest)
                {
                    shortWindow = shortest < longWindow ? shortest : longWindow;
                }

                return new BurnWindow(longWindow, shortWindow, w.Factor, w.BudgetFraction);
            })
            .ToList();
    }

    private static PromDuration RoundToSecond(decimal milliseconds) =>
        PromDuration.FromSeconds((long)Math.Round(milliseconds / 1000m, MidpointRounding.AwayFromZero));
}
