using System.Text;
using SloCompiler.Live.Backtest;
using SloCompiler.Model;

namespace SloCompiler.Cli.Output;

/// <summary>
/// <c>slo backtest</c> as text or Markdown: every episode a page or ticket would have fired (start, end or
/// "still firing", duration), then the totals per SLO, then what was replayed and at what cost.
/// </summary>
internal static class BacktestWriter
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";
    public const string MarkdownFormat = "markdown";

    public static readonly IReadOnlyList<string> Formats = [TextFormat, JsonFormat, MarkdownFormat];

    public const string StillFiring = "still firing";

    public static string Write(BacktestReport report, string format) => format switch
    {
        JsonFormat => BacktestJsonWriter.Write(report),
        MarkdownFormat => Render(report, TextTable.Markdown, markdown: true),
        _ => Render(report, TextTable.Aligned, markdown: false),
    };

    private static string Render(BacktestReport report, Func<IReadOnlyList<string[]>, string> table, bool markdown)
    {
        var builder = new StringBuilder();
        var grouped = report.Slos.Any(s => s.Episodes.Any(e => e.Labels.Count > 0));
        var episodes = report.Slos.SelectMany(s => s.Episodes.Select(e => Cells(s.Slo, e, grouped))).ToList();
        builder.Append(markdown ? "## Alert episodes\n\n" : string.Empty);
        if (episodes.Count == 0)
        {
            builder.Append("No page or ticket would have fired.\n\n");
        }
        else
        {
            string[] header = grouped
                ? ["service", "slo", "alert", "group", "start", "end", "duration"]
                : ["service", "slo", "alert", "start", "end", "duration"];
            builder.Append(table([header, .. episodes])).Append('\n');
        }

        builder.Append(markdown ? "## Totals\n\n" : "Totals\n");
        builder.Append(table([["service", "slo", "pages", "page time", "tickets", "ticket time"], .. report.Slos.Select(Totals)]));
        builder.Append('\n').Append(Footer(report)).Append('\n');
        return builder.ToString();
    }

    private static string[] Cells(SloModel slo, AlertEpisode episode, bool grouped)
    {
        string[] cells = [slo.Service, slo.Name, Tier(episode.Tier), StatusCells.Time(episode.Start), End(episode), Duration(episode.Duration)];
        return grouped ? [.. cells[..3], episode.LabelText, .. cells[3..]] : cells;
    }

    private static string[] Totals(SloEpisodes slo) =>
    [
        slo.Slo.Service, slo.Slo.Name,
        Count(slo.Count(AlertTierKind.Page)), Duration(slo.Firing(AlertTierKind.Page)),
        Count(slo.Count(AlertTierKind.Ticket)), Duration(slo.Firing(AlertTierKind.Ticket)),
    ];

    private static string Footer(BacktestReport report)
    {
        var footer = $"{report.Slos.Count} SLOs replayed from {StatusCells.Time(report.Start)} to {StatusCells.Time(report.End)} "
            + $"every {Duration(report.Step)} against {report.Server} in {report.QueryCount} queries";
        return string.Concat(report.Warnings.Select(w => $"\nwarning from the server: {w}").Prepend(footer));
    }

    public static string Tier(AlertTierKind tier) => tier == AlertTierKind.Page ? "page" : "ticket";

    public static string End(AlertEpisode episode) => episode.End is { } end ? StatusCells.Time(end) : StillFiring;

    /// <summary>Whole seconds as Prometheus spells durations: <c>23m</c>, <c>2d11m</c>, <c>0s</c>.</summary>
    public static string Duration(TimeSpan duration) => StatusCells.Outage(duration);

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
