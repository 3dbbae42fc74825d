using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.HandWrittenRules;
using SloCompiler.Linting;
using SloCompiler.Parsing;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo lint [PATH...]</c>: checks SLO files and Prometheus rule files (hand-written or generated)
/// without writing anything, for editors and pull requests.
/// </summary>
internal static class LintCommand
{
    public const string Help = """
        usage: slo lint [PATH...] [--format FORMAT] [--fail-on error|warning] [--changed-since REV]
                        [--config FILE]

        Checks SLO files (*.slo, SLO YAML) and Prometheus rule files (groups: files and
        PrometheusRule objects) without generating anything and prints the diagnostics to
        standard output. Exits 1 when a diagnostic reaches the --fail-on severity, 0 otherwise.

          PATH                files or folders to check (default: the current folder)
          --format FORMAT     text (default), json, github (workflow annotations), sarif
                              (GitHub code scanning) or checkstyle
          --fail-on LEVEL     error (default) or warning: the least severity that fails the run
          --changed-since REV report only on what changed since the git revision REV (an SLO
                              block or rule with a changed line), still checking every file
          --config FILE       lint settings (default: .slo-lint.yml in the current folder, if any)
          -h, --help          show this help
        """ + "\n" + LintGovernance.HelpLines;

    private const string FailOnError = "error";
    private const string FailOnWarning = "warning";

    private static readonly OptionSpec[] Options =
    [
        new("--format", "FORMAT", DiagnosticFormat.All),
        new("--fail-on", "LEVEL", [FailOnError, FailOnWarning]),
        new("--changed-since", "REV"),
        new("--config", "FILE"),
        .. LintGovernance.Options,
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
        var found = new DiagnosticBag();
        var config = ReadConfig(parsed.Values.GetValueOrDefault("--config"), context, found);
        var sources = LintSources.Sort(CommandSupport.LoadSources(paths, context, found, keepGenerated: true));

        var check = sources.SloSources.Count > 0 ? Compiler.Check(sources.SloSources) : null;
        var catalog = LintGovernance.LoadCatalog(parsed, context, found);
        var checkedDiagnostics = new DiagnosticBag();
        checkedDiagnostics.AddRange(check?.Diagnostics ?? []);
        var ruleFiles = sources.RuleFiles.Select(f => RuleFileReader.Read(f)).ToList();
        var handWritten = LintGovernance.HandWritten(ruleFiles);
        var coverage = LintGovernance.Check(parsed, sources.SloSources, check?.Program, ruleFiles, handWritten, catalog, context, checkedDiagnostics);
        if (check?.Program is { } program)
        {
            checkedDiagnostics.AddRange(DownAlertCheck.Run(program.Alertmanager, handWritten));
        }

        var rules = RuleLinter.Lint(ruleFiles, LintGovernance.WithCatalogTypes(config, catalog));
        found.AddRange(SeverityOverrides.Apply(config, checkedDiagnostics.Items));
        found.AddRange(rules.Diagnostics);

        IReadOnlyList<Diagnostic> diagnostics = found.Sorted();
        if (changes is not null)
        {
            var scopes = SloScopes(sources.SloSources).Concat(rules.Rules.Select(r => r.Span)).ToList();
            diagnostics = ChangedSinceFilter.Keep(diagnostics, changes, scopes, context);
        }

        if (LintGovernance.WriteCoverage(parsed, coverage, diagnostics, context) is { } coverageExitCode)
        {
            return coverageExitCode;
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

    /// <summary>
    /// <c>--config FILE</c> must exist; without it <c>.slo-lint.yml</c> in the working folder is used
    /// when present. Problems inside the file are diagnostics like any other.
    /// </summary>
    private static LintConfig ReadConfig(string? explicitPath, CliContext context, DiagnosticBag diagnostics)
    {
        var path = context.FullPath(explicitPath ?? LintConfigReader.FileName);
        if (!File.Exists(path))
        {
            return explicitPath is null
                ? LintConfig.Default
                : throw new UsageException($"--config: '{explicitPath}' does not exist", "give the path of a lint settings file, e.g. .slo-lint.yml");
        }

        var source = new SourceFile(context.DisplayPath(path), File.ReadAllText(path));
        return LintConfigReader.Read(source, diagnostics);
    }

    /// <summary>Each SLO block is one scope for <c>--changed-since</c>: a changed line anywhere in it reports all of its findings.</summary>
    private static IEnumerable<SourceSpan> SloScopes(IReadOnlyList<SourceFile> sources) =>
        SourceParser.ParseAll(sources, new DiagnosticBag())
            .SelectMany(document => document.Services)
            .SelectMany(service => service.Slos.Select(slo => slo.Span));
}
