using SloCompiler.Diagnostics;
using SloCompiler.Explain;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo explain PATH [--lang en|es]</c>: each SLO in plain words.</summary>
internal static class ExplainCommand
{
    public const string Help = """
        usage: slo explain PATH... [--lang en|es]

        Checks the SLO files and describes every SLO and its alerts in plain words.

          PATH          files or folders to explain
          --lang LANG   en (default) or es
          -h, --help    show this help
        """;

    private static readonly OptionSpec[] Options = [new("--lang", "LANG", SloExplainer.SupportedLanguages)];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ArgumentParser.Parse("explain", args, Options);
        if (parsed.Help)
        {
            context.Out.Line(Help);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("'slo explain' needs a PATH", "run 'slo explain --help' for usage");
        }

        var fileDiagnostics = new DiagnosticBag();
        var sources = CommandSupport.LoadSources(parsed.Positionals, context, fileDiagnostics);
        if (fileDiagnostics.HasErrors)
        {
            CommandSupport.PrintText(context.Error, fileDiagnostics.Sorted(), context);
            return ExitCodes.Failed;
        }

        var result = Compiler.Check(sources);
        var diagnostics = CommandSupport.Merge(fileDiagnostics, result.Diagnostics);
        CommandSupport.PrintText(context.Error, diagnostics, context);
        if (result.Program is null || result.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var explanation = SloExplainer.Explain(result.Program, parsed.Value("--lang", "en"));
        context.Out.Write(explanation.EndsWith('\n') ? explanation : explanation + "\n");
        return ExitCodes.Ok;
    }
}
