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
    SourceSpan Span);
