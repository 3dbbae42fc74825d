using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>What kind of thing an SLO counts; decides the nouns and the "budget means" phrase.</summary>
internal enum SliKind
{
    Requests,
    Latency,
    Uptime,
    Raw,
    Threshold,
}

/// <summary>
/// One language's sentences. Callers pass numbers already formatted (invariant culture), so a
/// language only decides word order and wording, never number formatting.
/// </summary>
internal abstract class ExplainPhrases
{
    /// <summary>"Service payments-api (team payments)".</summary>
    public abstract string ServiceHeading(string service, string? team);

    /// <summary>"43.2 minutes", "1 hour".</summary>
    public string Quantity(decimal value, TimeUnit unit) =>
        ExplainQuantities.Number(value) + " " + (value == 1m ? Singular(unit) : Plural(unit));

    /// <summary>"an hour", "3 days": the form used after "within".</summary>
    public string Within(decimal value, TimeUnit unit) => value == 1m ? One(unit) : Quantity(value, unit);

    /// <summary>Goal and budget, lowercase start (it follows "name: "), ending with a full stop.</summary>
    public abstract string Summary(SliKind kind, EventUnit unit, string objective, string period, string? threshold, string budget, string budgetTime);

    /// <summary>"Someone is paged via x, only during y," (no trailing space); lowercase start.</summary>
    public abstract string TierOpening(bool page, string? receiver, string? during);

    /// <summary>" when 2% of it burns within an hour"; <paramref name="startsSentence"/> allows "of it".</summary>
    public abstract string FirstBurn(string fraction, string within, bool startsSentence);

    /// <summary>Another window of the same tier: "or 5% within 6 hours", or "or within 3 days" when the fraction repeats.</summary>
    public abstract string OtherBurn(string? fraction, string within);

    /// <summary>"nobody is paged for this SLO"; lowercase start.</summary>
    public abstract string TierDisabled(bool page);

    /// <summary>"Out of every 1000 requests, at most 1 may fail."; null when the kind has no events.</summary>
    public abstract string? OutOfEvery(SliKind kind, EventUnit unit, string total, string allowed, bool single, string? threshold);

    /// <summary>
    /// "Low-traffic guard: a page needs at least 70 requests within an hour; a ticket at least 334 within a day."
    /// One entry per guarded tier: (page?, count, within).
    /// </summary>
    public abstract string LowTraffic(EventUnit unit, IReadOnlyList<(bool Page, string Count, string Within)> tiers);

    /// <summary>"Measured separately for each route."</summary>
    public abstract string PerGroup(IReadOnlyList<string> labels);

    /// <summary>"800 ms", "1.2 seconds".</summary>
    public abstract string Threshold(decimal seconds);

    protected abstract string Singular(TimeUnit unit);

    protected abstract string Plural(TimeUnit unit);

    protected abstract string One(TimeUnit unit);

    /// <summary>Label lists joined as people write them: "route", "route and method", "a, b and c".</summary>
    protected static string JoinWords(IReadOnlyList<string> words, string and) =>
        words.Count <= 1
            ? string.Join(string.Empty, words)
            : string.Join(", ", words.Take(words.Count - 1)) + " " + and + " " + words[^1];
}
