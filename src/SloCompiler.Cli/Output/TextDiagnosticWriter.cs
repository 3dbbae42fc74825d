using System.Globalization;
using System.Text;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Output;

/// <summary>
/// The human format: the shared headline, the offending source line and carets under the span,
/// a blank line after each diagnostic, and an <c>N errors, M warnings</c> summary (singular for 1).
/// Control characters from input are neutralised (<see cref="TerminalText"/>).
/// </summary>
internal static class TextDiagnosticWriter
{
    private const string Reset = "\u001b[0m";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, bool color)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            text.Append(Headline(diagnostic, color)).Append('\n');
            if (diagnostic.Span.File.Text.Length > 0)
            {
                var position = diagnostic.Span.StartPosition;
                var line = TerminalText.Neutralize(diagnostic.Span.File.GetLineText(position.Line - 1));
                text.Append(line).Append('\n');
                var carets = Carets(line, position.Column, diagnostic.Span.Length);
                var caret = carets.IndexOf('^', StringComparison.Ordinal);
                text.Append(carets[..caret]).Append(Paint(carets[caret..], diagnostic.Severity, color)).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(Summary(diagnostics)).Append('\n');
        return text.ToString();
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics) =>
        Count(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), "error") + ", " +
        Count(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning");

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary><c>^~~~</c> under the first line of the span; tabs are kept so the carets line up.</summary>
    internal static string Carets(string line, int column, int length)
    {
        var start = Math.Clamp(column - 1, 0, line.Length);
        var width = Math.Max(1, Math.Min(length, line.Length - start));
        var padding = new StringBuilder(start);
        foreach (var c in line.AsSpan(0, start))
        {
            padding.Append(c == '\t' ? '\t' : ' ');
        }

        return padding.Append('^').Append('~', width - 1).ToString();
    }

    private static string Headline(Diagnostic diagnostic, bool color)
    {
        // Neutralised before colouring: the only escape sequences printed are slo's own.
        var headline = TerminalText.Neutralize(DiagnosticFormatter.Headline(diagnostic));
        if (!color)
        {
            return headline;
        }

        // Colour only "error SLO101" inside the shared headline instead of re-implementing its layout.
        var marker = $"{DiagnosticFormatter.SeverityText(diagnostic.Severity)} {diagnostic.Code}";
        var at = headline.IndexOf("): " + marker + ":", StringComparison.Ordinal);
        return at < 0
            ? headline
            : headline[..(at + 3)] + Paint(marker, diagnostic.Severity, color) + headline[(at + 3 + marker.Length)..];
    }

    private static string Paint(string text, DiagnosticSeverity severity, bool color) =>
        !color ? text : severity switch
        {
            DiagnosticSeverity.Error => "\u001b[1;31m" + text + Reset,
            DiagnosticSeverity.Warning => "\u001b[1;33m" + text + Reset,
            _ => "\u001b[1;36m" + text + Reset,
        };
}
