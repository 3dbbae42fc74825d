namespace SloCompiler.Model;

/// <summary>
/// How many events a burn pair's long window must hold before the pair may alert. Derived, it is
/// the fewest events in which one failure alone stays at or under the pair's threshold: one bad
/// event in N is an error ratio of 1/N, which crosses factor × budget exactly when N &lt; 1/(factor ×
/// budget), so at least ⌈1/(factor × budget)⌉ events means no single failure pages or tickets (70 an
/// hour for 99.9% at 14.4×). The SRE Workbook's low-traffic section names the cost: below that
/// traffic, even a real outage does not alert, which the no-data alert and synthetic traffic cover.
/// </summary>
public static class LowTrafficGuard
{
    /// <summary>The guard of one pair of a tier; 0 or 1 means none is needed.</summary>
    public static long MinEvents(SloModel slo, AlertTierModel tier, BurnWindow pair) =>
        tier.MinEvents ?? Derived(slo.ErrorBudget, pair.Factor);

    public static long Derived(decimal errorBudget, decimal factor)
    {
        var threshold = errorBudget * factor;
        return threshold <= 0 || threshold >= 1 ? 0 : (long)Math.Ceiling(1m / threshold);
    }

    /// <summary>Whether one pair of a tier alerts only above a guard: the SLI counts events and N &gt; 1.</summary>
    public static bool Guards(SloModel slo, AlertTierModel tier, BurnWindow pair) => Applies(slo) && MinEvents(slo, tier, pair) > 1;

    /// <summary>Whether the SLI counts events at all (raw ratios and uptime do not).</summary>
    public static bool Applies(SloModel slo) => slo.Sli is RatioSliModel or LatencySliModel;
}
