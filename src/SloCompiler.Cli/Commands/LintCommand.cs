using System.CommandLine;
using SloCompiler.Cli.CommandLine;
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
internal sealed class LintCommand(CliContext context, ProjectFile project)
{
    private const string FailOnError = "error";
    private const string FailOnWarning = "warning";

    private readonly Argument<string[]> _paths = CliOptions.Paths("files or folders to check (default: the current folder)");

    private readonly Option<string> _format = CliOptions.Choice(
        "--format", DiagnosticFormat.All, DiagnosticFormat.Text,
        "text, json, github (workflow annotations), sarif (GitHub code scanning) or checkstyle");

    private readonly Option<string> _failOn = CliOptions.Choice(
        "--fail-on", [FailOnError, FailOnWarning], FailOnError, "the least severity that fails the run");

    private readonly Option<string> _changedSince = CliOptions.Value(
        "--changed-since", "REV", "report only on what changed since the git revision REV (an SLO block or rule with a changed line), "
        + "still checking every file");

    private readonly Option<string> _config = CliOptions.Value(
        "--config", "FILE", "lint settings (default: .slo-lint.yml in the current folder, if any)");

    private readonly Option<string> _prometheusConfig = CliOptions.Value(
        "--prometheus-config", "FILE", "the Prometheus server's prometheus.yml: its global.scrape_interval is the one rate windows are held to (SLO422)");

    private readonly Option<string> _target = CliOptions.Choice(
        "--target", [.. Targets.RulerTarget.All.Select(t => t.Name)], Targets.RulerTarget.Default.Name,
        "the ruler the rule files and SLO files are for: a field or function it lacks is SLO442/SLO443, a setting or SLI is SLO153/SLO154 "
        + "(default: target: of the lint settings, else the ruler of the project's compile.target, else prometheus@2.42)");

    private readonly Option<bool> _verbose = CliOptions.Flag(
        "--verbose", "list on standard error the YAML files found in folders that no front end reads, and why");

    private readonly LintGovernance _governance = new(context);

