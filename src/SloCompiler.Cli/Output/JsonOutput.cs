using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SloCompiler.Cli.Output;

/// <summary>Shared JSON settings: 2-space indentation, '\n', readable quotes in messages, trailing newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Output goes to terminals and CI tools, never into HTML, so quotes and '<' stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        // decoded straight from the stream's buffer with the newline in it: output for 100,000 rules runs to
        // megabytes, and copying it three more times raised lint's peak memory
        stream.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>A named array of strings: <c>"warnings": ["…"]</c>.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
