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
}

/// <summary>A named, shared block of settings: <c>policy standard { period 28d }</c>.</summary>
public sealed record PolicySyntax(Spanned<string> Name, SettingsSyntax Settings, SourceSpan Span);