    public Command Create()
    {
        var command = new Command("lint", "Checks SLO files (*.slo, SLO YAML) and Prometheus rule files (groups: files and "
            + "PrometheusRule objects) without generating anything and prints the diagnostics to standard output. Exits 1 when "
            + "a diagnostic reaches the --fail-on severity, 0 otherwise.")
        {
            _paths, _format, _failOn, _changedSince, _config, _prometheusConfig, _target, _verbose,
        };
        _governance.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var changes = parse.GetValue(_changedSince) is { } revision
            ? ChangedLines.Since(revision, context.WorkingDirectory)
            : null;

        var found = new DiagnosticBag();
        var settings = project.Load(parse, found);
        var paths = CommandSupport.Paths(parse.GetValue(_paths), settings, context);
        var config = ReadConfig(parse.GetValue(_config), settings, found);
        if (SourceReader.ReadOptionFile(parse.GetValue(_prometheusConfig), context, found) is { } prometheusConfig
            && PrometheusConfigReader.ScrapeInterval(prometheusConfig, found) is { } interval)
        {
            config = config with { ScrapeInterval = interval };
        }

        var targetOption = parse.GetResult(_target) is { Implicit: false } ? Targets.RulerTarget.Parse(parse.GetValue(_target)!) : null;
        config = config.ForRuler(targetOption, settings?.Settings.Ruler);

        var loaded = CommandSupport.LoadSources(paths, context, found, keepGenerated: true);
        if (parse.GetValue(_verbose))
        {
            // On stderr, so --format json and sarif stay machine-readable.
            foreach (var line in SkippedFiles.Describe(loaded))
            {
                context.Error.Line(line);
            }
        }

        var sources = LintSources.Sort(loaded);

        var check = sources.SloSources.Count > 0 ? Compiler.Check(sources.SloSources, config.Target) : null;
        var catalog = _governance.LoadCatalog(parse, found);
        var checkedDiagnostics = new DiagnosticBag();
        checkedDiagnostics.AddRange(check?.Diagnostics ?? []);
        var ruleFiles = sources.RuleFiles.Select(f => RuleFileReader.Read(f, config.Target.PromQl)).ToList();
        var handWritten = LintGovernance.HandWritten(ruleFiles);
        var coverage = _governance.Check(parse, sources.SloSources, check?.Program, ruleFiles, handWritten, catalog, checkedDiagnostics);
        if (check?.Program is { } program)
        {
            checkedDiagnostics.AddRange(DownAlertCheck.Run(program.Alertmanager, handWritten));
            found.AddRange(GeneratedRuleFindings.Find(program, sources.SloSources, config));
        }

        var rules = RuleLinter.Lint(ruleFiles, LintGovernance.WithCatalogTypes(config, catalog));
        found.AddRange(SeverityOverrides.Apply(config, checkedDiagnostics.Items));
        found.AddRange(rules.Diagnostics);

        IReadOnlyList<Diagnostic> diagnostics = found.Sorted();
        if (changes is not null)
        {
            // Findings on changed lines, and findings the change introduced anywhere (lint of the base revision).
            var scopes = SloScopes(sources.SloSources).Concat(rules.Rules.Select(r => r.Span)).ToList();
            var onChangedLines = ChangedSinceFilter.Keep(diagnostics, changes, scopes, context);
            var introduced = BaselineFindings.Of(parse.GetValue(_changedSince)!, parse, _changedSince, context).New(diagnostics);
            var kept = onChangedLines.Concat(introduced).ToHashSet(ReferenceEqualityComparer.Instance);
            diagnostics = diagnostics.Where(kept.Contains).ToList();
        }

        if (_governance.WriteCoverage(parse, coverage, diagnostics, parse.GetValue(_format)!) is { } coverageExitCode)
        {
            return coverageExitCode;
        }

        if (parse.GetValue(_format) == DiagnosticFormat.Json)
        {
            JsonDiagnosticWriter.WriteTo(context.Out, diagnostics);
        }
        else
        {
            context.Out.Write(parse.GetValue(_format) switch
            {
                DiagnosticFormat.Github => GithubDiagnosticWriter.Write(diagnostics),
                DiagnosticFormat.Sarif => SarifDiagnosticWriter.Write(diagnostics),
                DiagnosticFormat.Checkstyle => CheckstyleDiagnosticWriter.Write(diagnostics),
                _ => TextDiagnosticWriter.Write(diagnostics, context.Environment.UseColor),
            });
        }

        var failOn = parse.GetValue(_failOn) == FailOnWarning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        return diagnostics.Any(d => d.Severity >= failOn) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>
    /// <c>--config FILE</c> must exist; without it the project file's <c>lint:</c> section applies, else
    /// <c>.slo-lint.yml</c> in the working folder when present. Problems inside the file are diagnostics
    /// like any other.
    /// </summary>
    private LintConfig ReadConfig(string? explicitPath, LoadedProject? settings, DiagnosticBag diagnostics)
    {
        if (explicitPath is null && settings?.Settings.Lint is { } projectLint)
        {
            return projectLint;
        }

        var path = context.FullPath(explicitPath ?? LintConfigReader.FileName);
        if (!File.Exists(path))
        {
            return explicitPath is null
                ? LintConfig.Default
                : throw new UsageException($"--config: '{explicitPath}' does not exist", "give the path of a lint settings file, e.g. .slo-lint.yml");
        }

        // The default .slo-lint.yml comes with the repository: a pipe there must be SLO901, not a hang.
        if (SourceReader.ReadOne(new DiscoveredFile(path, context.DisplayPath(path)), diagnostics) is not { } source)
        {
            return LintConfig.Default;
        }

        return LintConfigReader.Read(source, diagnostics);
    }

    /// <summary>Each SLO block is one scope for <c>--changed-since</c>: a changed line anywhere in it reports all of its findings.</summary>
    private static IEnumerable<SourceSpan> SloScopes(IReadOnlyList<SourceFile> sources) =>
        SourceParser.ParseAll(sources, new DiagnosticBag())
            .SelectMany(document => document.Services)
            .SelectMany(service => service.Slos.Select(slo => slo.Span));
}
