// Test input for the C# metric scanner: prometheus-net instrumentation; read as text, never compiled.
using Prometheus;

namespace Shop.Payments;

internal static class PaymentsMetrics
{
    private static readonly MetricFactory Factory = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry());

    private static readonly Counter Requests = Metrics.CreateCounter(MetricNames.Requests, "HTTP requests served.", MetricNames.HttpLabels);

    private static readonly Histogram Duration = Metrics.CreateHistogram(
        MetricNames.Prefix + "_http_request_duration_seconds",
        "Latency of HTTP requests.",
        new HistogramConfiguration
        {
            LabelNames = new[] { MetricNames.Method, "route" },
            Buckets = new[] { 0.1, 0.25, 0.5, 1.0 },
        });

    private static readonly Gauge InFlight = Factory.CreateGauge("payments_in_flight_requests", "Requests being served.");

    private static readonly Counter Logins = Metrics.CreateCounter("payments_logins_total", "Logins by user.", "user_id", MetricNames.Method);

    private static readonly Summary Settlement = Factory.CreateSummary(
        name: "payments_settlement_seconds", help: "Time to settle with the bank.", configuration: new SummaryConfiguration { LabelNames = ["bank"] });

    private static readonly Histogram Queue = Metrics.CreateHistogram("payments_queue_wait_seconds", "Wait in the queue.");

    public static Counter Dynamic() => Metrics.CreateCounter(Environment.GetEnvironmentVariable("METRIC")!, "A name only known at run time.");
}

internal static class RefundMetrics
{
    private static readonly Histogram Refunds = Metrics.CreateHistogram(
        "payments_refund_seconds", "Time to refund.", new[] { MetricNames.Code }, new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.05, 2, 4) });
}
