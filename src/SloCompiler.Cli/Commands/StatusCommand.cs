using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Live;
using SloCompiler.Live.Status;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo status [PATH...]</c>: where every SLO stands now on a live Prometheus-compatible server —
/// SLI over the period, budget left, burn rates per alert window, firing alerts and a verdict.
/// </summary>
internal sealed class StatusCommand(CliContext context, ProjectFile project)
{
    internal const string FailOnBudget = "budget";
    internal const string FailOnPage = "page";
    internal const string FailOnTicket = "ticket";
    internal const string FailOnNone = "none";

    private readonly Argument<string[]> _paths = CliOptions.Paths("SLO files or folders (default: the current folder)");
    private readonly Option<string> _service = CliOptions.Value("--service", "NAME", "only this service");
    private readonly Option<string> _slo = CliOptions.Value("--slo", "NAME", "only SLOs of this name");
    private readonly Option<string> _format = CliOptions.Choice("--format", StatusWriter.Formats, StatusWriter.TextFormat,
        "text (a table), json, markdown or github (a job summary for $GITHUB_STEP_SUMMARY)");

    private readonly Option<string> _failOn = CliOptions.Choice("--fail-on", [FailOnBudget, FailOnPage, FailOnTicket, FailOnNone], FailOnPage,
        "exit 1 when: budget = a budget is spent; page = that or a page fires; ticket = any of those or a ticket fires; none = never");

    private readonly PrometheusOptions _prometheus = new(context);

    public Command Create()
    {
        var command = new Command("status", "Reads every SLO of the sources from a live Prometheus-compatible API: the SLI over "
            + "the period, error budget left (as a percentage and as minutes of full outage), burn rate over each alert window, "
            + "whether the page and ticket alerts fire, and a one-word verdict. Uses the recorded series when the generated rules "
            + "are deployed and the SLI's raw expressions otherwise (the source column says which). Exits 1 per --fail-on, "
            + "2 when the server cannot be read.")
        {
            _paths, _service, _slo, _format, _failOn,
        };
        _prometheus.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var slos = LiveSlos.Load(context, project, parse, parse.GetValue(_paths), parse.GetValue(_service), parse.GetValue(_slo), out var failed);
        if (slos is null)
        {
            return failed;
        }

        return LiveSlos.Guard(context, () =>
        {
            using var client = new PrometheusClient(_prometheus.Connection(parse));
            var report = SloStatusReader.Read(client, slos, _prometheus.Time(parse), parse.GetValue(_service), parse.GetValue(_slo));
            context.Out.Write(StatusWriter.Write(report, parse.GetValue(_format)!, context.Environment.UseColor));
            LiveSlos.PrintWarnings(context, report.Warnings);
            return Fails(report, parse.GetValue(_failOn)!) ? ExitCodes.Failed : ExitCodes.Ok;
        });
    }

    internal static bool Fails(StatusReport report, string failOn) => failOn switch
    {
        FailOnNone => false,
        FailOnBudget => report.Slos.Any(s => s.BudgetLeft is <= 0),
        FailOnTicket => report.Slos.Any(s => s.BudgetLeft is <= 0 || s.PageFiring || s.TicketFiring),
        _ => report.Slos.Any(s => s.BudgetLeft is <= 0 || s.PageFiring),
    };
}
