using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// The PromQL conditions of one SLO's burn-rate alerts, and the error ratio over any window they read.
/// Recorded (what the rules deploy): burn rates read the recordings the rules write. Expanded: every
/// recording is replaced by the raw SLI expression it records, so the same condition can be evaluated
/// over history before the rules were ever deployed (<c>slo backtest</c>). Both spellings come from this
/// one class, so they cannot drift apart.
/// </summary>
internal sealed class AlertConditions
{
    private readonly SloModel slo;
    private readonly bool expanded;
    private readonly SloWindows windows;
    private readonly SliExpressions? sli;
    private readonly string sel;
    private readonly string budget;

    public AlertConditions(SloModel slo, bool expandRecordings)
    {
        this.slo = slo;
        expanded = expandRecordings;
        windows = SloWindows.For(slo);
        sel = Conventions.SloMatcher(slo);

        // A threshold SLI's windows average its recorded 0/1 slices; expanded, they sample the condition instead.
        var slices = slo.Sli is ThresholdSliModel && !expanded ? $"{Conventions.GoodSliceRecord}{sel}" : null;
        sli = SliExpressions.HasEvents(slo.Sli) ? new SliExpressions(slo.Sli, slo.GroupBy, slices) : null;
        budget = DecimalText.Format(slo.ErrorBudget);
    }

    /// <summary>The alert expression of one tier: its burn pairs joined by <c>or</c>.</summary>
    public string For(AlertTierKind tier)
    {
        var conditions = windows.Of(tier).Select(w =>
        {
            var factor = DecimalText.Format(w.Factor);
            // Inline raw expressions lack the service and slo labels that recordings carry.
            var and = slo.Sli is RawSliModel || (!expanded && !ShortIsRecorded(w.Short))
                ? $"and ignoring ({Conventions.ServiceLabel}, {Conventions.SloLabel})"
                : "and";
            return $"{LongBurn(w.Long)} > {factor}\n{and}\n{ShortBurn(w.Short)} > {factor}{EnoughEvents(tier == AlertTierKind.Page ? slo.Page : slo.Ticket, w)}";
        });
        return string.Join("\nor\n", conditions.Select(Expr.Paren));
    }

    /// <summary>
    /// The error ratio over <paramref name="window"/>: the base window from its recordings, any other window
    /// from the raw SLI over exactly that window (expanded, every window from the raw SLI).
    /// </summary>
    public string RatioOver(PromDuration window)
    {
        if (slo.Sli is RawSliModel raw)
        {
            return raw.ForWindow(window);
        }

        return expanded ? sli!.ErrorRatio(window)
            : window != windows.Base ? sli!.ErrorRatio(window, $"{Conventions.EventsRecord(windows.Base)}{sel}")
            : $"{Conventions.BadEventsRecord(windows.Base)}{sel} / {Conventions.EventsRecord(windows.Base)}{sel}";
    }

    /// <summary>A long window's burn rate: its recording, or what that recording computes.</summary>
    private string LongBurn(PromDuration window) =>
        expanded ? Expr.Burn(RatioOver(window), budget) : $"{Conventions.BurnRateRecord(window)}{sel}";

    /// <summary>Whether the short window reads a recording, which carries the service and slo labels.</summary>
    private bool ShortIsRecorded(PromDuration window) => windows.RecordedLongs.Contains(window) || window == windows.Base;

    /// <summary>A burn rate over a short window, reusing a recording when one exists for it.</summary>
    private string ShortBurn(PromDuration window)
    {
        if (expanded)
        {
            return Expr.Burn(RatioOver(window), budget);
        }

        if (windows.RecordedLongs.Contains(window))
        {
            return $"{Conventions.BurnRateRecord(window)}{sel}";
        }

        if (slo.Sli is RawSliModel && window == windows.Base)
        {
            return Expr.Burn($"{Conventions.ErrorRatioRecord(window)}{sel}", budget);
        }

        return Expr.Burn(RatioOver(window), budget);
    }

    /// <summary>
    /// The low-traffic guard of one pair: the long window held at least N events (its recorded event rate
    /// × its seconds, per <c>per</c> group, exact like the burn rate beside it; expanded, the raw total rate
    /// over the long window × its seconds), or nothing when the SLI counts no events or N ≤ 1.
    /// </summary>
    private string EnoughEvents(AlertTierModel tier, BurnWindow pair)
    {
        if (!LowTrafficGuard.Guards(slo, tier, pair))
        {
            return string.Empty;
        }

        var minEvents = LowTrafficGuard.MinEvents(slo, tier, pair);

        var seconds = DecimalText.Format(pair.Long.Milliseconds / 1000m);
        var rate = expanded ? sli!.Total(pair.Long) : $"{Conventions.EventsRecord(pair.Long)}{sel}";
        return $"\nand\n{rate} * {seconds} >= {minEvents}";
    }
}
