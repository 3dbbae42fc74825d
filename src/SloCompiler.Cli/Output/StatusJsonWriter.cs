using SloCompiler.Live.Status;

namespace SloCompiler.Cli.Output;

/// <summary><c>slo status --format json</c>: every number as a number (ratios, not percents), null for no data.</summary>
internal static class StatusJsonWriter
{
    public static string Write(StatusReport report) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("time", StatusCells.Time(report.Time));
        writer.WriteString("server", report.Server);
        writer.WriteNumber("queries", report.QueryCount);
        JsonOutput.Strings(writer, "warnings", report.Warnings);
        writer.WriteStartArray("slos");
        foreach (var status in report.Slos)
        {
            writer.WriteStartObject();
            writer.WriteString("service", status.Slo.Service);
            writer.WriteString("slo", status.Slo.Name);
            writer.WriteNumber("objective", status.Slo.Objective);
            writer.WriteString("period", status.Slo.Period.ToString());
            writer.WriteString("source", StatusCells.Source(status.Source));
            Number(writer, "sli", status.Sli);
            Number(writer, "budgetLeft", status.BudgetLeft);
            Number(writer, "budgetLeftOutageSeconds", status.BudgetLeftAsOutage?.TotalSeconds);
            writer.WriteStartArray("burnRates");
            foreach (var burn in status.Burns)
            {
                writer.WriteStartObject();
                writer.WriteString("tier", burn.Tier.ToString().ToLowerInvariant());
                writer.WriteString("window", burn.Window.ToString());
                writer.WriteNumber("factor", burn.Factor);
                Number(writer, "burnRate", burn.BurnRate);
                writer.WriteBoolean("exceeded", burn.Exceeded);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteBoolean("pageFiring", status.PageFiring);
            writer.WriteBoolean("ticketFiring", status.TicketFiring);
            writer.WriteString("verdict", StatusCells.Verdict(status.Verdict));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void Number(System.Text.Json.Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, StatusCells.Round(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
