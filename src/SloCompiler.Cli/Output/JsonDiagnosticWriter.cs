using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Output;

/// <summary>
/// <c>{"diagnostics":[{"code","severity","file","line","column","endLine","endColumn","message"}]}</c>,
/// keys in exactly this order, positions 1-based, for scripts and editors.
/// </summary>
internal static class JsonDiagnosticWriter
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics) =>
        JsonOutput.Write(writer => Write(writer, diagnostics, () => { }));

    /// <summary>The same text, streamed to <paramref name="output"/> (lint's findings can run to tens of megabytes).</summary>
    public static void WriteTo(TextWriter output, IReadOnlyList<Diagnostic> diagnostics) =>
        JsonOutput.WriteTo(output, (writer, flush) => Write(writer, diagnostics, flush));

    private static void Write(System.Text.Json.Utf8JsonWriter writer, IReadOnlyList<Diagnostic> diagnostics, Action flush)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            var start = diagnostic.Span.StartPosition;
            var end = diagnostic.Span.EndPosition;
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", DiagnosticFormatter.SeverityText(diagnostic.Severity));
            writer.WriteString("file", diagnostic.Span.File.Path);
            writer.WriteNumber("line", start.Line);
            writer.WriteNumber("column", start.Column);
            writer.WriteNumber("endLine", end.Line);
            writer.WriteNumber("endColumn", end.Column);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
            flush();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
