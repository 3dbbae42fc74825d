using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Live.Status;

/// <summary>
/// The PromQL slo reads status with. Recorded queries ask for every SLO at once, one query per window,
/// grouped by <c>service</c> and <c>slo</c>; raw queries evaluate one SLO's own SLI expressions.
/// </summary>
internal static class StatusQueries
{
    private static readonly string By = $"by ({Conventions.ServiceLabel}, {Conventions.SloLabel})";

    private static readonly string ByAlert = $"max by ({Conventions.ServiceLabel}, {Conventions.SloLabel}, {Conventions.AlertTierLabel})";

    /// <summary>Every SLO's error ratio over <paramref name="window"/> from the recorded base-window rates (traffic-weighted).</summary>
    public static string RecordedEventRatio(PromDuration baseWindow, PromDuration window, string matcher)
    {
        var bad = Conventions.BadEventsRecord(baseWindow) + matcher;
        var all = Conventions.EventsRecord(baseWindow) + matcher;
        return window == baseWindow
            ? $"sum {By} ({bad}) / sum {By} ({all})"
            : $"sum {By} (sum_over_time({bad}[{window}])) / sum {By} (sum_over_time({all}[{window}]))";
    }

    /// <summary>Every raw-SLI SLO's error ratio over <paramref name="window"/>, from its recorded base-window ratio.</summary>
    public static string RecordedRawRatio(PromDuration baseWindow, PromDuration window, string matcher)
    {
        var ratio = Conventions.ErrorRatioRecord(baseWindow) + matcher;
        return window == baseWindow ? $"avg {By} ({ratio})" : $"avg {By} (avg_over_time({ratio}[{window}]))";
    }

    /// <summary>One SLO's error ratio over <paramref name="window"/> straight from its SLI's series.</summary>
    public static string RawRatio(SloModel slo, PromDuration window) =>
        slo.Sli is RawSliModel raw ? raw.ForWindow(window) : new SliExpressions(slo.Sli, []).ErrorRatio(window);

    /// <summary>The generated alerts that fire now, one series per service, SLO and tier.</summary>
    public static string FiringAlerts(IEnumerable<SloModel> slos, string matcherLabels) => $"{ByAlert} ({FiringSelector(slos, matcherLabels)})";

    /// <summary>
    /// The generated alerts that fired at any evaluation in the <paramref name="window"/> before each step, one
    /// series per service, SLO and tier (for a range query whose step is the window).
    /// </summary>
    public static string FiringAlertsOver(IEnumerable<SloModel> slos, PromDuration window, string matcherLabels) =>
        $"{ByAlert} (last_over_time({FiringSelector(slos, matcherLabels)}[{window}]))";

    /// <summary>Label matchers that narrow every query to one service (and SLO): <c>{service="a"}</c> or empty.</summary>
    public static string Matcher(string? service, string? slo) => Braces(MatcherLabels(service, slo));

    /// <summary>The same matchers to append inside existing braces: <c>, service="a"</c>.</summary>
    public static string MatcherLabels(string? service, string? slo) =>
        (service is null ? string.Empty : $", {Conventions.ServiceLabel}={PromQlString.Quote(service)}")
        + (slo is null ? string.Empty : $", {Conventions.SloLabel}={PromQlString.Quote(slo)}");

    /// <summary>The burn-rate alerts of these SLOs (their <c>alert_name</c>s too) that fire.</summary>
    private static string FiringSelector(IEnumerable<SloModel> slos, string matcherLabels) =>
        $"{Conventions.AlertsSeries}{{alertname=~{PromQlString.Quote(Conventions.BurnRateAlertPattern(slos))}, alertstate=\"firing\"{matcherLabels}}}";

    private static string Braces(string labels) => labels.Length == 0 ? string.Empty : "{" + labels[2..] + "}";
}
