using System.Globalization;
using System.Text;
using SloCompiler.Governance;

namespace SloCompiler.Cli.Output;

/// <summary>
/// The coverage table of <c>slo lint --coverage</c>: aligned text for people, JSON for tools. Counts
/// read "covered/total"; "-" means not checked (no catalog, or no routes to simulate). "hand-written" counts the
/// alerts of hand-written rule files carrying the service's <c>service</c> label: routed/total with an
/// Alertmanager configuration, the total without one, "-" when there are none.
/// </summary>
internal static class CoverageTableWriter
{
    private static readonly string[] Headers = ["service", "SLOs", "page", "ticket", "routed", "runbook", "dashboard", "metrics", "hand-written", "gaps"];

    public static string Text(IReadOnlyList<CoverageRow> rows)
    {
        var table = rows.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(i => table.Max(r => r[i].Length)).ToList();
        var builder = new StringBuilder();
        foreach (var row in table)
        {
            var cells = row.Select((cell, i) => i == 0 || i == row.Length - 1 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            builder.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }

    public static string Json(IReadOnlyList<CoverageRow> rows) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("services");
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("service", row.Service);
            writer.WriteNumber("slos", row.Slos);
            writer.WriteNumber("page", row.WithPage);
            writer.WriteNumber("ticket", row.WithTicket);
            Count(writer, "alerts", row.Alerts);
            Count(writer, "routed", row.Routed);
            writer.WriteNumber("runbook", row.WithRunbook);
            writer.WriteNumber("dashboard", row.WithDashboard);
            Count(writer, "metrics_confirmed", row.Confirmed);
            writer.WriteNumber("handwritten_alerts", row.HandWrittenAlerts);
            Count(writer, "handwritten_routed", row.HandWrittenRouted);
            JsonOutput.Strings(writer, "gaps", row.Gaps);
            JsonOutput.Strings(writer, "waived", row.Waived);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string[] Cells(CoverageRow row) =>
    [
        row.Service,
        Number(row.Slos),
        Ratio(row.WithPage, row.Slos),
        Ratio(row.WithTicket, row.Slos),
        row.Routed is { } routed ? Ratio(routed, row.Alerts ?? 0) : "-",
        Ratio(row.WithRunbook, row.Slos),
        Ratio(row.WithDashboard, row.Slos),
        row.Confirmed is { } confirmed ? Ratio(confirmed, row.Slos) : "-",
        row.HandWrittenAlerts == 0 ? "-" : row.HandWrittenRouted is { } reached ? Ratio(reached, row.HandWrittenAlerts) : Number(row.HandWrittenAlerts),
        row.Gaps.Count == 0 && row.Waived.Count == 0 ? "-" : string.Join(", ", row.Gaps.Concat(row.Waived.Select(w => $"{w} (waived)"))),
    ];

    private static string Ratio(int covered, int total) => $"{Number(covered)}/{Number(total)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Count(System.Text.Json.Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
