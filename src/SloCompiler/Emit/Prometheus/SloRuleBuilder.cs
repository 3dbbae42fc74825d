using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// The rules of one SLO, in a fixed order: base recordings, burn rates, alerts, objective, budget.
/// Event-based SLIs record bad and total rates over the base window once; longer windows are
/// traffic-weighted sums of those recordings, which is far cheaper than re-reading raw series.
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
        rules.Add(Rule.Recording(Conventions.BudgetRemainingRecord, $"1 - {Expr.Burn(conditions.RatioOver(slo.Period), budget)}", slo));
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

        // The shortest long window reads raw series so that a full outage pages within about a
        // minute; a ratio of recorded base rates would lag by the base window.
        var rawLong = windows.RawLong;
        yield return Rule.Recording(
            Conventions.BurnRateRecord(rawLong),
            Expr.Burn(sli.ErrorRatio(rawLong), budget),
            slo);
        foreach (var window in windows.DerivedLongs)
        {
            yield return Rule.Recording(Conventions.BurnRateRecord(window), Expr.Burn(conditions.RatioOver(window), budget), slo);
        }
    }

    private IEnumerable<Rule> RawRecordings(RawSliModel raw)
    {
        // Raw ratios cannot be traffic-weighted from shorter recordings, so every window reads the source.
        yield return Rule.Recording(Conventions.ErrorRatioRecord(windows.Base), raw.ForWindow(windows.Base), slo);
        foreach (var window in windows.RecordedLongs)
        {
            yield return Rule.Recording(Conventions.BurnRateRecord(window), Expr.Burn(raw.ForWindow(window), budget), slo);
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
