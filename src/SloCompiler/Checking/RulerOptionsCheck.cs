using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Targets;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// The SLO language's ruler-dependent settings against the target ruler: a <c>keep_firing_for</c> on an alert tier
/// or a <c>query_offset</c> at any level of the settings cascade when the ruler has no such field (SLO153, at the
/// setting), and a native-histogram latency SLI when it lacks <c>histogram_fraction</c> (SLO154, at <c>native</c>).
/// Compile checks against <c>--target</c>; <c>slo lint</c> against its own target (option, lint settings or the
/// project's <c>compile.target</c>), so lint says what compile would.
/// </summary>
internal static class RulerOptionsCheck
{
    public static void Check(IReadOnlyList<SloDocumentSyntax> documents, RulerTarget target, DiagnosticBag diagnostics)
    {
        var settings = documents.SelectMany(Settings).ToList();
        if (!target.Supports(RulerFeature.KeepFiringFor))
        {
            var tiers = settings.Select(s => s.Alerting).SelectMany(a => new[] { a?.Page, a?.Ticket });
            ReportEach(tiers.Select(t => t?.KeepFiringFor), RulerFeature.KeepFiringFor, target, diagnostics);
        }

        if (!target.Supports(RulerFeature.QueryOffset))
        {
            ReportEach(settings.Select(s => s.QueryOffset), RulerFeature.QueryOffset, target, diagnostics);
        }

        if (!target.Supports(RulerFeature.NativeHistogramFunctions))
        {
            var natives = documents.SelectMany(d => d.Services).SelectMany(s => s.Slos)
                .Select(slo => slo.Sli is LatencySliSyntax { Native: { } native } ? native.Span : (SourceSpan?)null)
                .OfType<SourceSpan>();
            foreach (var span in natives)
            {
                diagnostics.Report(DiagnosticDescriptors.NativeHistogramNeedsOtherRuler, span, target.Name,
                    string.Join(", ", RulerTarget.Having(RulerFeature.NativeHistogramFunctions)));
            }
        }
    }

    private static void ReportEach(IEnumerable<Spanned<string>?> written, RulerFeature feature, RulerTarget target, DiagnosticBag diagnostics)
    {
        foreach (var setting in written.OfType<Spanned<string>>())
        {
            diagnostics.Report(DiagnosticDescriptors.SettingNeedsOtherRuler, setting.Span, RulerTarget.Spelling(feature), target.Name,
                string.Join(", ", RulerTarget.Having(feature)));
        }
    }

    private static IEnumerable<SettingsSyntax> Settings(SloDocumentSyntax document) =>
        new[] { document.Defaults }.OfType<SettingsSyntax>()
            .Concat(document.Policies.Select(p => p.Settings))
            .Concat(document.Services.SelectMany(s => s.Slos.Select(slo => slo.Settings).Prepend(s.Settings)));
}
