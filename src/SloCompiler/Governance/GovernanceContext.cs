using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Routing;
using SloCompiler.Model;
using SloCompiler.Governance.Policy;
using SloCompiler.Text;

namespace SloCompiler.Governance;

/// <summary>What every governance check reads, and where it reports.</summary>
internal sealed class GovernanceContext(
    SloProgram program,
    MetricCatalog? catalog,
    LabelPolicy policy,
    AlertRouter? router,
    ModelLocator locator,
    Func<string, SourceFile?> originFiles,
    DiagnosticBag diagnostics)
{
    public SloProgram Program => program;

    /// <summary>Null when no catalog was given: metric checks are skipped rather than failing every SLO.</summary>
    public MetricCatalog? Catalog => catalog;

    public LabelPolicy Policy => policy;

    /// <summary>Null when there are no routes to simulate (no receivers declared and no configuration given).</summary>
    public AlertRouter? Router => router;

    public ModelLocator Locator => locator;

    public IEnumerable<(ServiceModel Service, SloModel Slo)> Slos =>
        program.Services.SelectMany(service => service.Slos.Select(slo => (service, slo)));

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) => diagnostics.Report(descriptor, span, args);

    /// <summary>
    /// Reports a coverage gap unless it is waived; the policy may lower it to a warning or turn it off.
    /// Returns whether the gap counts (is not waived), for the coverage table.
    /// </summary>
    public bool ReportGap(GapKind kind, string service, string? slo, DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        if (policy.WaiverFor(kind, service, slo) is not null)
        {
            return false;
        }

        if (policy.Graded(kind, descriptor) is { } graded)
        {
            diagnostics.Report(graded, span, args);
        }

        return true;
    }

    /// <summary>
    /// Where a metric was declared (C# or snapshot), for findings about the instrumentation: the quoted
    /// <paramref name="text"/> (a label name) from that line on when the file can be read, else the line.
    /// </summary>
    public SourceSpan AtOrigin(MetricOrigin origin, string? text = null)
    {
        if (originFiles(origin.Path) is not { } file)
        {
            // The file is not at hand (a catalog written elsewhere): blank lines keep the line number right.
            return new SourceSpan(new SourceFile(origin.Path, new string('\n', Math.Max(0, origin.Line - 1))), Math.Max(0, origin.Line - 1), 0);
        }

        var lineStart = file.GetOffset(origin.Line, 1);
        if (text is not null && file.Text.IndexOf($"\"{text}\"", lineStart, StringComparison.Ordinal) is var at and >= 0)
        {
            return new SourceSpan(file, at, text.Length + 2);
        }

        var line = file.GetLineText(file.GetLineIndex(lineStart));
        var indent = line.Length - line.TrimStart().Length;
        return new SourceSpan(file, lineStart + indent, line.Trim().Length);
    }
}
