using SloCompiler.Live.Status;
using SloCompiler.Model;

namespace SloCompiler.Live.Gate;

/// <summary>Why one SLO blocks a deploy; null reasons mean it lets the deploy through.</summary>
public enum GateReason
{
    PageFiring,
    BudgetBelowMinimum,
    BurnAboveMaximum,
}

/// <summary>One SLO's verdict at the gate, with the numbers the sentence quotes.</summary>
public sealed record GateResult(SloStatus Status, GateReason? Reason, PromDuration BurnWindow, double? Burn)
{
    public bool Blocks => Reason is not null;
}

/// <summary>
/// The pre-deploy check: an SLO blocks when its page alert fires, when less than the minimum share of its
/// error budget is left, or when it burns faster than the maximum over its first page window (1h at 30 days,
/// the "current burn rate" of the dashboards). An SLO without data never blocks; the sentence says so.
/// </summary>
public static class DeployGate
{
    public static IReadOnlyList<GateResult> Judge(StatusReport report, double minimumBudget, double maximumBurn) =>
        report.Slos.Select(status =>
        {
            var window = status.Burns.FirstOrDefault(b => b.Tier == AlertTierKind.Page)?.Window ?? status.Slo.Period;
            var burn = status.Burns.FirstOrDefault(b => b.Window == window)?.BurnRate;
            GateReason? reason =
                status.PageFiring ? GateReason.PageFiring
                : status.BudgetLeft is { } left && left < minimumBudget ? GateReason.BudgetBelowMinimum
                : burn is { } b && b > maximumBurn ? GateReason.BurnAboveMaximum
                : null;
            return new GateResult(status, reason, window, burn);
        }).ToList();
}
