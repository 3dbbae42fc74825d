namespace SloCompiler.Catalog;

/// <summary>
/// The metrics known to exist, sorted by name, one entry per name. Built from catalog YAML files,
/// /metrics snapshots and instrumentation scans; <see cref="Merge"/> joins several of them.
/// </summary>
public sealed class MetricCatalog
{
    private static readonly string[] FamilySuffixes = ["_bucket", "_sum", "_count", "_total", "_created"];

    private readonly Dictionary<string, CatalogMetric> _byName;

    /// <param name="inventory">Services known to exist even without cataloged metrics (the catalog's <c>services:</c> list).</param>
    public MetricCatalog(IEnumerable<CatalogMetric> metrics, IEnumerable<InventoryService>? inventory = null)
    {
        Inventory = (inventory ?? []).GroupBy(s => s.Name, StringComparer.Ordinal).Select(g => g.First()).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        _byName = new Dictionary<string, CatalogMetric>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            _byName[metric.Name] = _byName.TryGetValue(metric.Name, out var known) ? CatalogMerger.Combine(known, metric) : metric;
        }

        Metrics = _byName.Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    public static MetricCatalog Empty { get; } = new([]);

    public IReadOnlyList<CatalogMetric> Metrics { get; }

    /// <summary>Services listed in the catalog's inventory, sorted.</summary>
    public IReadOnlyList<InventoryService> Inventory { get; }

    /// <summary>Services named by the metrics or the inventory, sorted: what coverage is checked against.</summary>
    public IReadOnlyList<string> Services =>
        Metrics.Select(m => m.Service).OfType<string>().Concat(Inventory.Select(s => s.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static MetricCatalog Merge(IEnumerable<MetricCatalog> catalogs)
    {
        var list = catalogs.ToList();
        return new(list.SelectMany(c => c.Metrics), list.SelectMany(c => c.Inventory));
    }

    public CatalogMetric? Get(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The metric a series name belongs to: itself, or the family of <c>x_bucket</c>, <c>x_sum</c>,
    /// <c>x_count</c> (histograms, summaries), <c>x_total</c>/<c>x_created</c> (counters named without
    /// <c>_total</c>, as OpenMetrics writes them). Null when nothing in the catalog matches.
    /// </summary>
    public CatalogMatch? Resolve(string seriesName)
    {
        if (_byName.TryGetValue(seriesName, out var exact))
        {
            return new CatalogMatch(exact, string.Empty);
        }

        foreach (var suffix in FamilySuffixes)
        {
            if (seriesName.EndsWith(suffix, StringComparison.Ordinal)
                && _byName.TryGetValue(seriesName[..^suffix.Length], out var family))
            {
                return new CatalogMatch(family, suffix);
            }
        }

        return null;
    }

    /// <summary>The seam for checks that only need a type, e.g. the rule linter's "rate over a non-counter".</summary>
    public Func<string, MetricType?> TypeLookup() => name => Resolve(name) is { } match ? match.SeriesType : null;
}

/// <summary>A service the catalog lists without (necessarily) any metric: <c>services: [legacy-batch]</c>.</summary>
public sealed record InventoryService(string Name, MetricOrigin Origin);

/// <summary>A series name resolved to its catalog metric, e.g. <c>http_duration_seconds_bucket</c> → histogram + <c>_bucket</c>.</summary>
public sealed record CatalogMatch(CatalogMetric Metric, string Suffix)
{
    /// <summary>
    /// How the series behaves: a histogram's or summary's <c>_bucket</c>, <c>_sum</c> and <c>_count</c>
    /// are counters; a summary's own series (with <c>quantile</c>) are gauges.
    /// </summary>
    public MetricType SeriesType => (Metric.Type, Suffix) switch
    {
        (MetricType.Histogram or MetricType.Summary, "_bucket" or "_sum" or "_count") => MetricType.Counter,
        (MetricType.Summary, "") => MetricType.Gauge,
        (MetricType.Counter, _) => MetricType.Counter,
        var (type, _) => type,
    };
}
