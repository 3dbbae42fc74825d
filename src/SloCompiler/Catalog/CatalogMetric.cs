namespace SloCompiler.Catalog;

/// <summary>
/// A metric known to exist, as exposed to Prometheus: <c>http_requests_total</c> (counter, labels
/// method and code) declared at <c>src/Api/Metrics.cs:12</c>. Histograms and summaries are named by
/// their family (without <c>_bucket</c>/<c>_sum</c>/<c>_count</c>).
/// </summary>
/// <param name="LabelsOpen">
/// True when more labels may be attached than are listed, e.g. a <c>System.Diagnostics.Metrics</c>
/// instrument, whose tags are chosen at each record call, not when it is created.
/// </param>
/// <param name="Buckets">Known histogram bucket boundaries (seconds for latency), sorted; empty when unknown.</param>
public sealed record CatalogMetric(
    string Name,
    MetricType Type,
    string? Help,
    IReadOnlyList<CatalogLabel> Labels,
    string? Service,
    MetricOrigin? Origin,
    bool LabelsOpen = false)
{
    public IReadOnlyList<decimal> Buckets { get; init; } = [];

    public CatalogLabel? Label(string name) => Labels.FirstOrDefault(l => l.Name == name);
}

/// <summary>
/// A label of a metric; <see cref="Cardinality"/> is the number of distinct values when known
/// (declared, or counted from a snapshot), <see cref="Values"/> the values seen, sorted.
/// </summary>
public sealed record CatalogLabel(string Name, int? Cardinality, IReadOnlyList<string> Values)
{
    /// <summary>The declared cardinality, else the number of observed values, else unknown.</summary>
    public int? EffectiveCardinality => Cardinality ?? (Values.Count > 0 ? Values.Count : null);
}

/// <summary>Where a metric was declared: <c>src/Api/Metrics.cs:12</c>; printed in the catalog and diagnostics.</summary>
public sealed record MetricOrigin(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";

    /// <summary>Reads <c>path:line</c>; null when there is no line number after the last colon.</summary>
    public static MetricOrigin? Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) && line > 0
            ? new MetricOrigin(text[..colon], line)
            : null;
    }
}
