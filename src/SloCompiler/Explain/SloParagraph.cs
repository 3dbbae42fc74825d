using System.Text;
using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>Builds the paragraph for one SLO: goal and budget, alert tiers, "out of every N", grouping.</summary>
internal static class SloParagraph
{
    public static string Build(SloModel slo, ExplainPhrases phrases)
    {
        var kind = KindOf(slo.Sli);
        var threshold = slo.Sli switch
        {
            LatencySliModel latency => phrases.Threshold(latency.ThresholdSeconds),
            ThresholdSliModel condition => condition.Text,
            _ => null,
        };
        var (periodValue, periodUnit) = ExplainQuantities.Window(slo.Period);
        var (budgetValue, budgetUnit) = ExplainQuantities.Amount(ExplainQuantities.BudgetMilliseconds(slo));

        var sentences = new List<string>
        {
            slo.Name + ": " + phrases.Summary(
                kind,
                slo.Events,
                ExplainQuantities.Percent(slo.ObjectivePercent),
                phrases.Quantity(periodValue, periodUnit),
                threshold,
                ExplainQuantities.Percent(100m - slo.ObjectivePercent),
                phrases.Quantity(budgetValue, budgetUnit)),
            Tiers(slo, phrases),
        };

        if (ExplainQuantities.OutOfEvery(slo.ErrorBudget) is { } counts
            && phrases.OutOfEvery(
                kind,
                slo.Events,
                ExplainQuantities.Integer(counts.Total),
                ExplainQuantities.Integer(counts.Allowed),
                counts.Allowed == 1,
                threshold) is { } outOf)
        {
            sentences.Add(outOf);
        }

        if (LowTraffic(slo, phrases) is { } lowTraffic)
        {
            sentences.Add(lowTraffic);
        }

        if (slo.GroupBy.Count > 0)
        {
            sentences.Add(phrases.PerGroup(slo.GroupBy));
        }

        return string.Join(" ", sentences);
    }

    /// <summary>Each enabled tier's low-traffic guard on its first burn pair; null when no tier has one (N ≤ 1, or no events).</summary>
    private static string? LowTraffic(SloModel slo, ExplainPhrases phrases)
    {
        if (!LowTrafficGuard.Applies(slo))
        {
            return null;
        }

        var tiers = new[] { slo.Page, slo.Ticket }
            .Where(t => t.Enabled && t.Windows.Count > 0)
            .Select(t => (Tier: t, MinEvents: LowTrafficGuard.MinEvents(slo, t, t.Windows[0])))
            .Where(g => g.MinEvents > 1)
            .Select(g => (g.Tier.Kind == AlertTierKind.Page, ExplainQuantities.Integer(g.MinEvents), Within(g.Tier.Windows[0].Long, phrases)))
            .ToList();
        return tiers.Count == 0 ? null : phrases.LowTraffic(slo.Events, tiers);
    }

    private static SliKind KindOf(SliModel sli) => sli switch
    {
        LatencySliModel => SliKind.Latency,
        UptimeSliModel => SliKind.Uptime,
        ThresholdSliModel => SliKind.Threshold,
        RawSliModel => SliKind.Raw,
        _ => SliKind.Requests,
    };

    /// <summary>
    /// Both tiers on share one sentence ("…; a ticket is opened…") as people say it; a disabled tier
    /// gets a sentence of its own so "Nobody is paged for this SLO." stands out.
    /// </summary>
    private static string Tiers(SloModel slo, ExplainPhrases phrases)
    {
        if (slo.Page.Enabled && slo.Ticket.Enabled)
        {
            return Capitalize(Tier(slo.Page, phrases, startsSentence: true) + "; " + Tier(slo.Ticket, phrases, startsSentence: false)) + ".";
        }

        return Capitalize(Tier(slo.Page, phrases, startsSentence: true)) + ". "
            + Capitalize(Tier(slo.Ticket, phrases, startsSentence: true)) + ".";
    }

    private static string Tier(AlertTierModel tier, ExplainPhrases phrases, bool startsSentence)
    {
        var page = tier.Kind == AlertTierKind.Page;
        if (!tier.Enabled)
        {
            return phrases.TierDisabled(page);
        }

        var text = new StringBuilder(phrases.TierOpening(page, tier.Receiver, tier.During));
        if (tier.Windows.Count == 0)
        {
            return text.ToString();
        }

        var first = tier.Windows[0];
        text.Append(phrases.FirstBurn(ExplainQuantities.FractionPercent(first.BudgetFraction), Within(first.Long, phrases), startsSentence));
        var others = tier.Windows.Skip(1)
            .Select(w => phrases.OtherBurn(
                w.BudgetFraction == first.BudgetFraction ? null : ExplainQuantities.FractionPercent(w.BudgetFraction),
                Within(w.Long, phrases)))
            .ToList();
        if (others.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", others).Append(')');
        }

        return text.ToString();
    }

    private static string Within(PromDuration window, ExplainPhrases phrases)
    {
        var (value, unit) = ExplainQuantities.Window(window);
        return phrases.Within(value, unit);
    }

    // Invariant upper-casing: under tr-TR "i" would become "İ".
    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
