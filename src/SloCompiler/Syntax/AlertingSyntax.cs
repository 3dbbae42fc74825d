using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary><c>alerting { page severity=critical receiver=pd  ticket off }</c>.</summary>
public sealed record AlertingSyntax(AlertTierSyntax? Page, AlertTierSyntax? Ticket, SourceSpan Span);

/// <summary>
/// One tier as written: <c>page severity=critical receiver=pd for=2m during=business-hours labels { a = "b" }</c>,
/// or <c>ticket off</c>. Every field is optional; unset fields inherit from the outer level.
/// </summary>
public sealed record AlertTierSyntax(
    Spanned<string> Kind,
    Spanned<bool>? Enabled,
    Spanned<string>? Severity,
    Spanned<string>? Receiver,
    Spanned<string>? For,
    Spanned<string>? During,
    IReadOnlyList<LabelSyntax> Labels,
    IReadOnlyList<LabelSyntax> Annotations,
    SourceSpan Span)
{
    /// <summary><c>page min_events=100</c>: this tier's low-traffic guard, over the general <c>min_events</c>.</summary>
    public Spanned<string>? MinEvents { get; init; }

    /// <summary><c>keep_firing_for=10m</c>: how long the alert keeps firing after its condition clears, against flapping.</summary>
    public Spanned<string>? KeepFiringFor { get; init; }
}

/// <summary>A label or annotation pair: <c>tier = "1"</c>.</summary>
public readonly record struct LabelSyntax(Spanned<string> Name, Spanned<string> Value);
