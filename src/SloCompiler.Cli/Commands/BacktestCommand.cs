using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Live;
using SloCompiler.Live.Backtest;
using SloCompiler.Model;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo backtest --range 30d</c>: replays the generated page and ticket conditions over history, from the
/// SLI's raw series (no deployed rule needed), and lists when each would have fired and for how long.
/// </summary>
internal sealed class BacktestCommand(CliContext context, ProjectFile project)
{
    private readonly Argument<string[]> _paths = CliOptions.Paths("SLO files or folders (default: the current folder)");
    private readonly Option<string> _range = CliOptions.Value("--range", "DURATION", "how far back to replay, ending at --time (default: 30d)");
    private readonly Option<string> _step = CliOptions.Value("--step", "DURATION", "evaluate the conditions every DURATION, as a rule group would (default: 1m)");
    private readonly Option<string> _service = CliOptions.Value("--service", "NAME", "only this service");
    private readonly Option<string> _slo = CliOptions.Value("--slo", "NAME", "only SLOs of this name");
    private readonly Option<string> _format = CliOptions.Choice("--format", BacktestWriter.Formats, BacktestWriter.TextFormat, "text (tables), json or markdown");
    private readonly PrometheusOptions _prometheus = new(context);

    public Command Create()
    {
        var command = new Command("backtest", "Replays the generated page and ticket alert conditions over history on a live "
            + "Prometheus-compatible API, with every recording expanded into the SLI's raw expressions (so it works before the "
            + "rules are deployed), and lists every episode that would have fired (start, end, duration, honouring 'for') with "
            + "totals per SLO. Exits 0, or 2 when the server cannot be read.")
        {
            _paths, _range, _step, _service, _slo, _format,
        };
        _prometheus.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var range = Duration(parse.GetValue(_range), "--range", PromDuration.FromDays(30));
        var step = Duration(parse.GetValue(_step), "--step", PromDuration.FromMinutes(1));
        if (step < PromDuration.FromSeconds(1) || step > range)
        {
            throw new UsageException($"--step {step} does not fit --range {range}", "Give a step of at least 1s and at most the range, e.g. --range 30d --step 1m.");
        }

        var slos = LiveSlos.Load(context, project, parse, parse.GetValue(_paths), parse.GetValue(_service), parse.GetValue(_slo), out var failed);
        if (slos is null)
        {
            return failed;
        }

        return LiveSlos.Guard(context, () =>
        {
            using var client = new PrometheusClient(_prometheus.Connection(parse));
            var end = _prometheus.Time(parse);
            var report = BacktestReader.Run(client, slos, end - Span(range), end, Span(step));
            context.Out.Write(BacktestWriter.Write(report, parse.GetValue(_format)!));
            LiveSlos.PrintWarnings(context, report.Warnings);
            return ExitCodes.Ok;
        });
    }

    private static PromDuration Duration(string? text, string option, PromDuration fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!PromDuration.TryParse(text, out var duration) || duration.Milliseconds <= 0)
        {
            throw new UsageException($"'{text}' is not a valid {option}", "Give a Prometheus duration such as 30d, 6h or 1m.");
        }

        return duration;
    }

    private static TimeSpan Span(PromDuration duration) => TimeSpan.FromMilliseconds(duration.Milliseconds);
}
