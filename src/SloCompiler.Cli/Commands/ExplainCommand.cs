using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Diagnostics;
using SloCompiler.Explain;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo explain [PATH...] [--lang en|es]</c>: each SLO in plain words.</summary>
internal sealed class ExplainCommand(CliContext context, ProjectFile project)
{
    private readonly Argument<string[]> _paths = CliOptions.Paths("SLO files or folders to explain (default: the current folder)");
    private readonly Option<string> _language = CliOptions.Choice("--lang", SloExplainer.SupportedLanguages, "en", "language of the explanation");

    public Command Create()
    {
        var command = new Command("explain", "Checks the SLO files and describes every SLO and its alerts in plain words.")
        {
            _paths, _language,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var fileDiagnostics = new DiagnosticBag();
        var paths = CommandSupport.Paths(parse.GetValue(_paths), project.Load(parse, fileDiagnostics), context);
        var sources = CommandSupport.LoadSources(paths, context, fileDiagnostics);
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

        var explanation = SloExplainer.Explain(result.Program, parse.GetValue(_language)!);
        context.Out.Write(explanation.EndsWith('\n') ? explanation : explanation + "\n");
        return ExitCodes.Ok;
    }
}
