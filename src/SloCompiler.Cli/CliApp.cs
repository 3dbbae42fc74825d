using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using SloCompiler.Cli.CommandLine;

namespace SloCompiler.Cli;

/// <summary>
/// The <c>slo</c> command line as a function of its arguments, writers and working directory, so
/// tests run it in-process. Exit codes: 0 ok, 1 errors or drift, 2 usage, I/O or internal error.
/// </summary>
public static class CliApp
{
    /// <summary>Runs one command with the process environment (terminal, NO_COLOR, SLO_DEBUG).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        Run(args, stdout, stderr, workingDirectory, CliEnvironment.FromProcess());

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, CliEnvironment environment)
    {
        var context = new CliContext(stdout, stderr, Path.GetFullPath(workingDirectory), environment);

        // Help and any message of the parser's own are written in English whatever the machine's
        // language, like everything else slo prints.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return Invoke(args, context);
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
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static int Invoke(string[] args, CliContext context)
    {
        var root = SloCommandLine.Create(context);
        if (args.Length == 0)
        {
            // No command: the overview, on stderr because nothing was done.
            SloCommandLine.Invoke(root.Parse(["--help"]), context.Error, context.Error);
            return ExitCodes.Usage;
        }

        if (args[0] == "help")
        {
            // 'slo help lint' reads as 'slo lint --help', as in git and dotnet.
            args = [.. args.Skip(1), "--help"];
        }

        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = ResponseFiles.Replacer(context) });
        if (parse.Action is ParseErrorAction)
        {
            throw UsageErrors.From(parse);
        }

        if (UsageErrors.Refused(parse, args) is { } refused)
        {
            throw refused;
        }

        return SloCommandLine.Invoke(parse, context.Out, context.Error);
    }
}
