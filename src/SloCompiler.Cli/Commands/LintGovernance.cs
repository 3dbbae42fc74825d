using SloCompiler.Catalog;
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
internal static class LintGovernance
{
    public const string HelpLines = """
          --catalog FILE    metrics known to exist: catalog YAML, /metrics snapshot (*.prom), or C#
                            files/folders to scan (repeatable); checks what SLOs read (SLO310-313)
          --policy FILE     label policy: forbidden/allowed labels, budgets, waivers (SLO320-325)
          --alertmanager-config FILE
                            route alerts through this Alertmanager configuration instead of the
                            routes slo generates (SLO333)
          --coverage        print the per-service coverage table (text, or json with --format json)
                            instead of the diagnostics, which go to standard error
        """;

    public static readonly OptionSpec[] Options =
    [
        new("--catalog", "FILE"),
        new("--policy", "FILE"),
        new("--alertmanager-config", "FILE"),
        new("--coverage"),
    ];

    /// <summary>The <c>--catalog</c> inputs merged into one catalog; null without the option.</summary>
    public static MetricCatalog? LoadCatalog(ParsedArguments parsed, CliContext context, DiagnosticBag diagnostics) =>
        parsed.All("--catalog").Count > 0 ? CatalogInputs.Load(parsed.All("--catalog"), null, context, diagnostics) : null;

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
    public static IReadOnlyList<CoverageRow>? Check(
        ParsedArguments parsed,
        IReadOnlyList<SourceFile> sources,
        SloProgram? program,
        IReadOnlyList<RuleFile> ruleFiles,
        IReadOnlyList<RuleFile> handWritten,
        MetricCatalog? catalog,
        CliContext context,
        DiagnosticBag diagnostics)
    {
        var asked = parsed.Flags.Contains("--coverage") || Options.Any(o => o.TakesValue && parsed.Values.ContainsKey(o.Name));
        if (!asked)
        {
            return null;
        }

        var policy = ReadFile(parsed, "--policy", context, diagnostics) is { } policySource ? PolicyYamlReader.Read(policySource, diagnostics) : LabelPolicy.Default;
        var router = ReadFile(parsed, "--alertmanager-config", context, diagnostics) is { } configSource ? AlertmanagerConfigReader.Read(configSource, diagnostics) : null;
        diagnostics.AddRange(HandWrittenRuleGovernance.Check(handWritten, ruleFiles, catalog, policy, router));
        if (program is null)
        {
            return [];
        }

        var result = GovernanceChecker.Check(program, sources, catalog, policy, router, path => OriginFile(path, context));
        diagnostics.AddRange(result.Diagnostics);
        return HandWrittenRuleGovernance.WithHandWrittenAlerts(result.Coverage, handWritten, router);
    }

    /// <summary>The rule files without slo's generated header: generated rules are checked through their SLOs.</summary>
    public static IReadOnlyList<RuleFile> HandWritten(IReadOnlyList<RuleFile> ruleFiles) =>
        ruleFiles.Where(f => !GeneratedFileGuard.HasGeneratedHeader(f.Source.Text)).ToList();

    /// <summary>With <c>--coverage</c>: the table on stdout, diagnostics on stderr; exit 1 on any error (gaps the policy grades as errors included).</summary>
    public static int? WriteCoverage(ParsedArguments parsed, IReadOnlyList<CoverageRow>? coverage, IReadOnlyList<Diagnostic> diagnostics, CliContext context)
    {
        if (coverage is null || !parsed.Flags.Contains("--coverage"))
        {
            return null;
        }

        CommandSupport.PrintText(context.Error, diagnostics, context);
        context.Out.Write(parsed.Value("--format", DiagnosticFormat.Text) == DiagnosticFormat.Json
            ? CoverageTableWriter.Json(coverage)
            : CoverageTableWriter.Text(coverage));
        return CommandSupport.HasErrors(diagnostics) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>A file a catalog origin names, relative to the working directory; null when it cannot be read.</summary>
    private static SourceFile? OriginFile(string path, CliContext context)
    {
        try
        {
            // A catalog names its origins: only a regular file inside the working folder, reached
            // without links, is shown (not /dev/zero, a pipe, or a secret outside the repository).
            var full = context.FullPath(path);
            var inside = Path.GetRelativePath(context.WorkingDirectory, full).Replace('\\', '/');
            return ContainedPaths.IsPlain(inside) && ContainedPaths.KindOf(context.WorkingDirectory, inside) == FileKind.Regular
                ? new SourceFile(path, File.ReadAllText(full))
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static SourceFile? ReadFile(ParsedArguments parsed, string option, CliContext context, DiagnosticBag diagnostics)
    {
        if (!parsed.Values.TryGetValue(option, out var path))
        {
            return null;
        }

        var full = context.FullPath(path);
        if (!File.Exists(full))
        {
            diagnostics.Report(DiagnosticDescriptors.PathNotFound, SourceDiscovery.Nowhere(path), path);
            return null;
        }

        return SourceReader.Read([new DiscoveredFile(full, context.DisplayPath(full))], diagnostics).FirstOrDefault();
    }
}
