using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Text;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo lint [PATH...] [--format …]</c>: parse and check only, for editors and pull requests.</summary>
internal static class LintCommand
{
    public const string Help = """
        usage: slo lint [PATH...] [--format FORMAT] [--fail-on error|warning] [--changed-since REV]

        Parses and checks SLO files without generating anything and prints the diagnostics
        to standard output. Exits 1 when a diagnostic reaches the --fail-on severity, 0 otherwise.

          PATH                files or folders to check (default: the current folder)
          --format FORMAT     text (default), json, github (workflow annotations), sarif
                              (GitHub code scanning) or checkstyle
          --fail-on LEVEL     error (default) or warning: the least severity that fails the run
          --changed-since REV report only on what changed since the git revision REV (an SLO
                              block or rule with a changed line), still checking every file
          -h, --help          show this help
        """;

    private const string FailOnError = "error";
    private const string FailOnWarning = "warning";

    private static readonly OptionSpec[] Options =
    [
        new("--format", "FORMAT", DiagnosticFormat.All),
        new("--fail-on", "LEVEL", [FailOnError, FailOnWarning]),
        new("--changed-since", "REV"),
    ];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ArgumentParser.Parse("lint", args, Options);
        if (parsed.Help)
        {
            context.Out.Line(Help);
            return ExitCodes.Ok;
        }

        var changes = parsed.Values.TryGetValue("--changed-since", out var revision)
            ? ChangedLines.Since(revision, context.WorkingDirectory)
            : null;

        var paths = parsed.Positionals.Count > 0 ? parsed.Positionals : ["."];
        var fileDiagnostics = new DiagnosticBag();
        var sources = CommandSupport.LoadSources(paths, context, fileDiagnostics);
        var checkDiagnostics = sources.Count > 0 ? Compiler.Check(sources).Diagnostics : [];
        var diagnostics = CommandSupport.Merge(fileDiagnostics, checkDiagnostics);
        if (changes is not null)
        {
            diagnostics = ChangedSinceFilter.Keep(diagnostics, changes, SloScopes(sources), context);
        }

        context.Out.Write(parsed.Value("--format", DiagnosticFormat.Text) switch
        {
            DiagnosticFormat.Json => JsonDiagnosticWriter.Write(diagnostics),
            DiagnosticFormat.Github => GithubDiagnosticWriter.Write(diagnostics),
            DiagnosticFormat.Sarif => SarifDiagnosticWriter.Write(diagnostics),
            DiagnosticFormat.Checkstyle => CheckstyleDiagnosticWriter.Write(diagnostics),
            _ => TextDiagnosticWriter.Write(diagnostics, context.Environment.UseColor),
        });

        var failOn = parsed.Value("--fail-on", FailOnError) == FailOnWarning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        return diagnostics.Any(d => d.Severity >= failOn) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>Each SLO block is one scope for <c>--changed-since</c>: a changed line anywhere in it reports all of its findings.</summary>
    private static IReadOnlyList<SourceSpan> SloScopes(IReadOnlyList<SourceFile> sources) =>
        sources
            .Select(source => SourceParser.Parse(source, new DiagnosticBag()))
            .OfType<Syntax.SloDocumentSyntax>()
            .SelectMany(document => document.Services)
            .SelectMany(service => service.Slos.Select(slo => slo.Span))
            .ToList();
}
