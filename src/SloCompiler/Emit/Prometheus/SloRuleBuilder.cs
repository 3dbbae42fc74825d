using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// The rules of one SLO, in a fixed order: base recordings, burn rates (each with the event rate its
/// low-traffic guard reads, where one applies), alerts, objective, budget.
/// Every window reads the raw SLI over exactly that window (<c>rate(x[W])</c>), so it is the exact
/// ratio of the events in it; long windows are evaluated less often (<see cref="WindowCadence"/>),
/// which is what keeps them cheap. Summing the base-window recordings instead would weight the
/// window's edges wrongly (docs/generated-rules.md, "Why every window reads the raw SLI").
/// </summary>
internal sealed class SloRuleBuilder
{
    private readonly ServiceModel service;
    private readonly SloModel slo;
    private readonly SloWindows windows;
    private readonly AlertConditions conditions;
    private readonly string budget;

    public SloRuleBuilder(ServiceModel service, SloModel slo)
    {
        this.service = service;
        this.slo = slo;
        windows = SloWindows.For(slo);
        conditions = new AlertConditions(slo, expandRecordings: false);
        budget = DecimalText.Format(slo.ErrorBudget);
    }

    public IReadOnlyList<Rule> Build()
    {
        var rules = new List<Rule>();
        rules.AddRange(slo.Sli is RawSliModel raw ? RawRecordings(raw) : EventRecordings());
        foreach (var tier in new[] { slo.Page, slo.Ticket }.Where(t => t.Enabled))
        {
            rules.Add(Alert(tier));
        }

        if (NoDataRule.Build(service, slo) is { } noData)
        {
            rules.Add(noData);
        }

        rules.Add(Rule.Recording(Conventions.ObjectiveRecord, $"vector({DecimalText.Format(slo.Objective)})", slo));
        rules.Add(Rule.Recording(Conventions.BudgetRemainingRecord, $"1 - {Expr.Burn(conditions.RatioOver(slo.Period), budget)}", slo)
            .Every(WindowCadence.For(slo, slo.Period), slo));
        return rules;
    }

    private IEnumerable<Rule> EventRecordings()
    {
        // A threshold SLI records its condition as 0/1 each evaluation first; every window averages that recording.
        var slices = slo.Sli is ThresholdSliModel ? $"{Conventions.GoodSliceRecord}{Conventions.SloMatcher(slo)}" : null;
        if (slo.Sli is ThresholdSliModel threshold)
        {
            yield return Rule.Recording(Conventions.GoodSliceRecord, threshold.Condition(slo.GroupBy), slo);
        }

        var sli = new SliExpressions(slo.Sli, slo.GroupBy, slices);
        yield return Rule.Recording(Conventions.BadEventsRecord(windows.Base), sli.Bad(windows.Base), slo);
        yield return Rule.Recording(Conventions.EventsRecord(windows.Base), sli.Total(windows.Base), slo);

        var guarded = GuardedLongs();
        foreach (var window in windows.RecordedLongs)
        {
            yield return BurnRate(window, conditions.RatioOver(window));
            if (guarded.Contains(window))
            {
                // The low-traffic guard's event count over this long window, at the burn rate's own cadence.
                yield return Rule.Recording(Conventions.EventsRecord(window), sli.Total(window), slo).Every(WindowCadence.For(slo, window), slo);
            }
        }
    }

    /// <summary>The long windows (other than the base window) whose pair in an alerting tier has a low-traffic guard.</summary>
    private HashSet<PromDuration> GuardedLongs() =>
        new[] { slo.Page, slo.Ticket }.Where(t => t.Enabled)
            .SelectMany(t => windows.Of(t.Kind).Where(pair => LowTrafficGuard.Guards(slo, t, pair)).Select(pair => pair.Long))
            .Where(window => window != windows.Base)
            .ToHashSet();

    private Rule BurnRate(PromDuration window, string ratio) =>
        Rule.Recording(Conventions.BurnRateRecord(window), Expr.Burn(ratio, budget), slo).Every(WindowCadence.For(slo, window), slo);

    private IEnumerable<Rule> RawRecordings(RawSliModel raw)
    {
        yield return Rule.Recording(Conventions.ErrorRatioRecord(windows.Base), raw.ForWindow(windows.Base), slo);
        foreach (var window in windows.RecordedLongs)
        {
            yield return BurnRate(window, raw.ForWindow(window));
        }
    }

    private Rule Alert(AlertTierModel tier) => new(
        null,
        Conventions.AlertName(tier),
        conditions.For(tier.Kind),
        tier.For,
        GoTemplateLiteral.Escape(AlertText.Labels(service, slo, tier)),
        GoTemplateLiteral.Escape(AlertText.Annotations(service, slo, tier, windows.Of(tier.Kind))))
    {
        KeepFiringFor = tier.KeepFiringFor,
    };
}
