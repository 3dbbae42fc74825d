using System.Text;
using SloCompiler.Live.Status;

namespace SloCompiler.Cli.Output;

/// <summary>
/// <c>slo status</c> as an aligned table (colour on the verdict only at a terminal), Markdown, or a
/// GitHub job summary (Markdown with a headline and an icon per verdict, for <c>$GITHUB_STEP_SUMMARY</c>).
/// </summary>
internal static class StatusWriter
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";
    public const string MarkdownFormat = "markdown";
    public const string GithubFormat = "github";

    public static readonly IReadOnlyList<string> Formats = [TextFormat, JsonFormat, MarkdownFormat, GithubFormat];

    private static readonly string[] Headers =
        ["service", "slo", "objective", "sli", "budget left", "as outage", "burn rate (long windows)", "page", "ticket", "verdict", "source"];

    public static string Write(StatusReport report, string format, bool color) => format switch
    {
        JsonFormat => StatusJsonWriter.Write(report),
        MarkdownFormat => Markdown(report, icons: false),
        GithubFormat => Markdown(report, icons: true),
        _ => Text(report, color),
    };

    private static string[] Cells(SloStatus s) =>
    [
        s.Slo.Service, s.Slo.Name, StatusCells.Objective(s.Slo), StatusCells.Percent(s.Sli, 3), StatusCells.Percent(s.BudgetLeft, 1),
        StatusCells.Outage(s.BudgetLeftAsOutage), StatusCells.LongBurns(s), StatusCells.Firing(s.PageFiring),
        StatusCells.Firing(s.TicketFiring), StatusCells.Verdict(s.Verdict), StatusCells.Source(s.Source),
    ];

    private static string Text(StatusReport report, bool color)
    {
        var rows = report.Slos.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(r => r[i].Length)).ToList();
        var builder = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select((cell, i) => cell.PadRight(widths[i])).ToArray();
            if (color && r > 0)
            {
                cells[9] = Paint(report.Slos[r - 1].Verdict, cells[9]);
            }

            builder.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        builder.Append(Footer(report)).Append('\n');
        return builder.ToString();
    }

    private static string Markdown(StatusReport report, bool icons)
    {
        var builder = new StringBuilder();
        if (icons)
        {
            var worst = report.Slos.Count == 0 ? StatusVerdict.Healthy : report.Slos.Max(s => s.Verdict);
            builder.Append($"## {Icon(worst)} SLO status: {Count(report, StatusVerdict.Healthy)} of {report.Slos.Count} healthy\n\n");
        }

        builder.Append("| ").Append(string.Join(" | ", Headers)).Append(" |\n");
        builder.Append('|').Append(string.Concat(Headers.Select(_ => "---|"))).Append('\n');
        foreach (var status in report.Slos)
        {
            var cells = Cells(status).Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)).ToArray();
            if (icons)
            {
                cells[9] = $"{Icon(status.Verdict)} {cells[9]}";
            }

            builder.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }

        builder.Append('\n').Append(Footer(report)).Append('\n');
        return builder.ToString();
    }

    private static string Footer(StatusReport report)
    {
        var footer = $"{report.Slos.Count} SLOs at {StatusCells.Time(report.Time)} from {report.Server} in {report.QueryCount} queries";
        return string.Concat(report.Warnings.Select(w => $"\nwarning from the server: {w}").Prepend(footer));
    }

    private static int Count(StatusReport report, StatusVerdict verdict) => report.Slos.Count(s => s.Verdict == verdict);

    private static string Icon(StatusVerdict verdict) => verdict switch
    {
        StatusVerdict.Healthy => "🟢",
        StatusVerdict.NoData => "⚪",
        StatusVerdict.Ticket => "🟡",
        _ => "🔴",
    };

    private static string Paint(StatusVerdict verdict, string text)
    {
        var code = verdict switch
        {
            StatusVerdict.Healthy => "32",
            StatusVerdict.NoData => "90",
            StatusVerdict.Ticket => "33",
            _ => "31",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
