using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo lint [PATH...] [--format …]</c>: parse and check only, for editors and pull requests.</summary>
internal static class LintCommand
{
    public const string Help = """
        usage: slo lint [PATH...] [--format text|json|github|sarif]

        Parses and checks SLO files without generating anything and prints the diagnostics
        to standard output. Exits 1 when there is an error, 0 otherwise (warnings included).

          PATH              files or folders to check (default: the current folder)
          --format FORMAT   text (default), json, github (workflow annotations) or sarif
          -h, --help        show this help
        """ + "\n" + LintGovernance.HelpLines;

    private static readonly OptionSpec[] Options = [new("--format", "FORMAT", DiagnosticFormat.All), .. LintGovernance.Options];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ArgumentParser.Parse("lint", args, Options);
        if (parsed.Help)
        {
            context.Out.Line(Help);
            return ExitCodes.Ok;
        }

        var paths = parsed.Positionals.Count > 0 ? parsed.Positionals : ["."];
        var fileDiagnostics = new DiagnosticBag();
        var sources = CommandSupport.LoadSources(paths, context, fileDiagnostics);
        var checkResult = sources.Count > 0 ? Compiler.Check(sources) : null;
        var checkDiagnostics = checkResult?.Diagnostics ?? [];
        var coverage = LintGovernance.Check(parsed, sources, checkResult?.Program, context, fileDiagnostics);
        var diagnostics = CommandSupport.Merge(fileDiagnostics, checkDiagnostics);
        if (LintGovernance.WriteCoverage(parsed, coverage, diagnostics, context) is { } exitCode)
        {
            return exitCode;
        }

        context.Out.Write(parsed.Value("--format", DiagnosticFormat.Text) switch
        {
            DiagnosticFormat.Json => JsonDiagnosticWriter.Write(diagnostics),
            DiagnosticFormat.Github => GithubDiagnosticWriter.Write(diagnostics),
            DiagnosticFormat.Sarif => SarifDiagnosticWriter.Write(diagnostics),
            _ => TextDiagnosticWriter.Write(diagnostics, context.Environment.UseColor),
        });
        return CommandSupport.HasErrors(diagnostics) ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
