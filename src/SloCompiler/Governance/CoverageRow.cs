namespace SloCompiler.Governance;

/// <summary>
/// One line of the coverage table (seed 001's table 23, per service): how many SLOs, how many have
/// page and ticket alerts, how many generated alerts reach a real receiver, have a runbook and a
/// dashboard, and read only metrics the catalog confirms. A null count means "not checked" (no
/// routes, no catalog). <see cref="Gaps"/> names the unwaived gaps; <see cref="Waived"/> the waived ones.
/// </summary>
public sealed record CoverageRow(
    string Service,
    int Slos,
    int WithPage,
    int WithTicket,
    int? Alerts,
    int? Routed,
    int WithRunbook,
    int WithDashboard,
    int? Confirmed,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<string> Waived)
{
    /// <summary>Alerts of hand-written rule files whose <c>service</c> label names this service.</summary>
    public int HandWrittenAlerts { get; init; }

    /// <summary>How many of those reach a real receiver; null when no Alertmanager configuration was given.</summary>
    public int? HandWrittenRouted { get; init; }
}
