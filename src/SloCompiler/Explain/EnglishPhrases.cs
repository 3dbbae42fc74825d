using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>English wording.</summary>
internal sealed class EnglishPhrases : ExplainPhrases
{
    public static EnglishPhrases Instance { get; } = new();

    public override string ServiceHeading(string service, string? team) =>
        team is null ? "Service " + service : "Service " + service + " (team " + team + ")";

    public override string Summary(SliKind kind, EventUnit unit, string objective, string period, string? threshold, string budget, string budgetTime) =>
        kind switch
        {
            SliKind.Uptime =>
                $"the target is up {objective} of the time over {period}; the budget is {budgetTime} of downtime.",
            SliKind.Threshold =>
                $"{threshold} holds {objective} of the time over {period}, checked at every rule evaluation; " +
                $"the budget is {budgetTime} outside that limit.",
            SliKind.Latency =>
                $"{objective} of {unit.EnglishPlural} over {period} are answered in under {threshold}. " +
                $"The error budget is {budget} of {unit.EnglishPlural} — {budgetTime} of every {unit.EnglishSingular} being slow.",
            SliKind.Raw =>
                $"{objective} of {unit.EnglishPlural} over {period} succeed, as measured by a custom error-ratio expression. " +
                $"The error budget is {budget} of {unit.EnglishPlural} — {budgetTime} of full outage.",
            _ =>
                $"{objective} of {unit.EnglishPlural} over {period} succeed. " +
                $"The error budget is {budget} of {unit.EnglishPlural} — {budgetTime} of full outage.",
        };

    public override string TierOpening(bool page, string? receiver, string? during) =>
        (page ? "someone is paged" : "a ticket is opened")
        + (receiver is null ? string.Empty : " via " + receiver)
        + (during is null ? string.Empty : ", only during " + during + ",");

    public override string FirstBurn(string fraction, string within, bool startsSentence) =>
        $" when {fraction}{(startsSentence ? " of it" : string.Empty)} burns within {within}";

    public override string OtherBurn(string? fraction, string within) =>
        fraction is null ? "or within " + within : $"or {fraction} within {within}";

    public override string TierDisabled(bool page) =>
        page ? "nobody is paged for this SLO" : "no ticket is opened for this SLO";

    public override string? OutOfEvery(SliKind kind, EventUnit unit, string total, string allowed, bool single, string? threshold) =>
        kind switch
        {
            SliKind.Uptime or SliKind.Threshold => null,
            SliKind.Latency => $"Out of every {total} {unit.EnglishPlural}, at most {allowed} may take {threshold} or longer.",
            _ => $"Out of every {total} {unit.EnglishPlural}, at most {allowed} may fail.",
        };

    public override string LowTraffic(EventUnit unit, IReadOnlyList<(bool Page, string Count, string Within)> tiers) =>
        "Low-traffic guard: " + string.Join("; ", tiers.Select((t, i) =>
            $"{(t.Page ? "a page" : "a ticket")} needs at least {t.Count}{(i == 0 ? " " + unit.EnglishPlural : string.Empty)} within {t.Within}")) + ".";

    public override string PerGroup(IReadOnlyList<string> labels) =>
        "Measured separately for each " + JoinWords(labels, "and") + ".";

    public override string Threshold(decimal seconds) =>
        seconds < 1m
            ? ExplainQuantities.Number(seconds * 1000m) + " ms"
            : Quantity(seconds, TimeUnit.Second);

    protected override string Singular(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => "day",
        TimeUnit.Hour => "hour",
        TimeUnit.Minute => "minute",
        _ => "second",
    };

    protected override string Plural(TimeUnit unit) => Singular(unit) + "s";

    protected override string One(TimeUnit unit) => unit == TimeUnit.Hour ? "an hour" : "a " + Singular(unit);
}
