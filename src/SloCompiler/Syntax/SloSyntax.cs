using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// <c>slo availability { objective 99.9% over 30d  ratio { bad …  total … } }</c>.
/// <see cref="GroupBy"/> comes from <c>per route, tenant</c>: one SLO evaluated per label value.
/// </summary>
public sealed record SloSyntax(
    Spanned<string> Name,
    Spanned<string>? Description,
    ObjectiveSyntax? Objective,
    SliSyntax? Sli,
    IReadOnlyList<Spanned<string>> GroupBy,
    IReadOnlyList<LabelSyntax> Labels,
    SettingsSyntax Settings,
    SourceSpan Span)
{
    /// <summary><c>no_data off</c>: no alert when the SLI's total series vanishes (on by default).</summary>
    public Spanned<bool>? NoData { get; init; }
}

/// <summary>
/// <c>objective 99.9% over 30d</c>, or the percentile sugar <c>objective p95 &lt; 300ms over 7d</c>
/// (Percent = "95", LatencyThreshold = "300ms"). Period may instead come from settings.
/// </summary>
public sealed record ObjectiveSyntax(
    Spanned<string> Percent,
    Spanned<string>? Period,
    Spanned<string>? LatencyThreshold,
    SourceSpan Span);
