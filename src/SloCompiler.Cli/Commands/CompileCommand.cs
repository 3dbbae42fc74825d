using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Emit;

namespace SloCompiler.Cli.Commands;

/// <summary><c>slo compile [PATH...] [--out DIR] [--check]</c>: sources → generated files, or a drift check.</summary>
internal sealed class CompileCommand(CliContext context, ProjectFile project)
{
    private readonly Argument<string[]> _paths = CliOptions.Paths("SLO files or folders to compile (default: the current folder)");
    private readonly Option<string> _out = CliOptions.Value("--out", "DIR", "output folder (default: generated)");
    private readonly Option<bool> _check = CliOptions.Flag(
        "--check", "write nothing; list files that differ, are missing or are stale, and exit 1 if there are any (the GitOps drift check)");

    private readonly CompileOptions _options = new();

    public Command Create()
    {
        var command = new Command("compile", "Compiles SLO files (.slo, .yaml, .yml; folders are searched recursively) into Prometheus "
            + "rules, promtool tests, Grafana dashboards, the Alertmanager configuration (when receivers are declared) and "
            + "manifest.json. Only files slo generated are overwritten or deleted; a foreign file in the way is error SLO902 "
            + "and nothing is written.")
        {
            _paths, _out, _check,
        };
        _options.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var fileDiagnostics = new DiagnosticBag();
        var settings = project.Load(parse, fileDiagnostics);
        var outputFolder = parse.GetValue(_out) is { } output ? context.FullPath(output) : settings?.Output ?? context.FullPath("generated");
        var paths = CommandSupport.Paths(parse.GetValue(_paths), settings, context);
        var sources = CommandSupport.LoadSources(paths, context, fileDiagnostics, outputFolder);
        if (fileDiagnostics.HasErrors)
        {
            CommandSupport.PrintText(context.Error, fileDiagnostics.Sorted(), context);
            return ExitCodes.Failed;
        }

        // Read before compiling so a usage error costs nothing; --check builds the same options.
        var options = _options.From(parse, settings?.Settings) with
        {
            AlertmanagerBase = SourceReader.ReadOptionFile(_options.AlertmanagerBasePath(parse) ?? settings?.AlertmanagerBase(context), context, fileDiagnostics),
        };
        if (fileDiagnostics.HasErrors)
        {
            CommandSupport.PrintText(context.Error, fileDiagnostics.Sorted(), context);
            return ExitCodes.Failed;
        }

        var result = Compiler.CheckForEmit(sources, options);
        var diagnostics = CommandSupport.Merge(fileDiagnostics, result.Diagnostics);
        CommandSupport.PrintText(context.Error, diagnostics, context);
        if (result.Program is not { } program)
        {
            return ExitCodes.Failed;
        }

        // Outputs are generated, compared and staged one at a time, so memory holds one file, not all of them.
        var inputs = ArtifactEmitter.ManifestInputs(program, sources);
        return Publish(
            ArtifactEmitter.Stream(program, options),
            hashes => ManifestEmitter.FromHashes(inputs, hashes, options),
            options,
            outputFolder,
            parse.GetValue(_check),
            context);
    }

    /// <summary>How long a run waits for another run writing the same output folder before it gives up (SLO907).</summary>
    internal static TimeSpan OutputLockWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The step after a successful compilation: sync the output folder with exactly these files, or only compare it.</summary>
    internal static int Publish(IReadOnlyList<OutputFile> outputs, EmitOptions options, string outputFolder, bool check, CliContext context) =>
        Publish(outputs, manifest: null, options, outputFolder, check, context);

    /// <summary>
    /// The same for outputs that arrive one at a time; <paramref name="manifest"/> builds the last file from the
    /// hashes of the others.
    /// </summary>
    internal static int Publish(
        IEnumerable<OutputFile> outputs,
        Func<IReadOnlyList<(string Path, string Sha256)>, OutputFile>? manifest,
        EmitOptions options,
        string outputFolder,
        bool check,
        CliContext context)
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

        var changedOptions = ManifestOptions.Differences(outputFolder, options);
        if (check && changedOptions.Count > 0)
        {
            return ReportOtherOptions(changedOptions, folderName, context);
        }

        foreach (var (name, recorded, now) in changedOptions)
        {
            context.Error.Line($"note: {name} is {now}; the last compile into {folderName} used {recorded}");
        }

        using var staging = check ? null : new OutputStaging(outputFolder);
        var plan = OutputSynchronizer.Plan(outputFolder, outputs, manifest, staging);
        var findings = OutputPlanDiagnostics.For(plan, folderName);
        CommandSupport.PrintText(context.Error, findings, context);
        return check ? ReportDrift(plan, folderName, context) : Write(plan, folderName, context);
    }

    /// <summary>
    /// A drift check run with other options than the compile it checks would call every file of the other
    /// options stale: say which options differ instead.
    /// </summary>
    private static int ReportOtherOptions(IReadOnlyList<(string Name, string Recorded, string Now)> changed, string folderName, CliContext context)
    {
        foreach (var (name, recorded, now) in changed)
        {
            context.Out.Line($"option differs: {name} is {now} here, {recorded} in {folderName}{ManifestEmitter.FileName}");
        }

        context.Error.Line($"{folderName} was compiled with other options; check with the same options, or keep them in {Project.ProjectReader.FileName} so every run uses them");
        return ExitCodes.Failed;
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
