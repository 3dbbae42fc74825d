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

    public static OutputFile Emit(IReadOnlyList<SourceFile> sources, IReadOnlyList<OutputFile> outputs, EmitOptions? emitOptions = null) =>
        FromHashes(sources, outputs.Select(o => (o.RelativePath, Sha256Hex(o.Utf8Bytes()))), emitOptions);

    /// <summary>The same from the outputs' hashes, for a writer that kept only those (the outputs streamed to disk).</summary>
    public static OutputFile FromHashes(
        IReadOnlyList<SourceFile> sources, IEnumerable<(string Path, string Sha256)> outputHashes, EmitOptions? emitOptions = null)
    {
        var inputs = sources.Select(s => (s.Path, Sha256Hex(s.Text)));
        var others = outputHashes.Where(o => o.Path != FileName);

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
            writer.WriteStartObject("options");
            foreach (var (name, value) in OptionEntries(emitOptions ?? EmitOptions.Default))
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
            WriteEntries(writer, "inputs", inputs);
            WriteEntries(writer, "outputs", others);
            writer.WriteEndObject();
        }

        return new OutputFile(FileName, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    /// <summary>
    /// The options that shaped the outputs, by their project-file names, so <c>--check</c> can tell a run
    /// with other options from drift. Every option is listed, defaults included, in a fixed order.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> OptionEntries(EmitOptions options) =>
    [
        ("alertmanager_base", options.AlertmanagerBase?.Path ?? "none"),
        ("alertmanager_mode", options.AlertmanagerMode == AlertmanagerMode.Routes ? "routes" : "full"),
        ("alertmanager_version", options.AlertmanagerVersion.ToString()),
        ("dashboard_lang", options.DashboardLanguage),
        ("default_receiver", options.DefaultReceiver ?? "none"),
        ("max_rules_per_group", options.MaxRulesPerGroup?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"),
        ("namespace", options.KubernetesNamespace),
        ("rule_labels", string.Join(",", options.KubernetesRuleLabels.Select(l => $"{l.Key}={l.Value}"))),
        ("ruler", options.Ruler.Name),
        ("source_url", options.SourceUrl ?? "none"),
        ("target", options.Target == OutputTarget.Kubernetes ? "kubernetes" : "files"),
    ];

    /// <summary>Lowercase hex sha256 of the UTF-8 bytes, as <c>sha256sum</c> prints it.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>The same for text already encoded as UTF-8 (a writer that has the bytes at hand).</summary>
    public static string Sha256Hex(byte[] utf8) => Convert.ToHexStringLower(SHA256.HashData(utf8));

    private static void WriteEntries(Utf8JsonWriter writer, string name, IEnumerable<(string Path, string Sha256)> entries)
    {
        writer.WriteStartArray(name);
        foreach (var (path, sha256) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            writer.WriteString("sha256", sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
