using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary><c>min_events N</c>: a whole number (SLO140), on an SLI that counts events (SLO141).</summary>
internal static class LowTrafficRules
{
    public static long? Check(Spanned<string> minEvents, SliModel? sli, DiagnosticBag diagnostics)
    {
        if (!long.TryParse(minEvents.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidMinEvents, minEvents.Span, minEvents.Value);
            return null;
        }

        if (sli is RawSliModel or UptimeSliModel or ThresholdSliModel)
        {
            diagnostics.Report(DiagnosticDescriptors.MinEventsWithoutEvents, minEvents.Span, sli switch
            {
                RawSliModel => "raw",
                UptimeSliModel => "uptime",
                _ => "threshold",
            });
        }

        return value;
    }
}
