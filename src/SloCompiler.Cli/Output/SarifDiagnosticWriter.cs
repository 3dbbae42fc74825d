using System.Text.Json;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Output;

/// <summary>
/// SARIF 2.1.0, the format GitHub code scanning and other review tools import. Every known code is
/// listed as a rule so tools can show its title even for codes that did not occur.
/// </summary>
internal static class SarifDiagnosticWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = DiagnosticDescriptors.All;
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules);
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(writer, diagnostic, rules);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Code);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.Severity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic diagnostic, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var start = diagnostic.Span.StartPosition;
        var end = diagnostic.Span.EndPosition;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        var index = rules.ToList().FindIndex(r => r.Code == diagnostic.Code);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", diagnostic.Span.File.Path);
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", start.Line);
        writer.WriteNumber("startColumn", start.Column);
        writer.WriteNumber("endLine", end.Line);
        writer.WriteNumber("endColumn", end.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
