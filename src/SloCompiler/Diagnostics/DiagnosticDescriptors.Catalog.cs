namespace SloCompiler.Diagnostics;

/// <summary>
/// Codes about the metric catalog, label policy and coverage (SLO300–SLO399): SLO300–309 reading
/// catalogs, snapshots, C# sources and policies; SLO310–319 metrics an SLO or a hand-written rule reads; SLO320–329 label
/// governance; SLO330–349 coverage of services, alerts and routes.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnknownMetricType = new(
        "SLO300", Error, "Unknown metric type", "'{0}' is not a metric type; expected one of: {1}");

    public static readonly DiagnosticDescriptor InvalidMetricName = new(
        "SLO301", Error, "Invalid metric name", "'{0}' is not a valid Prometheus metric name; use [a-zA-Z_:][a-zA-Z0-9_:]*");

    public static readonly DiagnosticDescriptor InvalidExpositionLine = new(
        "SLO302", Error, "Invalid exposition line", "this line of the /metrics snapshot cannot be read: {0}");

    public static readonly DiagnosticDescriptor UnresolvedMetricName = new(
        "SLO303", Warning, "Metric name not resolved",
        "the name of this {0} is not a string literal or a const in the scanned files, so it is not in the catalog; declare the name as a const string");

    public static readonly DiagnosticDescriptor InvalidPolicyValue = new(
        "SLO304", Error, "Invalid policy value", "'{0}' {1}");

    public static readonly DiagnosticDescriptor CannotReadAlertmanagerConfig = new(
        "SLO305", Error, "Unusable Alertmanager configuration", "the Alertmanager configuration cannot be used for routing: {0}");

    public static readonly DiagnosticDescriptor MetricNotInCatalog = new(
        "SLO310", Error, "Metric not in the catalog",
        "SLO '{0}' reads '{1}', which no catalog, snapshot or scanned source declares; the SLO would measure nothing (instrument it or fix the name)");

    public static readonly DiagnosticDescriptor IncompatibleMetricType = new(
        "SLO311", Error, "Metric type does not fit the SLI",
        "SLO '{0}' reads '{1}' as {2}, but the catalog declares a {3} at {4}");

    public static readonly DiagnosticDescriptor LabelNotInCatalog = new(
        "SLO312", Error, "Label not on the metric",
        "SLO '{0}' matches or groups by label '{1}', which '{2}' does not have (its labels: {3}); the selector would match nothing");

    public static readonly DiagnosticDescriptor ThresholdNotCatalogBucket = new(
        "SLO313", Error, "Latency threshold is not an instrumented bucket",
        "threshold {0} of SLO '{1}' is not a bucket boundary of '{2}' (instrumented buckets: {3}); no le=\"{4}\" series exists");

    public static readonly DiagnosticDescriptor RuleMetricNotInCatalog = new(
        "SLO314", Error, "Rule reads a metric not in the catalog",
        "rule '{0}' reads '{1}', which no catalog, snapshot or scanned source declares and no linted rule records; the rule would see nothing (instrument it or fix the name)");

    public static readonly DiagnosticDescriptor RuleMetricTypeMismatch = new(
        "SLO315", Error, "Rule reads a metric as the wrong type",
        "rule '{0}' reads '{1}' under {2}(), which needs a counter, but the catalog declares a {3} at {4}; use deriv() or delta() for gauges");

    public static readonly DiagnosticDescriptor RuleLabelNotInCatalog = new(
        "SLO316", Error, "Rule matches a label the metric does not have",
        "rule '{0}' matches '{1}' on '{2}', which does not have that label (its labels: {3}); the selector matches nothing");

    public static readonly DiagnosticDescriptor ForbiddenLabelInSlo = new(
        "SLO320", Error, "SLO uses a forbidden label",
        "SLO '{0}' {1} label '{2}', which the label policy forbids (high cardinality: one series per value); aggregate it away");

    public static readonly DiagnosticDescriptor UnlistedLabelInSlo = new(
        "SLO321", Warning, "SLO groups by a label the policy does not allow",
        "SLO '{0}' groups by '{1}', which is not among the labels the policy allows for '{2}' ({3})");

    public static readonly DiagnosticDescriptor SeriesBudgetExceeded = new(
        "SLO322", Error, "Recording rules above the series budget",
        "each recording rule of SLO '{0}' keeps {1} and may produce about {2} series (product of the label cardinalities in the catalog), above the budget of {3}");

    public static readonly DiagnosticDescriptor ForbiddenLabelInInstrumentation = new(
        "SLO323", Error, "Instrumentation declares a forbidden label",
        "metric '{0}' declares label '{1}', which the label policy forbids (high cardinality: one series per value); record it in logs or traces instead");

    public static readonly DiagnosticDescriptor RequiredLabelDropped = new(
        "SLO324", Error, "Aggregation drops a label the policy keeps",
        "{0} aggregates away '{1}', which the label policy requires every aggregation to keep; add it to 'by (…)'");

    public static readonly DiagnosticDescriptor SloSeriesBudgetExceeded = new(
        "SLO325", Error, "SLO above its series budget",
        "the {0} recording rules generated for SLO '{1}' may produce about {2} series together ({3} each), above the SLO budget of {4}");

    public static readonly DiagnosticDescriptor ForbiddenLabelInRule = new(
        "SLO326", Error, "Rule keeps a forbidden label",
        "rule '{0}' {1} '{2}', which the label policy forbids (high cardinality: one series per value); aggregate it away");

    public static readonly DiagnosticDescriptor RuleSeriesBudgetExceeded = new(
        "SLO327", Error, "Recording rule above the series budget",
        "recording rule '{0}' keeps {1} and may produce about {2} series (product of the label cardinalities in the catalog), above the per-rule budget of {3}");

    public static readonly DiagnosticDescriptor ServiceWithoutSlo = new(
        "SLO330", Error, "Service without SLO",
        "service '{0}' {1} but has no SLO; add one or a waiver with a reason to the policy");

    public static readonly DiagnosticDescriptor SloWithoutAlertTier = new(
        "SLO331", Error, "SLO without page or ticket alert",
        "SLO '{0}' has no {1} alert; enable it or add a waiver with a reason to the policy");

    public static readonly DiagnosticDescriptor SloWithoutRunbook = new(
        "SLO332", Error, "SLO without runbook", "the alerts of SLO '{0}' carry no runbook_url; add 'runbook' to service '{1}'");

    public static readonly DiagnosticDescriptor AlertNotRouted = new(
        "SLO333", Error, "Alert reaches no one",
        "alert '{0}' ({1}) is routed to receiver '{2}', which notifies nobody; route it to a real receiver");

    public static readonly DiagnosticDescriptor AlertWithoutSeverity = new(
        "SLO334", Error, "Alert without severity", "alert '{0}' carries no severity label, so routes cannot tell a page from a ticket");

    public static readonly DiagnosticDescriptor DownAlertNotDefined = new(
        "SLO335", Warning, "Down alert not defined",
        "service '{1}' declares down_alert '{0}', but no linted hand-written rule defines an alert of that name, so its SLO alerts are never held back; define it or fix the name");

    public static readonly DiagnosticDescriptor DownAlertWithoutService = new(
        "SLO336", Warning, "Shared down alert without service label",
        "down_alert '{0}' is declared by several services, so the inhibition also matches service=\"{1}\"; no linted rule '{0}' carries that label, so the SLO alerts of '{1}' are never held back; add the label to the rule");
}
