using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SloCompiler.Text;

namespace SloCompiler.Emit;

/// <summary>
/// <c>manifest.json</c>: the tool version and the sha256 of every input and every other output, so a
/// reviewer (or CI) can tell which sources produced which generated files. It never lists itself.
/// </summary>
public static class ManifestEmitter
{
    /// <summary>The manifest's path relative to the output folder.</summary>
    public const string FileName = "manifest.json";

    public static OutputFile Emit(IReadOnlyList<SourceFile> sources, IReadOnlyList<OutputFile> outputs)
    {
        var inputs = sources.Select(s => (s.Path, s.Text));
        var others = outputs
            .Where(o => o.RelativePath != FileName)
            .Select(o => (Path: o.RelativePath, Text: o.Content));

        using var stream = new MemoryStream();
        // Relaxed escaping keeps paths readable; 2-space indentation and '\n' keep the file identical on every OS.
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteString("tool", ToolInfo.Name);
            writer.WriteString("version", ToolInfo.Version);
            WriteEntries(writer, "inputs", inputs);
            WriteEntries(writer, "outputs", others);
            writer.WriteEndObject();
        }

        return new OutputFile(FileName, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    /// <summary>Lowercase hex sha256 of the UTF-8 bytes, as <c>sha256sum</c> prints it.</summary>
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void WriteEntries(Utf8JsonWriter writer, string name, IEnumerable<(string Path, string Text)> entries)
    {
        writer.WriteStartArray(name);
        foreach (var (path, text) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            writer.WriteString("sha256", Sha256Hex(text));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
