using SloCompiler.Model;

namespace SloCompiler.Live.Status;

/// <summary>Where an SLO's numbers came from.</summary>
public enum StatusSource
{
    /// <summary>The generated recording rules are deployed: their series were read, grouped by service and SLO.</summary>
    Recorded,

    /// <summary>No recorded series: the SLI's own expressions were evaluated over each window.</summary>
    Raw,
}

/// <summary>The one-word verdicts, worst last.</summary>
public enum StatusVerdict
{
    Healthy,
    NoData,
    Ticket,
    Exhausted,
    Page,
}

/// <summary>The error ratio over one alert window, as a burn rate, against the factor the alert fires at.</summary>
public sealed record WindowBurn(AlertTierKind Tier, PromDuration Window, decimal Factor, double? BurnRate)
{
    public bool Exceeded => BurnRate is { } burn && burn > (double)Factor;
}

/// <summary>Where one SLO stands at one instant.</summary>
public sealed record SloStatus(
    SloModel Slo,
    StatusSource Source,
    double? ErrorRatio,
    IReadOnlyList<WindowBurn> Burns,
    bool PageFiring,
    bool TicketFiring)
{
    /// <summary>The SLI over the period: the share of good events (or time up).</summary>
    public double? Sli => ErrorRatio is { } error ? 1 - error : null;

    /// <summary>1 = untouched, 0 = spent, negative = overspent.</summary>
    public double? BudgetLeft => ErrorRatio is { } error ? 1 - (error / (double)Slo.ErrorBudget) : null;

    /// <summary>How long a full outage would take to spend what is left of the budget (zero when spent).</summary>
    public TimeSpan? BudgetLeftAsOutage => BudgetLeft is { } left
        ? TimeSpan.FromMilliseconds(Math.Max(0, left) * (double)Slo.ErrorBudget * Slo.Period.Milliseconds)
        : null;

    public StatusVerdict Verdict =>
        PageFiring ? StatusVerdict.Page
        : BudgetLeft is <= 0 ? StatusVerdict.Exhausted
        : TicketFiring ? StatusVerdict.Ticket
        : ErrorRatio is null ? StatusVerdict.NoData
        : StatusVerdict.Healthy;
}

/// <summary>Every SLO's status at one instant, with what it cost to find out.</summary>
public sealed record StatusReport(DateTimeOffset Time, string Server, IReadOnlyList<SloStatus> Slos, int QueryCount, IReadOnlyList<string> Warnings);
