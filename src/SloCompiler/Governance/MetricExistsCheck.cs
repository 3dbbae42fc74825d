using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;

namespace SloCompiler.Governance;

/// <summary>
/// Every metric an SLO reads is in the catalog (SLO310), with a type that fits how it is read
/// (SLO311: a counter under rate, a histogram for a latency SLI), and every label it matches
/// exists on the metric (SLO312) unless the metric's labels are open (Meter instruments).
/// Prometheus' own series (<c>up</c>, <c>scrape_*</c>) always exist.
/// </summary>
internal static class MetricExistsCheck
{
    private static readonly string[] SynthesizedSeries = ["up", "scrape_duration_seconds", "scrape_samples_scraped", "scrape_samples_post_metric_relabeling", "scrape_series_added"];

    /// <summary>Labels every scraped series has, whatever the instrumentation declares.</summary>
    private static readonly string[] TargetLabels = ["job", "instance", "le"];

    public static void Run(GovernanceContext context, ISet<string> unconfirmedSlos)
    {
        if (context.Catalog is not { } catalog)
        {
            return;
        }

        foreach (var (service, slo) in context.Slos)
        {
            foreach (var read in SliReads.Of(slo.Sli))
            {
                if (SynthesizedSeries.Contains(read.Metric, StringComparer.Ordinal))
                {
                    continue;
                }

                var span = context.Locator.InSlo(service, slo, read.Metric);
                if (catalog.Resolve(read.Metric) is not { } match)
                {
                    if (context.ReportGap(GapKind.MetricNotInCatalog, service.Name, slo.Name, DiagnosticDescriptors.MetricNotInCatalog, span, slo.Name, read.Metric))
                    {
                        unconfirmedSlos.Add($"{service.Name}/{slo.Name}");
                    }

                    continue;
                }

                if (Misfit(read.Use, match) is { } expected)
                {
                    context.Report(DiagnosticDescriptors.IncompatibleMetricType, span, slo.Name, read.Metric, expected, match.Metric.Type.ToText(), match.Metric.Origin);
                }

                if (!match.Metric.LabelsOpen)
                {
                    foreach (var label in read.Labels.Concat(slo.GroupBy).Distinct(StringComparer.Ordinal))
                    {
                        if (!TargetLabels.Contains(label, StringComparer.Ordinal) && match.Metric.Label(label) is null)
                        {
                            var labels = match.Metric.Labels.Count == 0 ? "none" : string.Join(", ", match.Metric.Labels.Select(l => l.Name));
                            context.Report(DiagnosticDescriptors.LabelNotInCatalog, context.Locator.InSlo(service, slo, label), slo.Name, label, match.Metric.Name, labels);
                        }
                    }
                }
            }
        }
    }

    /// <summary>What the SLI needs, when the catalog type does not give it; untyped metrics get the benefit of the doubt.</summary>
    private static string? Misfit(MetricUse use, CatalogMatch match)
    {
        if (match.Metric.Type == MetricType.Untyped)
        {
            return null;
        }

        return use switch
        {
            MetricUse.Rate when match.SeriesType != MetricType.Counter => "a counter under rate()",
            MetricUse.Buckets when match.Metric.Type != MetricType.Histogram => "a histogram with _bucket series and le",
            _ => null,
        };
    }
}
