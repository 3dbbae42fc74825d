using SloCompiler.Text;

namespace SloCompiler.Diagnostics;

/// <summary>The one-line form every output starts from: <c>path(line,col): error SLO101: message</c>.</summary>
public static class DiagnosticFormatter
{
    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    public static string Headline(Diagnostic diagnostic)
    {
        TextPosition start = diagnostic.Span.StartPosition;
        return $"{diagnostic.Span.File.Path}({start.Line},{start.Column}): {SeverityText(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}";
    }
}
