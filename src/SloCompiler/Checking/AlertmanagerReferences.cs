using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// Tiers against declarations: every written <c>receiver=</c> and <c>during=</c> must name a declared
/// receiver / time interval, and once any receiver is declared every enabled tier must resolve to one.
/// A compilation that declares nothing for Alertmanager is not checked here: it emits no Alertmanager file.
/// </summary>
internal static class AlertmanagerReferences
{
    public static void Check(
        IReadOnlyList<SloDocumentSyntax> documents,
        IReadOnlyList<ServiceModel> services,
        IReadOnlyList<string> receivers,
        IReadOnlyList<string> intervals,
        DiagnosticBag diagnostics)
    {
        var declaresReceivers = documents.Any(d => d.Receivers.Count > 0);
        var declaresIntervals = documents.Any(d => d.TimeIntervals.Count > 0);
        if (!declaresReceivers && !declaresIntervals)
        {
            return;
        }

        // Names that were declared but failed their own checks are already reported: do not report every use too.
        var declaredReceivers = documents.SelectMany(d => d.Receivers).Select(r => r.Name.Value).ToHashSet(StringComparer.Ordinal);
        var declaredIntervals = documents.SelectMany(d => d.TimeIntervals).Select(i => i.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var tier in WrittenTiers(documents))
        {
            if (declaresReceivers && tier.Receiver is { } receiver && !declaredReceivers.Contains(receiver.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownReceiver, receiver.Span, receiver.Value, List(receivers));
            }

            if (tier.During is { } during && !declaredIntervals.Contains(during.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownTimeInterval, during.Span, during.Value, List(intervals));
            }
        }

        if (declaresReceivers)
        {
            ReportMissingReceivers(documents, services, diagnostics);
        }
    }

    private static void ReportMissingReceivers(IReadOnlyList<SloDocumentSyntax> documents, IReadOnlyList<ServiceModel> services, DiagnosticBag diagnostics)
    {
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var service in documents.SelectMany(d => d.Services))
        {
            spans.TryAdd(service.Name.Value, service.Name.Span);
        }

        var fallback = new SourceSpan(documents[0].File, 0, 0);
        foreach (var service in services)
        {
            foreach (var tierName in new[] { "page", "ticket" })
            {
                var missing = service.Slos
                    .Select(slo => tierName == "page" ? slo.Page : slo.Ticket)
                    .Any(tier => tier.Enabled && string.IsNullOrEmpty(tier.Receiver));
                if (missing)
                {
                    diagnostics.Report(DiagnosticDescriptors.MissingTierReceiver, spans.GetValueOrDefault(service.Name, fallback), tierName, service.Name);
                }
            }
        }
    }

    private static IEnumerable<AlertTierSyntax> WrittenTiers(IReadOnlyList<SloDocumentSyntax> documents)
    {
        var settings = documents.SelectMany(d =>
            new[] { d.Defaults }
                .Concat(d.Policies.Select(p => p.Settings))
                .Concat(d.Services.Select(s => s.Settings))
                .Concat(d.Services.SelectMany(s => s.Slos).Select(slo => slo.Settings)));
        foreach (var alerting in settings.Select(s => s?.Alerting).OfType<AlertingSyntax>())
        {
            foreach (var tier in new[] { alerting.Page, alerting.Ticket }.OfType<AlertTierSyntax>())
            {
                yield return tier;
            }
        }
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names);
}
