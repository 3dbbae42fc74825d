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
    PromDuration RawLong,
    IReadOnlyList<PromDuration> DerivedLongs)
{
    /// <summary>Every long window that gets a burn-rate recording, the raw-series one first.</summary>
    public IEnumerable<PromDuration> RecordedLongs => DerivedLongs.Prepend(RawLong);

    public static SloWindows For(SloModel slo)
    {
        var page = Pick(slo.Page, MultiWindowPolicy.PageWindows(slo.Period, slo.EvaluationInterval));
        var ticket = Pick(slo.Ticket, MultiWindowPolicy.TicketWindows(slo.Period, slo.EvaluationInterval));
        var rawLong = page[0].Long;
        var derived = page.Skip(1).Concat(ticket)
            .Select(w => w.Long)
            .Where(w => w != rawLong)
            .Distinct()
            .ToList();
        return new SloWindows(slo.BaseWindow, page, ticket, rawLong, derived);
    }

    public IReadOnlyList<BurnWindow> Of(AlertTierKind kind) => kind == AlertTierKind.Page ? Page : Ticket;

    private static IReadOnlyList<BurnWindow> Pick(AlertTierModel tier, IReadOnlyList<BurnWindow> policy) =>
        tier.Enabled && tier.Windows.Count > 0 ? tier.Windows : policy;
}
