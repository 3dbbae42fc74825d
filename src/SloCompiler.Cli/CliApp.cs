using SloCompiler.Cli.Commands;

namespace SloCompiler.Cli;

/// <summary>
/// The <c>slo</c> command line as a function of its arguments, writers and working directory, so
/// tests run it in-process. Exit codes: 0 ok, 1 errors or drift, 2 usage, I/O or internal error.
/// </summary>
public static class CliApp
{
    internal const string Help = """
        usage: slo <command> [options]

        Compiles service level objectives into Prometheus rules and promtool tests.

        commands:
          compile [PATH...] [--out DIR] [--check]       generate files (or check for drift)
          lint [PATH...] [--format text|json|github|sarif]  check SLO files, print diagnostics
          explain PATH... [--lang en|es]                describe each SLO in plain words
          catalog scan PATH... --out FILE               catalog the metrics C# code and /metrics snapshots expose

        options:
          -h, --help     show help (also after a command: slo compile --help)
          --version      print the version

        exit codes: 0 ok, 1 errors or drift, 2 usage or I/O error
        """;

    /// <summary>Runs one command with the process environment (terminal, NO_COLOR, SLO_DEBUG).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        Run(args, stdout, stderr, workingDirectory, CliEnvironment.FromProcess());

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, CliEnvironment environment)
    {
        var context = new CliContext(stdout, stderr, Path.GetFullPath(workingDirectory), environment);
        try
        {
            return Dispatch(args, context);
        }
        catch (UsageException e)
        {
            stderr.Line($"slo: {e.Message}");
            stderr.Line(e.Hint);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Line($"slo: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // A bug in slo, not in the user's files: say so briefly; SLO_DEBUG=1 shows where.
            stderr.Line($"internal error: {e.Message}");
            if (environment.Debug)
            {
                stderr.Line(e.ToString().ReplaceLineEndings("\n"));
            }

            return ExitCodes.Usage;
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0)
        {
            context.Error.Line(Help);
            return ExitCodes.Usage;
        }

        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case "-h" or "--help" or "help":
                context.Out.Line(Help);
                return ExitCodes.Ok;
            case "--version":
                context.Out.Line($"{ToolInfo.Name} {ToolInfo.Version}");
                return ExitCodes.Ok;
            case "compile":
                return CompileCommand.Run(rest, context);
            case "lint":
                return LintCommand.Run(rest, context);
            case "explain":
                return ExplainCommand.Run(rest, context);
            case "catalog":
                return CatalogCommand.Run(rest, context);
            default:
                var what = args[0].StartsWith('-') ? "option" : "command";
                throw new UsageException($"unknown {what} '{args[0]}'", "run 'slo --help' for the commands");
        }
    }
}
