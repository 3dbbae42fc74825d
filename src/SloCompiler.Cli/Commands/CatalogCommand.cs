using System.CommandLine;
using SloCompiler.Catalog;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo catalog scan PATH… --out FILE</c>: the metrics C# code and /metrics snapshots declare, as catalog YAML.</summary>
internal sealed class CatalogCommand(CliContext context)
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "C# files or folders (prometheus-net and System.Diagnostics.Metrics instrumentation, read as syntax: nothing "
            + "is compiled or restored), /metrics snapshots (*.prom, *.metrics, metrics.txt) and catalog YAML files to merge",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _out = CliOptions.Value("--out", "FILE", "where to write the catalog (atomically; '-' for standard output)");

    private readonly Option<string> _service = CliOptions.Value(
        "--service", "NAME", "the service of every metric (default: the nearest *.csproj's name, or the snapshot's file name)");

    public Command Create()
    {
        var scan = new Command("scan", "Finds the metrics services expose and writes them as a catalog YAML file, which "
            + "'slo lint --catalog FILE' checks SLOs against.")
        {
            _paths, _out, _service,
        };
        scan.SetAction(Run);
        return new Command("catalog", "The metric catalog: what services expose, for 'slo lint --catalog'.") { scan };
    }

    private int Run(ParseResult parse)
    {
        var paths = parse.GetValue(_paths) ?? [];
        if (paths.Length == 0 || parse.GetValue(_out) is not { } output)
        {
            throw new UsageException("'slo catalog scan' needs PATH... and --out FILE", "run 'slo catalog scan --help' for usage");
        }

        var diagnostics = new DiagnosticBag();
        var catalog = CatalogInputs.Load(paths, parse.GetValue(_service), context, diagnostics);
        CommandSupport.PrintText(context.Error, diagnostics.Sorted(), context);
        if (diagnostics.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var yaml = CatalogYamlWriter.Write(catalog);
        if (output == "-")
        {
            context.Out.Write(yaml);
            return ExitCodes.Ok;
        }

        var shown = context.DisplayPath(context.FullPath(output));
        if (OwnedFileWriter.Write(context.FullPath(output), shown, yaml, [CatalogYamlWriter.HeaderPrefix, GeneratedFileGuard.HeaderPrefix]) is { } refusal)
        {
            CommandSupport.PrintText(context.Error, [refusal], context);
            return ExitCodes.Failed;
        }

        context.Out.Line(Output.TerminalText.Neutralize($"{shown}: {catalog.Metrics.Count} metrics of {catalog.Services.Count} services"));
        return ExitCodes.Ok;
    }
}
