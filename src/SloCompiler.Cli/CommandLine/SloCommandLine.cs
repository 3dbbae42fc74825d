using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using SloCompiler.Cli.Commands;
using SloCompiler.Cli.Files;

namespace SloCompiler.Cli.CommandLine;

/// <summary>
/// The whole <c>slo</c> command line, defined once with System.CommandLine: the commands, their options,
/// the help and tab completions generated from them, and response files (<c>slo lint @args.rsp</c>).
/// </summary>
internal static class SloCommandLine
{
    /// <summary>Help is wrapped at a fixed width so it reads the same in every terminal and log.</summary>
    private const int HelpWidth = 100;

    /// <summary>Runs a parsed command line; help is printed without the padding its layout leaves at line ends.</summary>
    public static int Invoke(ParseResult parse, TextWriter output, TextWriter error)
    {
        var help = parse.Action is HelpAction;
        var buffer = help ? new StringWriter() : output;
        var exitCode = parse.Invoke(new InvocationConfiguration { Output = buffer, Error = error, EnableDefaultExceptionHandler = false });
        if (help)
        {
            var lines = buffer.ToString()!.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd());
            output.Line(string.Join('\n', lines));
        }

        return exitCode;
    }

    public static RootCommand Create(CliContext context)
    {
        var project = new ProjectFile(context);
        project.Option.Recursive = true;
        var root = new RootCommand("Compiles service level objectives into Prometheus rules, promtool tests, Alertmanager "
            + "configuration and Grafana dashboards, and lints SLO files, rule files and Alertmanager configs.")
        {
            project.Option,
            new InitCommand(context).Create(),
            new CompileCommand(context, project).Create(),
            new LintCommand(context, project).Create(),
            new ExplainCommand(context, project).Create(),
            new CatalogCommand(context).Create(),
            ConvertCommand.Create(context),
            new StatusCommand(context, project).Create(),
            new GateCommand(context, project).Create(),
            new ReportCommand(context, project).Create(),
            new BacktestCommand(context, project).Create(),
            new CompletionCommand().Create(),
        };

        root.HelpName = ToolInfo.Name;
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption { Action: HelpAction help }:
                    help.MaxWidth = HelpWidth;
                    break;
                case VersionOption version:
                    version.Action = new PrintVersion();
                    break;
            }
        }

        return root;
    }

    /// <summary>The version line README.md documents ("slo 0.1.0"), not the assembly's informational version.</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.Line($"{ToolInfo.Name} {ToolInfo.Version}");
            return ExitCodes.Ok;
        }
    }
}
