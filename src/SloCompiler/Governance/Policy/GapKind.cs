namespace SloCompiler.Governance.Policy;

/// <summary>The coverage gaps a policy can waive or grade; written in YAML as <c>service_without_slo</c> etc.</summary>
public enum GapKind
{
    ServiceWithoutSlo,
    SloWithoutPage,
    SloWithoutTicket,
    SloWithoutRunbook,
    AlertNotRouted,
    MetricNotInCatalog,
}

/// <summary>How a gap is reported: as an error (fails lint), a warning, or not at all.</summary>
public enum GapSeverity
{
    Error,
    Warning,
    Off,
}

/// <summary>The YAML spellings of <see cref="GapKind"/> and <see cref="GapSeverity"/>.</summary>
public static class GapKinds
{
    public static readonly IReadOnlyList<(GapKind Kind, string Name)> All =
    [
        (GapKind.ServiceWithoutSlo, "service_without_slo"),
        (GapKind.SloWithoutPage, "slo_without_page"),
        (GapKind.SloWithoutTicket, "slo_without_ticket"),
        (GapKind.SloWithoutRunbook, "slo_without_runbook"),
        (GapKind.AlertNotRouted, "alert_not_routed"),
        (GapKind.MetricNotInCatalog, "metric_not_in_catalog"),
    ];

    public static string Name(this GapKind kind) => All.First(k => k.Kind == kind).Name;

    public static GapKind? Parse(string name) => All.Where(k => k.Name == name).Select(k => (GapKind?)k.Kind).FirstOrDefault();

    public static string Names => string.Join(", ", All.Select(k => k.Name));
}
