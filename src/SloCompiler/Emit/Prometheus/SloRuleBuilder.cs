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
    private readonly string sel;
    private readonly string budget;

    public SloRuleBuilder(ServiceModel service, SloModel slo)
    {
        this.service = service;
        this.slo = slo;
        windows = SloWindows.For(slo);
        sel = Conventions.SloMatcher(slo);
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
        rules.Add(Rule.Recording(Conventions.BudgetRemainingRecord, $"1 - {Expr.Burn(RatioOver(slo.Period), budget)}", slo));
        return rules;
    }

    private IEnumerable<Rule> EventRecordings()
    {
        var sli = new SliExpressions(slo.Sli, slo.GroupBy);
        yield return Rule.Recording(Conventions.BadEventsRecord(windows.Base), sli.Bad(windows.Base), slo);
        yield return Rule.Recording(Conventions.EventsRecord(windows.Base), sli.Total(windows.Base), slo);

        // The shortest long window reads raw series so that a full outage pages within about a
        // minute; a ratio of recorded base rates would lag by the base window.
        var rawLong = windows.RawLong;
        yield return Rule.Recording(
            Conventions.BurnRateRecord(rawLong),
            Expr.Burn(Expr.Divide(sli.Bad(rawLong), sli.Total(rawLong)), budget),
            slo);
        foreach (var window in windows.DerivedLongs)
        {
            yield return Rule.Recording(Conventions.BurnRateRecord(window), Expr.Burn(RatioOver(window), budget), slo);
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

    /// <summary>The error ratio over <paramref name="window"/> from recorded series (or the raw SLI).</summary>
    private string RatioOver(PromDuration window)
    {
        if (slo.Sli is RawSliModel raw)
        {
            return raw.ForWindow(window);
        }

        var bad = $"{Conventions.BadEventsRecord(windows.Base)}{sel}";
        var total = $"{Conventions.EventsRecord(windows.Base)}{sel}";
        return window == windows.Base
            ? $"{bad} / {total}"
            : Expr.Divide($"sum_over_time({bad}[{window}])", $"sum_over_time({total}[{window}])");
    }

    /// <summary>A burn rate over a short window, reusing a recording when one exists for it.</summary>
    private string ShortBurn(PromDuration window)
    {
        if (windows.RecordedLongs.Contains(window))
        {
            return $"{Conventions.BurnRateRecord(window)}{sel}";
        }

        if (slo.Sli is RawSliModel && window == windows.Base)
        {
            return Expr.Burn($"{Conventions.ErrorRatioRecord(window)}{sel}", budget);
        }

        return Expr.Burn(RatioOver(window), budget);
    }

    /// <summary>
    /// The low-traffic guard of one pair: the long window held at least N events (mean recorded rate
    /// × its seconds, per <c>per</c> group), or nothing when the SLI counts no events or N ≤ 1.
    /// </summary>
    private string EnoughEvents(BurnWindow pair)
    {
        var minEvents = LowTrafficGuard.MinEvents(slo, pair);
        if (!LowTrafficGuard.Applies(slo) || minEvents <= 1)
        {
            return string.Empty;
        }

        var seconds = DecimalText.Format(pair.Long.Milliseconds / 1000m);
        return $"\nand\navg_over_time({Conventions.EventsRecord(windows.Base)}{sel}[{pair.Long}]) * {seconds} >= {minEvents}";
    }

    private Rule Alert(AlertTierModel tier)
    {
        var tierWindows = windows.Of(tier.Kind);

        // Inline raw expressions lack the service and slo labels that recordings carry.
        var and = slo.Sli is RawSliModel ? $"and ignoring ({Conventions.ServiceLabel}, {Conventions.SloLabel})" : "and";
        var conditions = tierWindows.Select(w =>
        {
            var factor = DecimalText.Format(w.Factor);
            return $"{Conventions.BurnRateRecord(w.Long)}{sel} > {factor}\n{and}\n{ShortBurn(w.Short)} > {factor}{EnoughEvents(w)}";
        });
        var expression = string.Join("\nor\n", conditions.Select(Expr.Paren));
        return new Rule(
            null,
            Conventions.AlertName(tier),
            expression,
            tier.For,
            GoTemplateLiteral.Escape(AlertText.Labels(service, slo, tier)),
            GoTemplateLiteral.Escape(AlertText.Annotations(service, slo, tier, tierWindows)));
    }
}
