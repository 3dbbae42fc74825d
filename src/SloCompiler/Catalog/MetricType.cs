namespace SloCompiler.Catalog;

/// <summary>The Prometheus metric types, as written after <c># TYPE name</c>.</summary>
public enum MetricType
{
    Counter,
    Gauge,
    Histogram,
    Summary,
    Untyped,
}

/// <summary>The lowercase spellings used by the exposition format and the catalog YAML.</summary>
public static class MetricTypes
{
    public static string ToText(this MetricType type) => type switch
    {
        MetricType.Counter => "counter",
        MetricType.Gauge => "gauge",
        MetricType.Histogram => "histogram",
        MetricType.Summary => "summary",
        _ => "untyped",
    };

    /// <summary>Null for anything else; <c>unknown</c> (OpenMetrics' name for untyped) is accepted.</summary>
    public static MetricType? Parse(string text) => text switch
    {
        "counter" => MetricType.Counter,
        "gauge" => MetricType.Gauge,
        "histogram" => MetricType.Histogram,
        "summary" => MetricType.Summary,
        "untyped" or "unknown" => MetricType.Untyped,
        _ => null,
    };

    public static string Names => "counter, gauge, histogram, summary, untyped";
}
