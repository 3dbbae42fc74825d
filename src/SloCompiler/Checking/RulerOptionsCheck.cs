using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Targets;

namespace SloCompiler.Checking;

/// <summary>
/// The SLO language's ruler-dependent settings against <c>--target</c>: a <c>keep_firing_for</c> on an alert tier
/// when the target ruler has no such field (SLO153, at the setting). Compile time only, like
/// <see cref="AlertmanagerOptionsCheck"/>: the target is a compile option, and lint and explain write no rules.
/// </summary>
internal static class RulerOptionsCheck
{
    public static void Check(IReadOnlyList<SloDocumentSyntax> documents, RulerTarget target, DiagnosticBag diagnostics)
    {
        if (target.Supports(RulerFeature.KeepFiringFor))
        {
            return;
        }

        foreach (var tier in documents.SelectMany(Settings).Select(s => s.Alerting).SelectMany(a => new[] { a?.Page, a?.Ticket }))
        {
            if (tier?.KeepFiringFor is { } keepFiringFor)
            {
                diagnostics.Report(DiagnosticDescriptors.SettingNeedsOtherRuler, keepFiringFor.Span, "keep_firing_for", target.Name,
                    string.Join(", ", RulerTarget.Having(RulerFeature.KeepFiringFor)));
            }
        }
    }

    private static IEnumerable<SettingsSyntax> Settings(SloDocumentSyntax document) =>
        new[] { document.Defaults }.OfType<SettingsSyntax>()
            .Concat(document.Policies.Select(p => p.Settings))
            .Concat(document.Services.SelectMany(s => s.Slos.Select(slo => slo.Settings).Prepend(s.Settings)));
}
