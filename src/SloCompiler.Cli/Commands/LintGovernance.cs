using System.CommandLine;
using SloCompiler.Catalog;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Governance;
using SloCompiler.Governance.HandWrittenRules;
using SloCompiler.Governance.Routing;
using SloCompiler.Model;
using SloCompiler.Governance.Policy;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// The governance options of <c>slo lint</c> (<c>--catalog</c>, <c>--policy</c>, <c>--alertmanager-config</c>,
/// <c>--coverage</c>), kept apart from <see cref="LintCommand"/> so the two evolve independently. Without
/// any of them lint behaves exactly as before.
/// </summary>
internal sealed class LintGovernance(CliContext context)
{
    private readonly Option<string[]> _catalog = CliOptions.Repeatable(
        "--catalog", "FILE", "metrics known to exist: catalog YAML, /metrics snapshot (*.prom), or C# files/folders to scan "
        + "(repeatable); checks what SLOs read (SLO310-313)");

    private readonly Option<string> _policy = CliOptions.Value(
        "--policy", "FILE", "label policy: forbidden/allowed labels, budgets, waivers (SLO320-325)");

    private readonly Option<string> _alertmanagerConfig = CliOptions.Value(
        "--alertmanager-config", "FILE", "route alerts through this Alertmanager configuration instead of the routes slo generates (SLO333)");

    private readonly Option<bool> _coverage = CliOptions.Flag(
        "--coverage", "print the per-service coverage table (text, or json with --format json) instead of the diagnostics, "
        + "which go to standard error");

    public void AddTo(Command command)
    {
        command.Add(_catalog);
        command.Add(_policy);
        command.Add(_alertmanagerConfig);
        command.Add(_coverage);
    }

    /// <summary>The <c>--catalog</c> inputs merged into one catalog; null without the option.</summary>
    public MetricCatalog? LoadCatalog(ParseResult parse, DiagnosticBag diagnostics) =>
        parse.GetValue(_catalog) is { Length: > 0 } catalogs ? CatalogInputs.Load(catalogs, null, context, diagnostics) : null;

    /// <summary>
    /// Rule files are linted against the catalog's metric types too (SLO421: rate() over a gauge), after
    /// the <c>metric_types</c> of <c>.slo-lint.yml</c>, which name exceptions on purpose and so win.
    /// </summary>
    public static LintConfig WithCatalogTypes(LintConfig config, MetricCatalog? catalog)
    {
        if (catalog is null)
        {
            return config;
        }

        var configured = config.MetricTypes;
        var catalogued = catalog.TypeLookup();
        return config with { MetricTypes = name => configured?.Invoke(name) ?? catalogued(name) };
    }

    /// <summary>
    /// Runs the governance checks when asked to, on the SLO program and on hand-written rule files (those
    /// without slo's generated header: generated rules are checked through their SLOs), adding their
    /// findings to <paramref name="diagnostics"/>; null when not asked.
    /// </summary>
    public IReadOnlyList<CoverageRow>? Check(
        ParseResult parse,
        IReadOnlyList<SourceFile> sources,
        SloProgram? program,
        IReadOnlyList<RuleFile> ruleFiles,
        IReadOnlyList<RuleFile> handWritten,
        MetricCatalog? catalog,
        DiagnosticBag diagnostics)
    {
        var asked = parse.GetValue(_coverage) || parse.GetValue(_catalog) is { Length: > 0 }
            || parse.GetValue(_policy) is not null || parse.GetValue(_alertmanagerConfig) is not null;
        if (!asked)
        {
            return null;
        }

        var policy = SourceReader.ReadOptionFile(parse.GetValue(_policy), context, diagnostics) is { } policySource ? PolicyYamlReader.Read(policySource, diagnostics) : LabelPolicy.Default;
        var router = SourceReader.ReadOptionFile(parse.GetValue(_alertmanagerConfig), context, diagnostics) is { } configSource ? AlertmanagerConfigReader.Read(configSource, diagnostics) : null;
        diagnostics.AddRange(HandWrittenRuleGovernance.Check(handWritten, ruleFiles, catalog, policy, router));
        if (program is null)
        {
            return [];
        }

        var result = GovernanceChecker.Check(program, sources, catalog, policy, router, OriginFile);
        diagnostics.AddRange(result.Diagnostics);
        return HandWrittenRuleGovernance.WithHandWrittenAlerts(result.Coverage, handWritten, router);
    }

    /// <summary>The rule files without slo's generated header: generated rules are checked through their SLOs.</summary>
    public static IReadOnlyList<RuleFile> HandWritten(IReadOnlyList<RuleFile> ruleFiles) =>
        ruleFiles.Where(f => !GeneratedFileGuard.HasGeneratedHeader(f.Source.Text)).ToList();

    /// <summary>With <c>--coverage</c>: the table on stdout, diagnostics on stderr; exit 1 on any error (gaps the policy grades as errors included).</summary>
    public int? WriteCoverage(ParseResult parse, IReadOnlyList<CoverageRow>? coverage, IReadOnlyList<Diagnostic> diagnostics, string format)
    {
        if (coverage is null || !parse.GetValue(_coverage))
        {
            return null;
        }

        CommandSupport.PrintText(context.Error, diagnostics, context);
        context.Out.Write(format == DiagnosticFormat.Json
            ? CoverageTableWriter.Json(coverage)
            : CoverageTableWriter.Text(coverage));
        return CommandSupport.HasErrors(diagnostics) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>A file a catalog origin names, relative to the working directory; null when it cannot be read.</summary>
    private SourceFile? OriginFile(string path)
    {
        try
        {
            // A catalog names its origins: only a regular file inside the working folder, reached
            // without links, is shown (not /dev/zero, a pipe, or a secret outside the repository).
            // Problems reading it are not worth a diagnostic: it only shows the origin's line.
            var full = context.FullPath(path);
            var inside = Path.GetRelativePath(context.WorkingDirectory, full).Replace('\\', '/');
            return ContainedPaths.IsPlain(inside) && ContainedPaths.KindOf(context.WorkingDirectory, inside) == FileKind.Regular
                ? SourceReader.ReadOne(new DiscoveredFile(full, path), new DiagnosticBag())
                : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
