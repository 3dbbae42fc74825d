using SloCompiler.Catalog;
using SloCompiler.Cli.Files;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo catalog scan PATH… --out FILE</c>: the metrics C# code and /metrics snapshots declare, as catalog YAML.</summary>
internal static class CatalogCommand
{
    public const string Help = """
        usage: slo catalog scan PATH... --out FILE [--service NAME]

        Finds the metrics services expose and writes them as a catalog YAML file, which
        'slo lint --catalog FILE' checks SLOs against.

          PATH              C# files or folders (prometheus-net and System.Diagnostics.Metrics
                            instrumentation, read as syntax: nothing is compiled or restored),
                            /metrics snapshots (*.prom, *.metrics, metrics.txt) and catalog YAML
                            files to merge
          --out FILE        where to write the catalog (atomically; '-' for standard output)
          --service NAME    the service of every metric (default: the nearest *.csproj's name,
                            or the snapshot's file name)
          -h, --help        show this help
        """;

    private static readonly OptionSpec[] Options = [new("--out", "FILE"), new("--service", "NAME")];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            context.Out.Line(Help);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        if (args[0] != "scan")
        {
            throw new UsageException($"unknown catalog command '{args[0]}'", "run 'slo catalog --help' for usage");
        }

        var parsed = ArgumentParser.Parse("catalog scan", args.Skip(1).ToList(), Options);
        if (parsed.Help)
        {
            context.Out.Line(Help);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals.Count == 0 || !parsed.Values.TryGetValue("--out", out var output))
        {
            throw new UsageException("'slo catalog scan' needs PATH... and --out FILE", "run 'slo catalog --help' for usage");
        }

        var diagnostics = new DiagnosticBag();
        var catalog = CatalogInputs.Load(parsed.Positionals, parsed.Values.GetValueOrDefault("--service"), context, diagnostics);
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
