using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// A named time interval that tiers use with <c>during=</c>:
/// <c>time business-hours weekdays mon..fri 09:00-18:00 America/Lima</c>, or a YAML
/// <c>kind: TimeInterval</c> document. Days, time ranges and the location stay text; the checker parses them.
/// </summary>
public sealed record TimeIntervalSyntax(
    Spanned<string> Name,
    IReadOnlyList<Spanned<string>> Weekdays,
    IReadOnlyList<Spanned<string>> Times,
    Spanned<string>? Location,
    SourceSpan Span);
