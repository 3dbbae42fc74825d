using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Explain;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo compile [PATH...] [--out DIR] [--check]</c>: sources → generated files, or a drift check.</summary>
internal static class CompileCommand
{
    public const string Help = """
        usage: slo compile [PATH...] [--out DIR] [--check] [--dashboard-lang en|es]
                           [--target files|kubernetes] [--namespace NS] [--rule-label KEY=VALUE]...
                           [--max-rules-per-group N] [--alertmanager-mode full|routes]

        Compiles SLO files (.slo, .yaml, .yml; folders are searched recursively) into
        Prometheus rules, promtool tests, Grafana dashboards, the Alertmanager configuration
        (when receivers are declared) and manifest.json under DIR.

          PATH                  files or folders to compile (default: the current folder)
          --out DIR             output folder (default: generated)
          --check               write nothing; list files that differ, are missing or are
                                stale, and exit 1 if there are any (the GitOps drift check)
          --dashboard-lang LANG language of dashboard titles and descriptions: en (default) or es
          --target TARGET       files (default) or kubernetes: also write kubernetes/ with a
                                PrometheusRule per service and a ConfigMap per dashboard
          --namespace NS        namespace of the Kubernetes objects (default: monitoring)
          --rule-label K=V      label on every PrometheusRule so a ruleSelector picks it up,
                                e.g. release=kube-prometheus-stack; repeatable (default:
                                app.kubernetes.io/managed-by=slo)
          --max-rules-per-group N
                                split an SLO's rule group into groups of at most N rules
          --alertmanager-mode MODE
                                full (default): alertmanager/alertmanager.yml, a complete
                                config; routes: alertmanager/routes.yml, only the SLO subtree,
                                receivers and inhibitions, to merge into a platform's config
          -h, --help            show this help

        Only files slo generated are overwritten or deleted; a foreign file in the way is
        error SLO902 and nothing is written.
        """;

    private static readonly OptionSpec[] Options =
    [
        new("--out", "DIR"), new("--check"), new("--dashboard-lang", "LANG", SloExplainer.SupportedLanguages),
        new("--target", "TARGET", ["files", "kubernetes"]), new("--namespace", "NS"),
        new("--rule-label", "KEY=VALUE"), new("--max-rules-per-group", "N"),
        new("--alertmanager-mode", "MODE", ["full", "routes"]),
    ];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ArgumentParser.Parse("compile", args, Options);
        if (parsed.Help)
        {
            context.Out.Line(Help);
            return ExitCodes.Ok;
        }

        var outputFolder = context.FullPath(parsed.Value("--out", "generated"));
        var paths = parsed.Positionals.Count > 0 ? parsed.Positionals : ["."];
        var fileDiagnostics = new DiagnosticBag();
        var sources = CommandSupport.LoadSources(paths, context, fileDiagnostics, outputFolder);
        if (fileDiagnostics.HasErrors)
        {
            CommandSupport.PrintText(context.Error, fileDiagnostics.Sorted(), context);
            return ExitCodes.Failed;
        }

        // Parsed before compiling so a usage error costs nothing; --check builds the same options.
        var options = CompileOptions.From(parsed);
        var result = Compiler.Compile(sources, options);
        var diagnostics = CommandSupport.Merge(fileDiagnostics, result.Diagnostics);
        CommandSupport.PrintText(context.Error, diagnostics, context);
        if (result.HasErrors)
        {
            return ExitCodes.Failed;
        }

        return Publish(result.Outputs, outputFolder, parsed.Flags.Contains("--check"), context);
    }

    /// <summary>How long a run waits for another run writing the same output folder before it gives up (SLO907).</summary>
    internal static TimeSpan OutputLockWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The step after a successful compilation: sync the output folder, or only compare it.</summary>
    internal static int Publish(IReadOnlyList<OutputFile> outputs, string outputFolder, bool check, CliContext context)
    {
        var folderName = context.DisplayPath(outputFolder) + "/";
        using var folderLock = OutputFolderLock.Acquire(outputFolder, exclusive: !check, OutputLockWait);
        if (folderLock is null)
        {
            var busy = Diagnostic.Create(DiagnosticDescriptors.OutputFolderBusy, SourceDiscovery.Nowhere(folderName), folderName,
                OutputLockWait.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            CommandSupport.PrintText(context.Error, [busy], context);
            return ExitCodes.Failed;
        }

        var plan = OutputSynchronizer.Plan(outputFolder, outputs);
        var findings = OutputPlanDiagnostics.For(plan, folderName);
        CommandSupport.PrintText(context.Error, findings, context);
        return check ? ReportDrift(plan, folderName, context) : Write(plan, folderName, context);
    }

    private static int ReportDrift(OutputPlan plan, string folderName, CliContext context)
    {
        var lines = plan.Differs.Select(o => ("differs", o.RelativePath))
            .Concat(plan.Missing.Select(o => ("missing", o.RelativePath)))
            .Concat(plan.Stale.Select(p => ("stale", p)))
            .Concat(plan.Leftovers.Select(p => ("leftover", p)))
            .OrderBy(l => l.Item2, StringComparer.Ordinal);
        foreach (var (kind, path) in lines)
        {
            context.Out.Line(TerminalText.Neutralize($"{kind}: {folderName}{path}"));
        }

        if (plan.IsUpToDate)
        {
            context.Out.Line($"{folderName} is up to date");
            return ExitCodes.Ok;
        }

        context.Error.Line($"{folderName} is out of date; run 'slo compile' and commit the result");
        return ExitCodes.Failed;
    }

    private static int Write(OutputPlan plan, string folderName, CliContext context)
    {
        if (plan.IsRefused)
        {
            return ExitCodes.Failed;
        }

        OutputSynchronizer.Apply(plan);
        var written = plan.Missing.Count + plan.Differs.Count;
        var leftovers = plan.Leftovers.Count > 0 ? $", {plan.Leftovers.Count} leftover temporary files removed" : string.Empty;
        context.Out.Line($"{folderName}: {written} written, {plan.Unchanged} unchanged, {plan.Stale.Count} stale removed{leftovers}");
        return ExitCodes.Ok;
    }
}
