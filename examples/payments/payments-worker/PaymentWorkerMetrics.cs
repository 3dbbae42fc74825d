// Instrumentation of the payments worker (seed 003), as `slo catalog scan` reads it: prometheus-net
// counters declared with const names and label arrays. Not compiled here; it documents the metric
// the async-processing SLO reads and feeds the example's coverage table.
using Prometheus;

namespace Payments.Worker;

internal static class PaymentWorkerMetrics
{
    private const string Messages = "payment_messages_total";

    private static readonly string[] MessageLabels = { "queue", "outcome" };

    /// <summary>One increment per consumed message: outcome is ok, retried or dlq.</summary>
    public static readonly Counter Processed = Metrics.CreateCounter(Messages, "Payment messages consumed, by queue and outcome.", MessageLabels);
}
