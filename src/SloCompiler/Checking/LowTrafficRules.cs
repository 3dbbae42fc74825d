using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>
/// <c>min_events N</c> and <c>page min_events=N</c>: a whole number (SLO140); written on an SLO whose SLI counts
/// no events it guards nothing (SLO141). Inherited values are not reported: shared defaults apply where they can.
/// </summary>
internal static class LowTrafficRules
{
    public static long? Parse(Spanned<string> minEvents, DiagnosticBag diagnostics)
    {
        if (long.TryParse(minEvents.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidMinEvents, minEvents.Span, minEvents.Value);
        return null;
    }

    /// <summary>SLO141 at every <c>min_events</c> the SLO itself writes when its SLI has no events to count.</summary>
    public static void CheckApplies(SettingsSyntax sloSettings, SliModel sli, DiagnosticBag diagnostics)
    {
        var kind = sli switch
        {
            RawSliModel => "raw",
            UptimeSliModel => "uptime",
            ThresholdSliModel => "threshold",
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        var written = new[] { sloSettings.MinEvents, sloSettings.Alerting?.Page?.MinEvents, sloSettings.Alerting?.Ticket?.MinEvents };
        foreach (var minEvents in written.OfType<Spanned<string>>())
        {
            diagnostics.Report(DiagnosticDescriptors.MinEventsWithoutEvents, minEvents.Span, kind);
        }
    }
}
