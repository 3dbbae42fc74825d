using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>A checked objective: exact percent and the <c>over</c> period if written (the threshold goes to the SLI).</summary>
internal sealed record CheckedObjective(decimal Percent, PromDuration? Period);

/// <summary><c>objective 99.9% over 30d</c> and the sugar <c>objective p95 &lt; 300ms</c>.</summary>
internal static class ObjectiveRules
{
    /// <summary>Null when the percent is unusable (already reported).</summary>
    public static CheckedObjective? Check(ObjectiveSyntax objective, DiagnosticBag diagnostics)
    {
        var period = objective.Period is { } periodText ? ValueRules.Period(periodText, diagnostics) : null;
        var percent = objective.LatencyThreshold is null
            ? Percent(objective.Percent, diagnostics)
            : Percentile(objective.Percent, diagnostics);
        return percent is null ? null : new CheckedObjective(percent.Value, period);
    }

    private static decimal? Percent(Spanned<string> text, DiagnosticBag diagnostics)
    {
        // Front ends may keep or drop the '%'; the number is the same either way
        var number = text.Value.Trim().TrimEnd('%');
        var value = ValueRules.Decimal(text, number, diagnostics);
        if (value is { } percent && (percent <= 0 || percent >= 100))
        {
            diagnostics.Report(DiagnosticDescriptors.ObjectiveOutOfRange, text.Span, DecimalText.Format(percent));
            return null;
        }

        return value;
    }

    private static decimal? Percentile(Spanned<string> text, DiagnosticBag diagnostics)
    {
        var number = text.Value.Trim();
        number = number.StartsWith('p') || number.StartsWith('P') ? number[1..] : number;
        if (DecimalText.TryParse(number, out var percentile) && percentile > 0 && percentile < 100)
        {
            return percentile;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidPercentile, text.Span, "p" + number);
        return null;
    }
}
