using SloCompiler.Model;

namespace SloCompiler.Live.Backtest;

/// <summary>
/// One stretch of time an alert fired: from <see cref="Start"/> to <see cref="End"/> (the first step it no
/// longer fired), or still firing at the end of the range (<see cref="End"/> null). <see cref="Labels"/> are
/// the alert's own group labels (the SLO's <c>per</c> labels), empty for an ungrouped SLO.
/// </summary>
public sealed record AlertEpisode(
    AlertTierKind Tier,
    IReadOnlyDictionary<string, string> Labels,
    DateTimeOffset Start,
    DateTimeOffset? End,
    TimeSpan Duration)
{
    public bool StillFiring => End is null;

    /// <summary><c>{region="eu"}</c>, or empty for an ungrouped SLO.</summary>
    public string LabelText => Labels.Count == 0 ? string.Empty
        : "{" + string.Join(", ", Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={PromQlString.Quote(l.Value)}")) + "}";
}

/// <summary>Where the episodes came from.</summary>
public enum EpisodeSource
{
    /// <summary>Prometheus' own <c>ALERTS</c> series: the deployed rules fired.</summary>
    Alerts,

    /// <summary>The alert conditions replayed over the SLI's raw series: what the rules would have done.</summary>
    Replay,
}

/// <summary>One SLO's episodes over a range, with totals per tier.</summary>
public sealed record SloEpisodes(SloModel Slo, EpisodeSource Source, IReadOnlyList<AlertEpisode> Episodes)
{
    public int Count(AlertTierKind tier) => Episodes.Count(e => e.Tier == tier);

    public TimeSpan Firing(AlertTierKind tier) =>
        Episodes.Where(e => e.Tier == tier).Aggregate(TimeSpan.Zero, (sum, e) => sum + e.Duration);
}

/// <summary><c>slo backtest</c>'s answer: every SLO's replayed episodes over the range, and what it cost.</summary>
public sealed record BacktestReport(
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Step,
    string Server,
    IReadOnlyList<SloEpisodes> Slos,
    int QueryCount,
    IReadOnlyList<string> Warnings);
