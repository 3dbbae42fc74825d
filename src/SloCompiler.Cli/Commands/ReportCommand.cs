using System.CommandLine;
using System.Globalization;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Live;
using SloCompiler.Live.Report;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo report --month 2026-11</c>: the monthly report, Markdown or one self-contained HTML file.</summary>
internal sealed class ReportCommand(CliContext context, ProjectFile project)
{
    private readonly Argument<string[]> _paths = CliOptions.Paths("SLO files or folders (default: the current folder)");
    private readonly Option<string> _month = CliOptions.Value("--month", "YYYY-MM", "the calendar month to report (UTC)");
    private readonly Option<string> _service = CliOptions.Value("--service", "NAME", "only this service");
    private readonly Option<string> _language = CliOptions.Choice("--lang", ReportWriter.Languages, "en", "language of the report");
    private readonly Option<string> _format = CliOptions.Choice("--format", ["md", "html"], "md", "md (Markdown) or html (one file, SVG charts)");
    private readonly Option<string> _out = CliOptions.Value("--out", "FILE", "write the report to FILE (default: standard output)");
    private readonly PrometheusOptions _prometheus = new(context);

    public Command Create()
    {
        _month.Required = true;
        var command = new Command("report", "The monthly SLO report from a live Prometheus-compatible API: attainment against the "
            + "objective, budget consumed, the worst days and a plain sentence per SLO, with SVG charts in HTML.")
        {
            _paths, _month, _service, _language, _format, _out,
        };
        _prometheus.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var monthText = parse.GetValue(_month)!;
        if (!DateTime.TryParseExact(monthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new UsageException($"'{monthText}' is not a valid --month", "Give the month as YYYY-MM, e.g. 2026-11.");
        }

        var slos = LiveSlos.Load(context, project, parse, parse.GetValue(_paths), parse.GetValue(_service), null, out var failed);
        if (slos is null)
        {
            return failed;
        }

        return LiveSlos.Guard(context, () =>
        {
            using var client = new PrometheusClient(_prometheus.Connection(parse));
            var report = MonthlyReportReader.Read(client, slos, month.Year, month.Month, _prometheus.Time(parse));
            var language = parse.GetValue(_language)!;
            var text = parse.GetValue(_format) == "html" ? ReportWriter.Html(report, language) : ReportWriter.Markdown(report, language);
            LiveSlos.PrintWarnings(context, client.Warnings);
            if (parse.GetValue(_out) is not { } outPath)
            {
                context.Out.Write(text);
                return ExitCodes.Ok;
            }

            // Written whole or not at all: a temporary file beside the target, then renamed over it.
            var target = context.FullPath(outPath);
            var temporary = target + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(temporary, text);
            File.Move(temporary, target, overwrite: true);
            return ExitCodes.Ok;
        });
    }
}
