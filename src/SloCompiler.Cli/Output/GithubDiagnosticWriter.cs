using System.Text;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>) so diagnostics show up
/// as annotations on the pull request's changed lines. Control characters from input are neutralised
/// first (<see cref="TerminalText"/>): the log viewer would run an escape sequence, and a newline
/// could start a workflow command of its own.
/// </summary>
internal static class GithubDiagnosticWriter
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            var start = diagnostic.Span.StartPosition;
            var end = diagnostic.Span.EndPosition;
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            text.Append("::").Append(command)
                .Append(" file=").Append(EscapeProperty(TerminalText.Neutralize(diagnostic.Span.File.Path)))
                .Append(",line=").Append(start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",col=").Append(start.Column.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",endLine=").Append(end.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",endColumn=").Append(end.Column.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",title=").Append(EscapeProperty(diagnostic.Code))
                .Append("::").Append(EscapeData(TerminalText.Neutralize(diagnostic.Message)))
                .Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The runner's escaping for a command's message (toolkit/core command.ts escapeData).</summary>
    internal static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property values additionally escape the ':' and ',' that delimit properties.</summary>
    internal static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
