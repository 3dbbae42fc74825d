using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// Shared pieces of the classic dashboard JSON model and its one serializer. Dashboards are built
/// as <see cref="JsonObject"/> trees whose insertion order is the output order, so files are stable.
/// </summary>
internal static class GrafanaJson
{
    /// <summary>The classic (pre-v2) model; Grafana 11 and 12 load it and migrate forward on save.</summary>
    public const int SchemaVersion = 39;

    private const int MaxUidLength = 40;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Keeps Spanish descriptions and PromQL's =~ readable; quotes and backslashes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Two-space indented JSON with <c>\n</c> line ends and a trailing newline.</summary>
    public static string Serialize(JsonNode node)
    {
        using var stream = SerializeUtf8(node);

        // Decoded straight from the buffer: a fleet's overview is megabytes, so no extra copies.
        return Encoding.UTF8.GetString(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>The same as UTF-8, in a stream whose buffer (<see cref="MemoryStream.GetBuffer"/>) holds it from 0 to its length.</summary>
    public static MemoryStream SerializeUtf8(JsonNode node)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            node.WriteTo(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream;
    }

    /// <summary>
    /// <c>slo-&lt;name&gt;</c> when that is a valid uid of at most 40 characters; otherwise a readable
    /// prefix plus 8 hex digits of the name's SHA-256, so the uid never changes between compilations.
    /// </summary>
    public static string Uid(string name)
    {
        var plain = "slo-" + name;
        if (plain.Length <= MaxUidLength && plain.All(IsUidChar))
        {
            return plain;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        var cleaned = new string(name.Select(c => IsUidChar(c) ? c : '-').ToArray());
        var room = MaxUidLength - "slo-".Length - 1 - hash.Length;
        return $"slo-{cleaned[..Math.Min(room, cleaned.Length)]}-{hash}";
    }

    /// <summary>Every query and variable reads the data source picked in the <c>datasource</c> variable.</summary>
    public static JsonObject Datasource() => new()
    {
        ["type"] = "prometheus",
        ["uid"] = "${" + Conventions.DatasourceVariable + "}",
    };

    public static JsonObject GridPos(int x, int y, int w, int h) => new()
    {
        ["h"] = h,
        ["w"] = w,
        ["x"] = x,
        ["y"] = y,
    };

    /// <summary>A PromQL query; <paramref name="instant"/> for single values, ranges for graphs.</summary>
    public static JsonObject Target(string refId, string expr, string legend, bool instant = false) => new()
    {
        ["datasource"] = Datasource(),
        ["editorMode"] = "code",
        ["expr"] = expr,
        ["instant"] = instant,
        ["legendFormat"] = legend,
        ["range"] = !instant,
        ["refId"] = refId,
    };

    /// <summary>Absolute thresholds; the first step is the base colour (value null).</summary>
    public static JsonObject Thresholds(string baseColor, params (decimal Value, string Color)[] steps)
    {
        var list = new JsonArray(new JsonObject { ["color"] = baseColor, ["value"] = null });
        foreach (var (value, color) in steps.OrderBy(s => s.Value))
        {
            list.Add((JsonNode)new JsonObject { ["color"] = color, ["value"] = value });
        }

        return new JsonObject { ["mode"] = "absolute", ["steps"] = list };
    }

    /// <summary>Query refIds A, B, … Z, then AA, AB, ….</summary>
    public static string RefId(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : RefId((index / 26) - 1) + (char)('A' + (index % 26));

    private static bool IsUidChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_';
}
