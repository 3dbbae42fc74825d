namespace SloCompiler.Diagnostics;

/// <summary>
/// Rule linter checks (SLO420–SLO469): rules Prometheus accepts but that do not do what their
/// author meant. Each has one check class in Linting/Checks named after it.
/// </summary>
public static partial class DiagnosticDescriptors
{
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    public static readonly DiagnosticDescriptor LintRateOfNonCounter = new(
        "SLO420", Warning, "rate() over a metric that is not a counter",
        "{0}() expects a counter, but '{1}' {2}; over a gauge use deriv() or delta(); if it is a counter, rename it to end in _total or give its type in metric_types");

    public static readonly DiagnosticDescriptor LintRateOfCatalogGauge = new(
        "SLO421", Warning, "rate() over a metric the catalog types as not a counter",
        "{0}() expects a counter, but the metric catalog says '{1}' is a {2}; use deriv() or delta() for gauges");

    public static readonly DiagnosticDescriptor LintRateWindowTooShort = new(
        "SLO422", Warning, "Rate window shorter than twice the scrape interval",
        "range [{0}] is shorter than twice the scrape interval {1}: {2}() needs two samples in the window and will return nothing whenever one scrape is late; use at least [{3}]");

    public static readonly DiagnosticDescriptor LintAlertAlwaysFires = new(
        "SLO423", Warning, "Alert without a condition",
        "alert '{0}' has no comparison or absent(): every series it selects fires, all the time; add a condition such as '> 0' (or suppress this for an intentional always-firing alert such as a dead man's switch)");

    public static readonly DiagnosticDescriptor LintHeartbeatAlert = new(
        "SLO441", Info, "Heartbeat alert",
        "alert '{0}' always fires, which looks intended (a heartbeat or dead man's switch: {1}); make sure Alertmanager routes it to a heartbeat receiver");

    public static readonly DiagnosticDescriptor LintComparisonNeverTrue = new(
        "SLO424", Warning, "Comparison that can never be true",
        "'{0}' can never be true: the compared series are always in {1}; the rule never returns anything");

    public static readonly DiagnosticDescriptor LintValueInAlertLabel = new(
        "SLO425", Warning, "Query value in an alert label",
        "label '{0}' uses the query value: every new value makes a new alert (resolving the old one and notifying again); move it to an annotation");

    public static readonly DiagnosticDescriptor LintTemplateLabelDropped = new(
        "SLO426", Warning, "Template label removed by the query",
        "{0} '{1}' reads label '{2}', but the query's result cannot have it ({3}); it always renders empty");

    public static readonly DiagnosticDescriptor LintAbsentWithoutFor = new(
        "SLO427", Warning, "absent() alert without 'for'",
        "alert '{0}' uses {1}() without 'for': a single missed scrape or a restart fires it; add e.g. 'for: 5m'");

    public static readonly DiagnosticDescriptor LintDuplicateRule = new(
        "SLO428", Warning, "Duplicate rule",
        "this rule repeats {0} ({1}): {2}; delete one");

    public static readonly DiagnosticDescriptor LintRecordingRuleNaming = new(
        "SLO429", Info, "Recording rule name not in level:metric:operations form",
        "recording rule '{0}' does not follow level:metric:operations (e.g. job:http_requests:rate5m): readers cannot tell what it aggregates");

    public static readonly DiagnosticDescriptor LintRecordedInOtherGroup = new(
        "SLO430", Info, "Reads a recording rule of another group",
        "'{0}' is recorded in group '{1}', which is evaluated independently of this group: the value read can be one evaluation interval old or missing at startup; put both rules in the same group, reader after writer");

    public static readonly DiagnosticDescriptor LintRegexWithoutMeta = new(
        "SLO431", Warning, "Regex matcher without regex",
        "'{0}' has no regular-expression characters; write {1} instead, which is clearer and faster");

    public static readonly DiagnosticDescriptor LintRegexRedundantAnchor = new(
        "SLO432", Warning, "Redundant regex anchor",
        "Prometheus anchors label regexes at both ends already; drop the {0} in \"{1}\"");

    public static readonly DiagnosticDescriptor LintMatchingLabelDropped = new(
        "SLO433", Warning, "Vector matching on a label an aggregation removed",
        "{0}({1}) uses label '{1}', but the {2} side cannot have it ({3}); the operands never match as intended");

    public static readonly DiagnosticDescriptor LintDivisionInsideSum = new(
        "SLO434", Warning, "Division inside sum or avg",
        "{0}() of a division: one series with a zero denominator yields NaN and makes the whole {0} NaN; divide {0}(numerator) by {0}(denominator) instead");

    public static readonly DiagnosticDescriptor LintMissingLabel = new(
        "SLO435", Warning, "Alert without a required label",
        "alert '{0}' has no '{1}' label, which routing and paging policy need{2}");

    public static readonly DiagnosticDescriptor LintMissingAnnotation = new(
        "SLO436", Warning, "Alert without a required annotation",
        "alert '{0}' has no '{1}' annotation, which the on-call engineer needs{2}");

    public static readonly DiagnosticDescriptor LintSingleWindowBurnRate = new(
        "SLO437", Warning, "Single-window burn-rate alert",
        "burn-rate condition over one window ({0}) only: {1}; the SRE Workbook pairs a long window with a short one of long/12 joined by 'and' ({2}), so the alert has both precision and a fast reset");

    public static readonly DiagnosticDescriptor LintBurnRateNeverFires = new(
        "SLO438", Warning, "Burn-rate alert that can never fire",
        "burn factor {0} × error budget {1} = {2} ≥ 1: the error ratio would have to exceed 100%, so this alert can never fire; lower the factor or the objective");

    public static readonly DiagnosticDescriptor LintBurnRateShortWindow = new(
        "SLO439", Warning, "Short burn-rate window far from long/12",
        "short window {0} is {1} of the long window {2}; the SRE Workbook uses long/12 ({3}): much longer delays the reset, much shorter adds noise");

    public static readonly DiagnosticDescriptor LintBurnRateWithFor = new(
        "SLO440", Info, "'for' on a burn-rate alert",
        "'for: {0}' on a burn-rate alert delays detection by {0} while the budget burns; the two windows already debounce, so 'for' is rarely needed");

    public static readonly DiagnosticDescriptor LintSubqueryOverSampleLimit = new(
        "SLO447", Warning, "Subquery over promtool's sample limit",
        "this subquery evaluates its inner expression at {0} steps ({1} at {2}), a sample per inner series and step: promtool test rules stops a query at 10000 samples, " +
        "so unit tests of this file fail ('query processing would load too many samples'), and a server with the default --query.max-samples of 50000000 fails it from {3} inner series; " +
        "record the inner expression as its own rule and read the recording with a range selector (…_over_time(record[{1}])) instead");

    public static readonly DiagnosticDescriptor LintFieldTargetLacks = new(
        "SLO442", Error, "Rule field the target ruler lacks",
        "{0} '{1}' is not read by {2}, which refuses the file; rulers that have it: {3}; drop it or lint with --target for the ruler that evaluates this file");

    public static readonly DiagnosticDescriptor LintFunctionTargetLacks = new(
        "SLO443", Error, "PromQL function the target ruler lacks",
        "{0}() is not known to {1}; rulers that have it: {2}; rewrite the expression or lint with --target for the ruler that evaluates this file");
}
