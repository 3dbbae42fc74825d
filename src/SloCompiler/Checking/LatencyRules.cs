using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>Latency SLIs over a classic histogram (base metric name, threshold, buckets and le spellings) or a native one.</summary>
internal static class LatencyRules
{
    public static LatencySliModel? Build(LatencySliSyntax latency, Spanned<string>? objectiveThreshold, DiagnosticBag diagnostics)
    {
        if (latency.Native is not null && latency.Buckets.Count > 0)
        {
            diagnostics.Report(DiagnosticDescriptors.BucketsWithNativeHistogram, latency.Buckets[0].Span.Union(latency.Buckets[^1].Span));
            return null;
        }

        var histogram = Histogram(latency.Histogram, native: latency.Native is not null, diagnostics);
        var buckets = Buckets(latency.Buckets, diagnostics);
        var thresholdText = ThresholdText(latency, objectiveThreshold, diagnostics);
        var threshold = thresholdText is { } text ? Threshold(text, diagnostics) : null;
        if (histogram is null || buckets is null || threshold is null || thresholdText is not { } written)
        {
            return null;
        }

        if (buckets.Count > 0 && !buckets.Contains(threshold.Value))
        {
            diagnostics.Report(DiagnosticDescriptors.ThresholdNotABucket, written.Span, written.Value,
                string.Join(", ", buckets.Select(DecimalText.Format)));
            return null;
        }

        return new LatencySliModel(histogram, threshold.Value, LeValues(threshold.Value), buckets, written.Value)
        {
            Native = latency.Native is not null,
        };
    }

    /// <summary>
    /// The ways client libraries print a bucket boundary: Go writes "0.3" and "1", others "0.30" or
    /// "1.0"; matching all of them keeps the SLI working whichever library exports the histogram.
    /// </summary>
    public static IReadOnlyList<string> LeValues(decimal seconds)
    {
        var canonical = DecimalText.Format(seconds);
        var spellings = new SortedSet<string>(StringComparer.Ordinal) { canonical };
        var point = canonical.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            spellings.Add(canonical + ".0");
        }
        else
        {
            for (var decimals = canonical.Length - point; decimals <= 3; decimals++)
            {
                spellings.Add(seconds.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            }
        }

        return spellings.ToList();
    }

    private static Selector? Histogram(Spanned<string> text, bool native, DiagnosticBag diagnostics)
    {
        var selector = SliBuilder.ParseSelector(text, diagnostics);
        if (selector is null)
        {
            return null;
        }

        if (selector.MetricName.Length == 0)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidSelector, text.Span, text.Value, "a histogram selector needs a metric name");
            return null;
        }

        if (native)
        {
            // A native histogram is one series under its own name: no _bucket or _count to strip.
            return selector;
        }

        // Users paste x_bucket or x_count from dashboards; the emitters add the suffixes themselves
        foreach (var suffix in new[] { "_bucket", "_count" })
        {
            if (selector.MetricName.EndsWith(suffix, StringComparison.Ordinal) && selector.MetricName.Length > suffix.Length)
            {
                return selector.WithMetricName(selector.MetricName[..^suffix.Length]);
            }
        }

        return selector;
    }

    private static List<decimal>? Buckets(IReadOnlyList<Spanned<string>> written, DiagnosticBag diagnostics)
    {
        var buckets = new List<decimal>();
        var ok = true;
        foreach (var bucket in written)
        {
            if (ValueRules.Seconds(bucket.Value) is { } seconds)
            {
                buckets.Add(seconds);
            }
            else
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidDuration, bucket.Span, bucket.Value);
                ok = false;
            }
        }

        return ok ? buckets : null;
    }

    private static Spanned<string>? ThresholdText(LatencySliSyntax latency, Spanned<string>? objectiveThreshold, DiagnosticBag diagnostics)
    {
        if (latency.Threshold is not null && objectiveThreshold is { } conflicting)
        {
            diagnostics.Report(DiagnosticDescriptors.LatencyThresholdConflict, conflicting.Span,
                "the latency threshold is given twice, in 'latency … < X' and in the objective; keep one");
            return null;
        }

        var threshold = latency.Threshold ?? objectiveThreshold;
        if (threshold is null)
        {
            diagnostics.Report(DiagnosticDescriptors.LatencyThresholdConflict, latency.Histogram.Span,
                "a latency SLI needs a threshold: write 'latency metric < 300ms' or 'objective p95 < 300ms'");
        }

        return threshold;
    }

    private static decimal? Threshold(Spanned<string> text, DiagnosticBag diagnostics)
    {
        if (ValueRules.IsZeroOrNegative(text.Value))
        {
            diagnostics.Report(DiagnosticDescriptors.ThresholdNotPositive, text.Span, text.Value);
            return null;
        }

        var seconds = ValueRules.Seconds(text.Value);
        if (seconds is null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidDuration, text.Span, text.Value);
        }

        return seconds;
    }
}
