using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// Which windows one SLO's rules use. Disabled tiers still contribute their windows so the
/// recordings (and dashboards reading them) do not depend on alert switches.
/// </summary>
internal sealed record SloWindows(
    PromDuration Base,
    IReadOnlyList<BurnWindow> Page,
    IReadOnlyList<BurnWindow> Ticket,
    IReadOnlyList<PromDuration> RecordedLongs)
{
    public static SloWindows For(SloModel slo)
    {
        var page = Pick(slo.Page, MultiWindowPolicy.PageWindows(slo.Period, slo.EvaluationInterval));
        var ticket = Pick(slo.Ticket, MultiWindowPolicy.TicketWindows(slo.Period, slo.EvaluationInterval));
        // Every long window gets a burn-rate recording, the page tier's first (the shortest), in tier order.
        var longs = page.Concat(ticket).Select(w => w.Long).Distinct().ToList();
        return new SloWindows(slo.BaseWindow, page, ticket, longs);
    }

    public IReadOnlyList<BurnWindow> Of(AlertTierKind kind) => kind == AlertTierKind.Page ? Page : Ticket;

    private static IReadOnlyList<BurnWindow> Pick(AlertTierModel tier, IReadOnlyList<BurnWindow> policy) =>
        tier.Enabled && tier.Windows.Count > 0 ? tier.Windows : policy;
}
