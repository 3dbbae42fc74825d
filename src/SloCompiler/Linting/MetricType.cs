namespace SloCompiler.Linting;

/// <summary>A metric's type as a catalog (or the exposition format's <c># TYPE</c>) declares it.</summary>
public enum MetricType
{
    Counter,
    Gauge,
    Histogram,
    Summary,
    Unknown,
}
