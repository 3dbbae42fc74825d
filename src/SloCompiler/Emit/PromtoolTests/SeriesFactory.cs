using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>
/// Input series that satisfy an SLO's selectors. Ratio SLIs with a bad selector also get a 2xx-like
/// and a 4xx-like series that count towards the total but not the errors, so tests show that
/// healthy traffic including client errors fires nothing. Null when no label set can be found.
/// </summary>
internal static class SeriesFactory
{
    /// <summary>Share of good events sent to the second non-error series.</summary>
    private const decimal SecondShare = 0.1m;

    public static IReadOnlyList<SyntheticSeries>? For(SloModel slo) => slo.Sli switch
    {
        RatioSliModel { Bad: { } bad } ratio => Split(ratio.Total, bad, slo.GroupBy, p => p.Bad, p => p.Good, partIsErrors: true),
        RatioSliModel { Good: { } good } ratio => Split(ratio.Total, good, slo.GroupBy, p => p.Good, p => p.Bad, partIsErrors: false),
        LatencySliModel { Native: true } => null,
        LatencySliModel latency => Histogram(latency, slo.GroupBy),
        UptimeSliModel uptime => LabelSynthesizer.Satisfy(uptime.Selector.Matchers, slo.GroupBy) is { } labels
            ? [new SyntheticSeries(uptime.Selector.MetricName, labels, p => p.Good / (p.Good + p.Bad), IsGauge: true)]
            : null,
        RawSliModel raw => RawSliSeries.For(raw, slo.GroupBy),
        ThresholdSliModel threshold => Threshold(threshold, slo.GroupBy),
        _ => null,
    };

    /// <summary>
    /// One gauge series that sits on the threshold's edge: healthy minutes hold the last good value
    /// (999 for &lt; 1000, 1000 for &lt;= 1000) and failing minutes the first bad one, so the tests also
    /// pin which side of the threshold the comparison puts the value itself. A <c>count</c> of one
    /// series is always 1 and cannot be driven across a threshold, so it gets no series.
    /// </summary>
    private static IReadOnlyList<SyntheticSeries>? Threshold(ThresholdSliModel threshold, IReadOnlyList<string> groupBy)
    {
        if (threshold.Aggregation == "count" || LabelSynthesizer.Satisfy(threshold.Metric.Matchers, groupBy) is not { } labels)
        {
            return null;
        }

        var value = threshold.Value;
        var (good, bad) = threshold.Operator switch
        {
            "<" => (value - 1, value),
            "<=" => (value, value + 1),
            ">" => (value + 1, value),
            _ => (value, value - 1),
        };
        return [new SyntheticSeries(threshold.Metric.MetricName, labels, p => p.Bad > 0 ? bad : good, IsGauge: true)];
    }

    /// <summary>
    /// <paramref name="part"/> counts <paramref name="partEvents"/>; the total counts everything,
    /// either as its own metric or as the part plus series the part's selector rejects.
    /// </summary>
    private static IReadOnlyList<SyntheticSeries>? Split(
        Selector total, Selector part, IReadOnlyList<string> groupBy, Func<Phase, decimal> partEvents, Func<Phase, decimal> otherEvents,
        bool partIsErrors)
    {
        if (total.MetricName != part.MetricName)
        {
            var totalLabels = LabelSynthesizer.Satisfy(total.Matchers, groupBy);
            var partLabels = LabelSynthesizer.Satisfy(part.Matchers, groupBy);
            return totalLabels is null || partLabels is null
                ? null
                : [new(part.MetricName, Align(partLabels, totalLabels, groupBy), partEvents, OnlyErrors: partIsErrors), new(total.MetricName, totalLabels, p => p.Good + p.Bad)];
        }

        var inPart = LabelSynthesizer.Satisfy(total.Matchers.Concat(part.Matchers), groupBy);
        var baseLabels = LabelSynthesizer.Satisfy(total.Matchers, groupBy);
        if (inPart is null || baseLabels is null)
        {
            return null;
        }

        Align(baseLabels, inPart, groupBy);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var first = LabelSynthesizer.Violate(baseLabels, total.Matchers, part.Matchers, used);
        if (first is null)
        {
            return null;
        }

        var series = new List<SyntheticSeries> { new(part.MetricName, inPart, partEvents, OnlyErrors: partIsErrors) };
        var second = LabelSynthesizer.Violate(baseLabels, total.Matchers, part.Matchers, used);
        if (second is null)
        {
            series.Add(new(total.MetricName, first, otherEvents));
        }
        else
        {
            series.Add(new(total.MetricName, first, p => otherEvents(p) * (1 - SecondShare)));
            series.Add(new(total.MetricName, second, p => otherEvents(p) * SecondShare));
        }

        return series;
    }

    private static IReadOnlyList<SyntheticSeries>? Histogram(LatencySliModel latency, IReadOnlyList<string> groupBy)
    {
        if (LabelSynthesizer.Satisfy(latency.Histogram.Matchers, groupBy) is not { } labels)
        {
            return null;
        }

        var name = latency.Histogram.MetricName;
        return
        [
            new(name + "_bucket", With(labels, "le", latency.LeValues[0]), p => p.Good),
            new(name + "_bucket", With(labels, "le", "+Inf"), p => p.Good + p.Bad),
            new(name + "_count", labels, p => p.Good + p.Bad),
        ];
    }

    /// <summary>Group-by values must agree between the series divided by each other.</summary>
    private static SortedDictionary<string, string> Align(
        SortedDictionary<string, string> target, IReadOnlyDictionary<string, string> source, IReadOnlyList<string> groupBy)
    {
        foreach (var name in groupBy)
        {
            if (source.TryGetValue(name, out var value))
            {
                target[name] = value;
            }
        }

        return target;
    }

    private static SortedDictionary<string, string> With(IReadOnlyDictionary<string, string> labels, string name, string value) =>
        new(labels.ToDictionary(l => l.Key, l => l.Value), StringComparer.Ordinal) { [name] = value };
}
