using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>Turns a written SLI into its model, checking selectors, thresholds and placeholders.</summary>
internal static partial class SliBuilder
{
    /// <summary>Null when the SLI is unusable; every reason has been reported.</summary>
    public static SliModel? Build(SliSyntax sli, Spanned<string>? objectiveThreshold, DiagnosticBag diagnostics)
    {
        if (sli is not LatencySliSyntax && objectiveThreshold is { } percentile)
        {
            diagnostics.Report(DiagnosticDescriptors.LatencyThresholdConflict, percentile.Span,
                "a percentile objective ('p95 < 300ms') needs a 'latency' or 'histogram' SLI");
            return null;
        }

        return sli switch
        {
            RatioSliSyntax ratio => Ratio(ratio, diagnostics),
            LatencySliSyntax latency => LatencyRules.Build(latency, objectiveThreshold, diagnostics),
            RawSliSyntax raw => Raw(raw, diagnostics),
            ThresholdSliSyntax threshold => ThresholdRules.Build(threshold, diagnostics),
            UptimeSliSyntax uptime => ParseSelector(uptime.Selector, diagnostics) is { } selector ? new UptimeSliModel(selector) : null,
            _ => null,
        };
    }

    /// <summary>Parses a selector, reporting SLO111 at the exact problem inside it.</summary>
    public static Selector? ParseSelector(Spanned<string> text, DiagnosticBag diagnostics)
    {
        var result = SelectorParser.Parse(text.Value);
        if (result.Selector is not null)
        {
            return result.Selector;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidSelector, ValueLocator.Inside(text, result.ErrorOffset, 1), text.Value, result.Error);
        return null;
    }

    private static RatioSliModel? Ratio(RatioSliSyntax ratio, DiagnosticBag diagnostics)
    {
        var complete = true;
        if (ratio.Total is null)
        {
            diagnostics.Report(DiagnosticDescriptors.IncompleteRatio, ratio.Span, "'total' is missing");
            complete = false;
        }

        if (ratio.Bad is not null && ratio.Good is { } goodQuery)
        {
            diagnostics.Report(DiagnosticDescriptors.IncompleteRatio, goodQuery.Span, "both 'bad' and 'good' are given; keep one");
            complete = false;
        }
        else if (ratio.Bad is null && ratio.Good is null)
        {
            diagnostics.Report(DiagnosticDescriptors.IncompleteRatio, ratio.Span, "neither 'bad' nor 'good' is given");
            complete = false;
        }

        var bad = ratio.Bad is { } badText ? ParseSelector(badText, diagnostics) : null;
        var good = ratio.Good is { } goodText ? ParseSelector(goodText, diagnostics) : null;
        var total = ratio.Total is { } totalText ? ParseSelector(totalText, diagnostics) : null;
        var parsed = total is not null && (bad is not null || good is not null);
        return complete && parsed ? new RatioSliModel(bad, good, total!) : null;
    }

    private static RawSliModel? Raw(RawSliSyntax raw, DiagnosticBag diagnostics)
    {
        var text = raw.ErrorRatio.Value;
        var ok = true;
        foreach (Match match in Placeholder().Matches(text))
        {
            if (match.Groups[1].Value != "window")
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownPlaceholder, ValueLocator.Inside(raw.ErrorRatio, match.Index, match.Length),
                    match.Groups[1].Value, "the raw expression", "{window}");
                ok = false;
            }
        }

        var slothWindow = text.IndexOf("{{.window}}", StringComparison.Ordinal);
        if (slothWindow >= 0)
        {
            // A raw query pasted from a Sloth spec: name our placeholder rather than only saying one is missing.
            diagnostics.Report(DiagnosticDescriptors.SlothWindowInRaw, ValueLocator.Inside(raw.ErrorRatio, slothWindow, "{{.window}}".Length));
            ok = false;
        }
        else if (!text.Contains("{window}", StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticDescriptors.RawWithoutWindow, raw.ErrorRatio.Span);
            ok = false;
        }

        return ok && RawSliExpressionCheck.Check(raw.ErrorRatio, diagnostics) ? new RawSliModel(text) : null;
    }

    // Bare identifiers in braces; label matchers always contain an operator, so they never match
    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();
}
