namespace SloCompiler.Linting;

/// <summary>A metric's type as a catalog (or the exposition format's <c># TYPE</c>) declares it.</summary>
public enum MetricType
{
    /// <summary>Only goes up (and resets to 0): <c>http_requests_total</c>; rate() applies.</summary>
    Counter,

    /// <summary>Goes up and down: <c>queue_length</c>; use deriv() or delta(), not rate().</summary>
    Gauge,

    /// <summary>A histogram family; its _bucket, _count and _sum series are counters.</summary>
    Histogram,

    /// <summary>A summary family; its _count and _sum series are counters.</summary>
    Summary,

    /// <summary>Declared as untyped: rate() over it is reported like over a gauge.</summary>
    Unknown,
}
