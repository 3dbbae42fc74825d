using SloCompiler.Model;

namespace SloCompiler.Checking;

/// <summary>One level of the settings cascade, validated: unset or invalid values are null.</summary>
internal sealed record SettingsLayer(PromDuration? Period, PromDuration? Evaluation, TierLayer Page, TierLayer Ticket)
{
    public static readonly SettingsLayer Empty = new(null, null, TierLayer.Empty, TierLayer.Empty);

    /// <summary>The name both tiers' alerts take (<c>alert_name</c>); null keeps the built-in names.</summary>
    public string? AlertName { get; init; }

    public EventUnit? Unit { get; init; }

    /// <summary>The low-traffic guard for every tier (<c>min_events</c>); a tier's own value wins at the same or an inner level.</summary>
    public long? MinEvents { get; init; }

    /// <summary>The rule groups' <c>query_offset</c>; null writes none.</summary>
    public PromDuration? QueryOffset { get; init; }
}

/// <summary>One tier at one level; fields merge one by one, labels and annotations by name.</summary>
internal sealed record TierLayer(
    bool? Enabled,
    string? Severity,
    PromDuration? For,
    string? Receiver,
    string? During,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations)
{
    public static readonly TierLayer Empty = new(null, null, null, null, null, new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>This tier's low-traffic guard (<c>page min_events=100</c>).</summary>
    public long? MinEvents { get; init; }

    /// <summary>This layer overridden by an inner one.</summary>
    public TierLayer With(TierLayer inner) => new(
        inner.Enabled ?? Enabled,
        inner.Severity ?? Severity,
        inner.For ?? For,
        inner.Receiver ?? Receiver,
        inner.During ?? During,
        LabelRules.Merge(Labels, inner.Labels),
        LabelRules.Merge(Annotations, inner.Annotations))
    {
        MinEvents = inner.MinEvents ?? MinEvents,
        KeepFiringFor = inner.KeepFiringFor ?? KeepFiringFor,
    };

    /// <summary><c>keep_firing_for</c>, inherited like <c>for</c>.</summary>
    public PromDuration? KeepFiringFor { get; init; }
}

/// <summary>The cascade's result for one SLO before its objective's own period is applied.</summary>
internal sealed record ResolvedSettings(PromDuration Period, PromDuration Evaluation, TierLayer Page, TierLayer Ticket, string? AlertName, EventUnit? Unit)
{
    /// <summary>The guard of tiers that set none of their own (<c>min_events</c>); null derives it per burn pair.</summary>
    public long? MinEvents { get; init; }

    public PromDuration? QueryOffset { get; init; }
}
