// Test input for the C# metric scanner: System.Diagnostics.Metrics instrumentation; read as text, never compiled.
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Shop.Orders;

public sealed class OrdersTelemetry
{
    private const string Route = "route";

    private static readonly Meter Meter = new("Shop.Orders");

    private readonly Counter<long> _orders = Meter.CreateCounter<long>("orders.placed", unit: "{order}", description: "Orders placed.");

    private readonly Histogram<double> _checkout = Meter.CreateHistogram<double>("orders.checkout.duration", "s", "Checkout latency.");

    private readonly UpDownCounter<int> _queue = Meter.CreateUpDownCounter<int>("orders.queue.length");

    private readonly ObservableGauge<long> _cache = Meter.CreateObservableGauge("orders.cache.size", () => 42L, "By");

    public void Placed(string channel) => _orders.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void Checkout(double seconds, string route, string email)
    {
        var tags = new TagList();
        tags.Add(Route, route);
        tags.Add("email", email);
        _checkout.Record(seconds, tags);
    }

    public void Enqueued() => _queue.Add(1, new("priority", "high"), KeyValuePair.Create("region", (object?)"eu"));
}
