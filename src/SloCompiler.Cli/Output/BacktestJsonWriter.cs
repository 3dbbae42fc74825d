using System.Text.Json;
using SloCompiler.Live.Backtest;
using SloCompiler.Model;

namespace SloCompiler.Cli.Output;

/// <summary><c>slo backtest --format json</c>: times in RFC 3339 UTC, durations in seconds, <c>end</c> null while still firing.</summary>
internal static class BacktestJsonWriter
{
    public static string Write(BacktestReport report) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("start", StatusCells.Time(report.Start));
        writer.WriteString("end", StatusCells.Time(report.End));
        writer.WriteNumber("stepSeconds", report.Step.TotalSeconds);
        writer.WriteString("server", report.Server);
        writer.WriteNumber("queries", report.QueryCount);
        JsonOutput.Strings(writer, "warnings", report.Warnings);
        writer.WriteStartArray("slos");
        foreach (var slo in report.Slos)
        {
            writer.WriteStartObject();
            writer.WriteString("service", slo.Slo.Service);
            writer.WriteString("slo", slo.Slo.Name);
            Totals(writer, "page", slo, AlertTierKind.Page);
            Totals(writer, "ticket", slo, AlertTierKind.Ticket);
            writer.WriteStartArray("episodes");
            foreach (var episode in slo.Episodes)
            {
                writer.WriteStartObject();
                writer.WriteString("alert", BacktestWriter.Tier(episode.Tier));
                writer.WriteStartObject("labels");
                foreach (var label in episode.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(label.Key, label.Value);
                }

                writer.WriteEndObject();
                writer.WriteString("start", StatusCells.Time(episode.Start));
                if (episode.End is { } end)
                {
                    writer.WriteString("end", StatusCells.Time(end));
                }
                else
                {
                    writer.WriteNull("end");
                }

                writer.WriteBoolean("stillFiring", episode.StillFiring);
                writer.WriteNumber("durationSeconds", episode.Duration.TotalSeconds);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void Totals(Utf8JsonWriter writer, string name, SloEpisodes slo, AlertTierKind tier)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", slo.Count(tier));
        writer.WriteNumber("firingSeconds", slo.Firing(tier).TotalSeconds);
        writer.WriteEndObject();
    }
}
