namespace SloCompiler.Catalog;

/// <summary>
/// Joins two sightings of one metric (the code declares it, a snapshot shows its values): labels
/// are united, a known type beats untyped, the larger cardinality and every observed value are
/// kept, and the declaration that sorts first gives the origin, so the result never depends on
/// the order files were read in.
/// </summary>
internal static class CatalogMerger
{
    public static CatalogMetric Combine(CatalogMetric a, CatalogMetric b)
    {
        var labels = a.Labels.Concat(b.Labels)
            .GroupBy(l => l.Name, StringComparer.Ordinal)
            .Select(g => g.Aggregate(CombineLabel))
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var origin = new[] { a.Origin, b.Origin }.OfType<MetricOrigin>()
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Line).FirstOrDefault();
        return new CatalogMetric(
            a.Name,
            a.Type == MetricType.Untyped ? b.Type : a.Type,
            a.Help ?? b.Help,
            labels,
            a.Service ?? b.Service,
            origin,
            a.LabelsOpen || b.LabelsOpen)
        {
            Buckets = a.Buckets.Union(b.Buckets).Order().ToList(),
        };
    }

    private static CatalogLabel CombineLabel(CatalogLabel a, CatalogLabel b)
    {
        int? cardinality = a.Cardinality is null && b.Cardinality is null ? null : Math.Max(a.Cardinality ?? 0, b.Cardinality ?? 0);
        var values = a.Values.Union(b.Values, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CatalogLabel(a.Name, cardinality, values);
    }
}
