using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// <c>service payments-api { team payments  runbook "https://…/{slo}"  labels { tier = "1" }  slo … }</c>.
/// </summary>
public sealed record ServiceSyntax(
    Spanned<string> Name,
    Spanned<string>? Team,
    Spanned<string>? Owner,
    Spanned<string>? Description,
    Spanned<string>? Runbook,
    IReadOnlyList<LabelSyntax> Labels,
    Spanned<string>? Policy,
    SettingsSyntax Settings,
    IReadOnlyList<SloSyntax> Slos,
    SourceSpan Span)
{
    /// <summary>
    /// <c>down_alert PaymentsApiDown</c>: the name of an alert that means the whole service is down,
    /// so Alertmanager suppresses the service's SLO alerts while it fires.
    /// </summary>
    public Spanned<string>? DownAlert { get; init; }
}
