using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// The PromQL of one SLO's panels. Every query reads series the generated rules record (or
/// Prometheus' own <c>ALERTS</c>), never the source metrics, so dashboards stay cheap and agree
/// with the alerts. <paramref name="variables"/> maps each group-by label to its template variable.
/// </summary>
internal sealed class SloQueries(SloModel slo, IReadOnlyDictionary<string, string> variables)
{
    private readonly SloWindows windows = SloWindows.For(slo);

    /// <summary>The SLO's own series, narrowed by the group variables (records carry the group labels).</summary>
    public string Selector
    {
        get
        {
            var matchers = new List<string>
            {
                $"{Conventions.ServiceLabel}={PromQlString.Quote(slo.Service)}",
                $"{Conventions.SloLabel}={PromQlString.Quote(slo.Name)}",
            };
            matchers.AddRange(slo.GroupBy.Select(label => $"{label}=~{PromQlString.Quote("$" + variables[label])}"));
            return "{" + string.Join(", ", matchers) + "}";
        }
    }

    /// <summary>The series that always exists for the SLO at its base window, for <c>label_values</c>.</summary>
    public string BaseSeries => slo.Sli is RawSliModel
        ? Conventions.ErrorRatioRecord(windows.Base)
        : Conventions.EventsRecord(windows.Base);

    /// <summary>Good fraction over the base window: 1 - bad / total, or 1 - the recorded raw ratio.</summary>
    public string Sli => slo.Sli is RawSliModel
        ? $"1 - {Conventions.ErrorRatioRecord(windows.Base)}{Selector}"
        : $"1 - ({Conventions.BadEventsRecord(windows.Base)}{Selector} / {Conventions.EventsRecord(windows.Base)}{Selector})";

    /// <summary>The objective carries only service and slo labels (it is <c>vector(…)</c>), so no group matchers.</summary>
    public string Objective => Conventions.ObjectiveRecord + Conventions.SloMatcher(slo);

    public string BudgetRemaining => Conventions.BudgetRemainingRecord + Selector;

    /// <summary>Grafana's start of the dashboard's time range, in Unix seconds.</summary>
    public const string RangeStart = "${__from:date:seconds}";

    /// <summary>
    /// Error budget left of a period that started at the left edge of the dashboard (pick "this month"
    /// and it is the month's burn-down): the bad share since <see cref="RangeStart"/> spends the budget
    /// in proportion to the part of the period gone by, so burning at exactly 1× reaches 0 at the period's
    /// end. Ratio SLIs weigh by traffic (bad and total events since the start, from the 5m recordings
    /// sampled every 5m, which tile time exactly); raw SLIs average their recorded error ratio over time.
    /// Samples before the start count as zero (<c>time() &gt;= bool start</c>), so each point sums only
    /// its own stretch of the range.
    /// </summary>
    public string BudgetBurnDown
    {
        get
        {
            var since = $"(time() >= bool {RangeStart})";
            string SinceStart(string series) => $"sum_over_time(({series}{Selector} * {since})[$__range:{windows.Base}])";
            var badShare = slo.Sli is RawSliModel
                ? $"{SinceStart(Conventions.ErrorRatioRecord(windows.Base))} / sum_over_time(({Conventions.ErrorRatioRecord(windows.Base)}{Selector} * 0 + {since})[$__range:{windows.Base}])"
                : $"{SinceStart(Conventions.BadEventsRecord(windows.Base))} / {SinceStart(Conventions.EventsRecord(windows.Base))}";
            var elapsed = $"scalar(clamp_max(vector((time() - {RangeStart}) / {DecimalText.Format(slo.Period.TotalSeconds)}), 1))";
            return $"1 - ({badShare}) / {DecimalText.Format(slo.ErrorBudget)} * {elapsed}";
        }
    }

    public string Alerts =>
        $"{Conventions.AlertsSeries}{{alertname=~{PromQlString.Quote(Conventions.BurnRateAlertPattern([slo]))}, " +
        $"{Selector[1..]}";

    /// <summary>Every recorded burn-rate window, shortest first.</summary>
    public IEnumerable<(PromDuration Window, string Expr)> BurnRates =>
        windows.RecordedLongs.Order().Select(w => (w, Conventions.BurnRateRecord(w) + Selector));

    /// <summary>Burn factors of the enabled tiers: the lines a burn rate must cross to alert.</summary>
    public IEnumerable<(decimal Factor, AlertTierKind Tier)> Thresholds =>
        new[] { slo.Page, slo.Ticket }
            .Where(t => t.Enabled)
            .SelectMany(t => windows.Of(t.Kind).Select(w => (w.Factor, t.Kind)))
            .DistinctBy(t => t.Factor);

    public PromDuration BaseWindow => windows.Base;
}
