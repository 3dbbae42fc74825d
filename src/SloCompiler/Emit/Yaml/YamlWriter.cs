using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Yaml;

/// <summary>
/// Deterministic YAML from YamlDotNet's representation model: every scalar gets an explicit style,
/// output uses <c>\n</c>, ends with one newline and carries no <c>...</c> document end marker.
/// </summary>
internal static partial class YamlWriter
{
    /// <summary>Multi-line text (PromQL) becomes a literal block; a plain scalar otherwise.</summary>
    public static YamlScalarNode Text(string value) =>
        value.Contains('\n', StringComparison.Ordinal)
            ? new YamlScalarNode(value) { Style = ScalarStyle.Literal }
            : String(value);

    /// <summary>
    /// A string that must stay a string: values YAML would read as numbers, booleans or null
    /// (<c>1</c>, <c>true</c>, <c>~</c>) are double-quoted; the emitter quotes other unsafe text itself.
    /// </summary>
    public static YamlScalarNode String(string value) =>
        new(value) { Style = LooksTyped().IsMatch(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain };

    /// <summary>A plain scalar for values meant to be typed (durations, numbers).</summary>
    public static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };

    public static YamlSequenceNode FlowSequence(IEnumerable<YamlNode> items)
    {
        var node = new YamlSequenceNode(items) { Style = SequenceStyle.Flow };
        return node;
    }

    public static YamlMappingNode Map(IEnumerable<KeyValuePair<string, YamlNode>> entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            map.Add(Plain(key), value);
        }

        return map;
    }

    /// <summary>A string-to-string map in the given order (labels, annotations).</summary>
    public static YamlMappingNode StringMap(IEnumerable<KeyValuePair<string, string>> entries) =>
        Map(entries.Select(e => new KeyValuePair<string, YamlNode>(e.Key, String(e.Value))));

    /// <summary>Serialises <paramref name="root"/> after the given comment lines.</summary>
    public static string Serialize(YamlNode root, IEnumerable<string> headerComments)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var body = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

        // YamlStream always closes the document explicitly; the files are single documents.
        body = body.TrimEnd('\n');
        if (body.EndsWith("\n...", StringComparison.Ordinal))
        {
            body = body[..^4];
        }

        var builder = new StringBuilder();
        foreach (var comment in headerComments)
        {
            builder.Append(comment).Append('\n');
        }

        return builder.Append(body.TrimEnd('\n')).Append('\n').ToString();
    }

    [GeneratedRegex(@"^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\.?[0-9][0-9_.:eE+-]*|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)|0x[0-9a-fA-F_]+|0o?[0-7_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LooksTyped();
}
