using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// Whether another SLO of the same service reads the series a scenario feeds: then that SLO's
/// alerts fire too, and an <c>alert_rule_test</c> (which compares every alert of a name) cannot
/// be written without simulating it. Conservative: a shared metric name counts as shared.
/// </summary>
internal static class SiblingInputs
{
    public static bool AreRead(ServiceModel service, SloModel slo, IReadOnlyList<SyntheticSeries> series)
    {
        var fed = series.Select(s => s.Metric).ToHashSet(StringComparer.Ordinal);
        return service.Slos
            .Where(other => !ReferenceEquals(other, slo))
            .Any(other => MetricsReadBy(other).Any(fed.Contains) || (other.Sli is RawSliModel raw && fed.Any(raw.ErrorRatioTemplate.Contains)));
    }

    private static IEnumerable<string> MetricsReadBy(SloModel slo) => slo.Sli switch
    {
        RatioSliModel ratio => new[] { ratio.Bad, ratio.Good, ratio.Total }.OfType<Selector>().Select(s => s.MetricName),
        LatencySliModel { Native: true } native => [native.Histogram.MetricName],
        LatencySliModel latency => [latency.Histogram.MetricName + "_bucket", latency.Histogram.MetricName + "_count"],
        UptimeSliModel uptime => [uptime.Selector.MetricName],
        ThresholdSliModel threshold => [threshold.Metric.MetricName],
        _ => [],
    };
}
