using SloCompiler.Cli.Files;
using SloCompiler.Diagnostics;
using SloCompiler.Live;
using SloCompiler.Model;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// What the live commands (<c>status</c>, <c>gate</c>, <c>report</c>, <c>backtest</c>) share: the SLOs of the sources, narrowed to
/// <c>--service</c>/<c>--slo</c>, and connection failures as one line with exit code 2.
/// </summary>
internal static class LiveSlos
{
    /// <summary>The checked SLOs, or null after printing why there are none (then exit with <paramref name="exitCode"/>).</summary>
    public static IReadOnlyList<SloModel>? Load(
        CliContext context, ProjectFile project, System.CommandLine.ParseResult parse, string[]? paths, string? service, string? slo, out int exitCode)
    {
        var fileDiagnostics = new DiagnosticBag();
        var sources = CommandSupport.LoadSources(CommandSupport.Paths(paths, project.Load(parse, fileDiagnostics), context), context, fileDiagnostics);
        exitCode = ExitCodes.Usage;
        if (fileDiagnostics.HasErrors)
        {
            CommandSupport.PrintText(context.Error, fileDiagnostics.Sorted(), context);
            return null;
        }

        var result = Compiler.Check(sources);
        var diagnostics = CommandSupport.Merge(fileDiagnostics, result.Diagnostics);
        CommandSupport.PrintText(context.Error, diagnostics, context);
        if (result.Program is null || result.HasErrors)
        {
            return null;
        }

        var slos = result.Program.Services.SelectMany(s => s.Slos)
            .Where(s => (service is null || s.Service == service) && (slo is null || s.Name == slo))
            .OrderBy(s => s.Service, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        if (slos.Count == 0)
        {
            var known = string.Join(", ", result.Program.Services.SelectMany(s => s.Slos).Select(s => $"{s.Service}/{s.Name}").Order(StringComparer.Ordinal).Take(20));
            var what = slo is null ? $"service '{service}'" : $"SLO '{service ?? "*"}/{slo}'";
            context.Error.Line($"error {DiagnosticDescriptors.GateUnknownSlo.Code}: no {what} in the sources; known: {(known.Length == 0 ? "none" : known)}");
            return null;
        }

        return slos;
    }

    /// <summary>Runs a live read; a connection, HTTP or API failure is printed as one line and exits 2.</summary>
    public static int Guard(CliContext context, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (PrometheusException e)
        {
            context.Error.Line(e.Line);
            return ExitCodes.Usage;
        }
    }

    /// <summary>API warnings go to standard error too, so a job log shows them even when stdout is a file.</summary>
    public static void PrintWarnings(CliContext context, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            context.Error.Line($"warning {DiagnosticDescriptors.PrometheusWarning.Code}: the server warned: {warning}");
        }
    }
}
