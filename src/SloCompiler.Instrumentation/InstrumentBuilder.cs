using SloCompiler.Catalog;

namespace SloCompiler.Instrumentation;

/// <summary>A metric found in code, still collecting the tags its record sites attach.</summary>
internal sealed class InstrumentBuilder(string name, MetricType type, string? help, MetricOrigin origin, string? service)
{
    public SortedSet<string> Labels { get; } = new(StringComparer.Ordinal);

    public bool LabelsOpen { get; set; }

    public IReadOnlyList<decimal> Buckets { get; set; } = [];

    public CatalogMetric Build() =>
        new(name, type, help, Labels.Select(l => new CatalogLabel(l, null, [])).ToList(), service, origin, LabelsOpen)
        {
            Buckets = Buckets,
        };
}
