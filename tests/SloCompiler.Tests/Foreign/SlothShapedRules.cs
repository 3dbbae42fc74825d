using System.Globalization;
using System.Text;

namespace SloCompiler.Tests.Foreign;

/// <summary>
/// Rules of the shape Sloth generates for one events SLI (its <c>examples/_gen</c>, 30-day window set),
/// written here from that shape, not copied: one <c>slo:sli_error:ratio_rate&lt;w&gt;</c> recording per window,
/// each the error query over the total query at that window, and the page/ticket alerts as pairs of
/// those ratios against factor × budget (14.4 on 5m+1h, 6 on 30m+6h; 3 on 2h+1d, 1 on 6h+3d). The
/// alerts are named <see cref="PageAlert"/> and <see cref="TicketAlert"/> so a test can tell them from slo's.
/// </summary>
internal static class SlothShapedRules
{
    public const string PageAlert = "SlothPage";

    public const string TicketAlert = "SlothTicket";

    private static readonly string[] Windows = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];

    public static string For(string service, string slo, string errorQuery, string totalQuery, decimal objectivePercent)
    {
        var budget = ((100m - objectivePercent) / 100m).ToString(CultureInfo.InvariantCulture);
        var ids = $"sloth_id=\"{service}-{slo}\", sloth_service=\"{service}\", sloth_slo=\"{slo}\"";
        var text = new StringBuilder("groups:\n- name: sloth-slo-sli-recordings\n  rules:\n");
        foreach (var window in Windows)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                  - record: slo:sli_error:ratio_rate{window}
                    expr: ({errorQuery.Replace("{{.window}}", window, StringComparison.Ordinal)}) / ({totalQuery.Replace("{{.window}}", window, StringComparison.Ordinal)})
                    labels: {"{"} sloth_id: "{service}-{slo}", sloth_service: "{service}", sloth_slo: "{slo}", sloth_window: "{window}" {"}"}

                """);
        }

        string Pair(string shortWindow, string longWindow, string factor) =>
            $"(max(slo:sli_error:ratio_rate{shortWindow}{{{ids}}} > ({factor} * {budget})) without (sloth_window) " +
            $"and max(slo:sli_error:ratio_rate{longWindow}{{{ids}}} > ({factor} * {budget})) without (sloth_window))";

        text.Append("- name: sloth-slo-alerts\n  rules:\n");
        text.Append(CultureInfo.InvariantCulture, $"  - alert: {PageAlert}\n    expr: {Pair("5m", "1h", "14.4")} or {Pair("30m", "6h", "6")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  - alert: {TicketAlert}\n    expr: {Pair("2h", "1d", "3")} or {Pair("6h", "3d", "1")}\n");
        return text.ToString();
    }
}
