using System.CommandLine;
using System.Globalization;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Live;
using SloCompiler.Live.Gate;
using SloCompiler.Live.Status;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo gate --service S</c>: the pre-deploy check for a pipeline step. One sentence per SLO; exit 1 when
/// any SLO blocks the deploy, 0 otherwise, 2 when the server cannot be read.
/// </summary>
internal sealed class GateCommand(CliContext context, ProjectFile project)
{
    private readonly Argument<string[]> _paths = CliOptions.Paths("SLO files or folders (default: the current folder)");
    private readonly Option<string> _service = CliOptions.Value("--service", "NAME", "the service about to be deployed");
    private readonly Option<string> _slo = CliOptions.Value("--slo", "NAME", "only this SLO of the service");
    private readonly Option<string> _minBudget = CliOptions.Value("--min-budget", "PERCENT", "block when less error budget than this is left (default: 25%)");
    private readonly Option<string> _maxBurn = CliOptions.Value("--max-burn", "FACTOR", "block when the budget burns faster than this over the first page window (default: 2)");
    private readonly Option<string> _language = CliOptions.Choice("--lang", GateSentences.Languages, "en", "language of the sentences");
    private readonly PrometheusOptions _prometheus = new(context);

    public Command Create()
    {
        _service.Required = true;
        var command = new Command("gate", "The pre-deploy check: reads the service's SLOs from a live Prometheus-compatible API "
            + "and exits 1 with a plain sentence when one blocks the deploy (its page fires, too little budget is left, or it "
            + "burns too fast); exits 0 with the budget left otherwise, 2 when the server cannot be read.")
        {
            _paths, _service, _slo, _minBudget, _maxBurn, _language,
        };
        _prometheus.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var minimum = Ratio(parse.GetValue(_minBudget) ?? "25%");
        var maximum = Factor(parse.GetValue(_maxBurn) ?? "2");
        var service = parse.GetValue(_service)!;
        var slos = LiveSlos.Load(context, project, parse, parse.GetValue(_paths), service, parse.GetValue(_slo), out var failed);
        if (slos is null)
        {
            return failed;
        }

        return LiveSlos.Guard(context, () =>
        {
            using var client = new PrometheusClient(_prometheus.Connection(parse));
            var report = SloStatusReader.Read(client, slos, _prometheus.Time(parse), service, parse.GetValue(_slo));
            var results = DeployGate.Judge(report, minimum, maximum);
            foreach (var result in results)
            {
                context.Out.Line(GateSentences.For(result, minimum, maximum, parse.GetValue(_language)!));
            }

            LiveSlos.PrintWarnings(context, report.Warnings);
            return results.Any(r => r.Blocks) ? ExitCodes.Failed : ExitCodes.Ok;
        });
    }

    private static double Ratio(string text)
    {
        var number = text.EndsWith('%') ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || percent < 0 || percent > 100)
        {
            throw new UsageException($"'{text}' is not a valid --min-budget", "Give a percentage from 0 to 100, e.g. 25%.");
        }

        return percent / 100;
    }

    private static double Factor(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0
            ? factor
            : throw new UsageException($"'{text}' is not a valid --max-burn", "Give a positive burn-rate factor, e.g. 2 or 14.4.");
}
