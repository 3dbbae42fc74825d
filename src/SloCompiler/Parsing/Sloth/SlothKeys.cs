namespace SloCompiler.Parsing.Sloth;

/// <summary>
/// Sloth spells the same fields in snake case in <c>prometheus/v1</c> files (<c>error_query</c>) and in camel case in
/// the Kubernetes <c>PrometheusServiceLevel</c> object (<c>errorQuery</c>).
/// </summary>
internal sealed record SlothKeys(
    string SloPlugins,
    string ErrorQuery,
    string TotalQuery,
    string ErrorRatioQuery,
    string PageAlert,
    string TicketAlert)
{
    public static readonly SlothKeys Plain = new("slo_plugins", "error_query", "total_query", "error_ratio_query", "page_alert", "ticket_alert");

    public static readonly SlothKeys Kubernetes = new("sloPlugins", "errorQuery", "totalQuery", "errorRatioQuery", "pageAlert", "ticketAlert");
}
