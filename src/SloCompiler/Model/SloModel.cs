namespace SloCompiler.Model;

/// <summary>
/// One SLO, fully resolved: exact objective (percent, e.g. 99.9), rolling period, evaluation
/// interval, what is measured, how it is grouped, and both alert tiers with their burn windows.
/// </summary>
public sealed record SloModel(
    string Service,
    string Name,
    string? Description,
    decimal ObjectivePercent,
    PromDuration Period,
    PromDuration EvaluationInterval,
    SliModel Sli,
    IReadOnlyList<string> GroupBy,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    AlertTierModel Page,
    AlertTierModel Ticket)
{
    /// <summary>Whether an alert fires when the SLI's total series is absent (<c>no_data off</c> turns it off).</summary>
    public bool NoDataAlert { get; init; } = true;

    /// <summary>
    /// Events a burn pair's long window must hold before it may alert, as written for every tier (<c>min_events</c>,
    /// from any level of the settings cascade); a tier may set its own (<see cref="AlertTierModel.MinEvents"/>).
    /// Null derives it per pair (<see cref="LowTrafficGuard"/>), 0 turns the guard off.
    /// </summary>
    public long? MinEvents { get; init; }

    /// <summary>
    /// How far back the ruler reads (<c>query_offset</c>, from any level of the settings cascade), written on each of
    /// the SLO's rule groups for rulers that have the field; null writes none.
    /// </summary>
    public PromDuration? QueryOffset { get; init; }

    /// <summary>The source file the SLO is written in, as compiled, and the line of its name: for source links.</summary>
    public string? SourcePath { get; init; }

    public int SourceLine { get; init; }

    /// <summary>What one event is as written (<c>unit messages</c>); null when no level says.</summary>
    public EventUnit? Unit { get; init; }

    /// <summary>The word explain, dashboards and reports use for an event: the unit written, else "events" for raw SLIs and "requests" for the rest.</summary>
    public EventUnit Events => Unit ?? (Sli is RawSliModel ? EventUnit.Events : EventUnit.Requests);

    /// <summary>Objective as a ratio: 99.9 → 0.999.</summary>
    public decimal Objective => ObjectivePercent / 100m;

    /// <summary>Error budget as a ratio: 99.9 → 0.001, exactly.</summary>
    public decimal ErrorBudget => (100m - ObjectivePercent) / 100m;

    /// <summary>The recorded base rate window (shortest short window; 5m for 30 days).</summary>
    public PromDuration BaseWindow => MultiWindowPolicy.BaseWindow(Period, EvaluationInterval);
}

public enum AlertTierKind
{
    Page,
    Ticket,
}

/// <summary>
/// A resolved alert tier. Disabled tiers are kept so that emitters and reports can say so.
/// <see cref="During"/> names a time interval (Alertmanager) when the tier is limited to it.
/// </summary>
public sealed record AlertTierModel(
    AlertTierKind Kind,
    bool Enabled,
    string Severity,
    PromDuration? For,
    string? Receiver,
    string? During,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    IReadOnlyList<KeyValuePair<string, string>> Annotations,
    IReadOnlyList<BurnWindow> Windows)
{
    public string Name => Kind == AlertTierKind.Page ? "page" : "ticket";

    /// <summary>How long the alert keeps firing once its condition clears (<c>keep_firing_for</c>); null writes none.</summary>
    public PromDuration? KeepFiringFor { get; init; }

    /// <summary>The alert's name as written (<c>alert_name</c>); null for the built-in SLOBurnRatePage/SLOBurnRateTicket.</summary>
    public string? CustomAlertName { get; init; }

    /// <summary>
    /// Events each of this tier's burn pairs needs in its long window, as set for the tier (<c>page min_events=N</c>)
    /// or for the SLO (<c>min_events N</c>); null derives it per pair (<see cref="LowTrafficGuard"/>), 0 is no guard.
    /// </summary>
    public long? MinEvents { get; init; }
}
