// Test input for the C# metric scanner: read as text, never compiled.
namespace Shop.Payments;

public static class MetricNames
{
    public const string Prefix = "payments";
    public const string Requests = $"{Prefix}_http_requests_total";
    public const string Method = "method";
    public const string Code = "code";
    public static readonly string[] HttpLabels = { Method, Code, "route" };
}
