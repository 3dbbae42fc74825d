using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// Settings that cascade: built-in defaults ← file <c>defaults</c> ← service's <c>policy</c> ← service ← SLO.
/// e.g. <c>defaults { period 30d  evaluation 30s  alerting { page receiver=pd } }</c>.
/// All values are kept as written; the checker parses and validates them.
/// </summary>
public sealed record SettingsSyntax(
    Spanned<string>? Period,
    Spanned<string>? Evaluation,
    AlertingSyntax? Alerting,
    SourceSpan Span)
{
    public static SettingsSyntax Empty(SourceSpan span) => new(null, null, null, span);

    /// <summary><c>alert_name CheckoutErrorBudget</c>: the name of the page and ticket alerts (both tiers).</summary>
    public Spanned<string>? AlertName { get; init; }

    /// <summary><c>unit messages</c>: what one event is, in the words of explain, dashboards and reports.</summary>
    public Spanned<string>? Unit { get; init; }

    /// <summary><c>min_events 100</c>: events each burn pair's long window must hold before any tier alerts (low-traffic guard).</summary>
    public Spanned<string>? MinEvents { get; init; }

    /// <summary><c>query_offset 1m</c>: how far back the ruler reads, for samples that arrive late through remote write.</summary>
    public Spanned<string>? QueryOffset { get; init; }
}

/// <summary>A named, shared block of settings: <c>policy standard { period 28d }</c>.</summary>
public sealed record PolicySyntax(Spanned<string> Name, SettingsSyntax Settings, SourceSpan Span);
