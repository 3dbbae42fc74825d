using SloCompiler.Diagnostics;
using SloCompiler.Model;

namespace SloCompiler.Governance;

/// <summary>
/// A latency threshold must be a bucket boundary the instrumentation really has (SLO313), when the
/// catalog knows the buckets: SLO116 only compares with the buckets written in the SLO file, which
/// can drift from the code.
/// </summary>
internal static class BucketThresholdCheck
{
    public static void Run(GovernanceContext context)
    {
        if (context.Catalog is not { } catalog)
        {
            return;
        }

        foreach (var (service, slo) in context.Slos)
        {
            if (slo.Sli is not LatencySliModel { Native: false } latency || catalog.Resolve(latency.Histogram.MetricName)?.Metric is not { Buckets.Count: > 0 } metric)
            {
                continue;
            }

            if (!metric.Buckets.Contains(latency.ThresholdSeconds))
            {
                // Echoed as written (200ms) and pointed at where it is written, not at the metric.
                var written = latency.ThresholdText ?? DecimalText.Format(latency.ThresholdSeconds);
                context.Report(
                    DiagnosticDescriptors.ThresholdNotCatalogBucket,
                    context.Locator.InSlo(service, slo, written),
                    written,
                    slo.Name,
                    metric.Name,
                    string.Join(", ", metric.Buckets.Select(DecimalText.Format)),
                    DecimalText.Format(latency.ThresholdSeconds));
            }
        }
    }
}
