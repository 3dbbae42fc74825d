namespace SloCompiler.Diagnostics;

/// <summary>Semantic codes added after the first catalogue (SLO129–SLO169).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ReservedServiceName = new(
        "SLO129", Error, "Reserved service name",
        "service name '{0}' is reserved: generated/grafana/{0}.json is the executive overview; choose another name");

    public static readonly DiagnosticDescriptor KubernetesNameClash = new(
        "SLO130", Warning, "Service names clash in Kubernetes",
        "service '{0}' and service '{1}' (at {2}) both become the Kubernetes object name '{3}' ('_' is not allowed there and becomes '-'), so with --target kubernetes one object would replace the other; rename one of them");

    public static readonly DiagnosticDescriptor InvalidMinEvents = new(
        "SLO140", Error, "Invalid min_events",
        "min_events '{0}' must be a whole number of events (0 turns the low-traffic guard off)");

    public static readonly DiagnosticDescriptor MinEventsWithoutEvents = new(
        "SLO141", Warning, "min_events on an SLI without events",
        "min_events is ignored: a {0} SLI does not count events, so there is nothing to guard");

    public static readonly DiagnosticDescriptor UnknownEventUnit = new(
        "SLO142", Error, "Unknown unit",
        "unknown unit '{0}'; expected one of: {1}");

    public static readonly DiagnosticDescriptor UnknownThresholdAggregation = new(
        "SLO143", Error, "Unknown aggregation in a threshold SLI",
        "'{0}' is not an aggregation a threshold SLI takes; expected one of: {1} (or none, to judge each series on its own)");

    public static readonly DiagnosticDescriptor InvalidThresholdValue = new(
        "SLO144", Error, "Invalid threshold value",
        "threshold value '{0}' must be a number such as 1000 or 0.5, or a duration such as 30s (read in seconds)");

    public static readonly DiagnosticDescriptor InvalidThresholdOperator = new(
        "SLO145", Error, "Invalid threshold comparison",
        "comparison '{0}' is not one of <, <=, > or >= (good while the metric compares so with the value)");

    public static readonly DiagnosticDescriptor RawSubqueryTooManySamples = new(
        "SLO146", Error, "Raw SLI subquery loads too many samples",
        "this subquery evaluates its inner expression at {0} steps ({1} at {2}) in the {3} rule, and each step loads a sample per inner series: " +
        "promtool test rules stops a query at 10000 samples, so testing this rule file fails ('query processing would load too many samples') " +
        "and takes the other SLOs' tests with it{4}; for a gauge condition write 'threshold max METRIC < VALUE', which records the condition once per evaluation");

    public static readonly DiagnosticDescriptor RawSubqueryNearSampleLimit = new(
        "SLO147", Warning, "Raw SLI subquery near the sample limit",
        "this subquery evaluates its inner expression at {0} steps ({1} at {2}) in the {3} rule: {4} inner series reach promtool test rules' limit of 10000 samples per query{5}; " +
        "for a gauge condition write 'threshold max METRIC < VALUE', which records the condition once per evaluation");

    public static readonly DiagnosticDescriptor SettingNeedsOtherRuler = new(
        "SLO153", Error, "Setting the target ruler lacks",
        "{0} is not read by {1}, the target ruler, which would refuse the rule file; rulers that have it: {2}; drop the setting or compile for one of them");

    public static readonly DiagnosticDescriptor NativeHistogramNeedsOtherRuler = new(
        "SLO154", Error, "Native-histogram SLI the target ruler lacks",
        "a native-histogram latency SLI is read with histogram_fraction and histogram_count, which {0}, the target ruler, does not have; " +
        "rulers that have them: {1}; read a classic histogram (drop 'native') or compile for one of them");

    public static readonly DiagnosticDescriptor BucketsWithNativeHistogram = new(
        "SLO155", Error, "Buckets on a native histogram",
        "'buckets' declares a classic histogram's le boundaries, and a native histogram has none: histogram_fraction interpolates any threshold; drop 'buckets' or 'native'");
}
