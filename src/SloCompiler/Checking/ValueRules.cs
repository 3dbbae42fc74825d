using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>Parsing of the scalar values users write: durations, decimals and the SLO period.</summary>
internal static partial class ValueRules
{
    public static readonly PromDuration MinPeriod = PromDuration.FromDays(1);
    public static readonly PromDuration MaxPeriod = PromDuration.FromDays(90);

    /// <summary>PromDuration.TryParse, but huge values (which overflow) count as invalid instead of throwing.</summary>
    public static bool TryParseDuration(string text, out PromDuration duration)
    {
        try
        {
            return PromDuration.TryParse(text, out duration);
        }
        catch (OverflowException)
        {
            duration = default;
            return false;
        }
    }

    /// <summary>Reports SLO104 for an invalid duration; returns null then.</summary>
    public static PromDuration? Duration(Spanned<string> text, DiagnosticBag diagnostics)
    {
        if (TryParseDuration(text.Value, out var duration))
        {
            return duration;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidDuration, text.Span, text.Value);
        return null;
    }

    /// <summary>A duration that must also lie in [1d, 90d] (SLO105).</summary>
    public static PromDuration? Period(Spanned<string> text, DiagnosticBag diagnostics)
    {
        var period = Duration(text, diagnostics);
        if (period is { } value && (value < MinPeriod || value > MaxPeriod))
        {
            diagnostics.Report(DiagnosticDescriptors.PeriodOutOfRange, text.Span, value.ToString());
            return null;
        }

        return period;
    }

    /// <summary>Reports SLO103 for anything that is not a plain decimal.</summary>
    public static decimal? Decimal(Spanned<string> text, string value, DiagnosticBag diagnostics)
    {
        if (DecimalText.TryParse(value, out var result))
        {
            return result;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidNumber, text.Span, value);
        return null;
    }

    /// <summary>
    /// Seconds written as a duration (300ms) or a plain number (0.3), as histogram buckets are.
    /// Null when neither; the caller decides what to report.
    /// </summary>
    public static decimal? Seconds(string text)
    {
        if (DecimalText.TryParse(text, out var seconds))
        {
            return seconds;
        }

        return TryParseDuration(text, out var duration) ? duration.TotalSeconds : null;
    }

    /// <summary>True for a zero or negative amount such as <c>0s</c>, <c>0</c> or <c>-300ms</c>.</summary>
    public static bool IsZeroOrNegative(string text)
    {
        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        if (Seconds(body) is { } seconds)
        {
            return negative || seconds == 0;
        }

        // PromDuration rejects zero totals, so "0s" or "0m0s" only show up here
        return ZeroDuration().IsMatch(body);
    }

    [GeneratedRegex(@"^(?:0+(?:y|w|d|h|m|s|ms))+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroDuration();
}
