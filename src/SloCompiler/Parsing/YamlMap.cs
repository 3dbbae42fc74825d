using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>A mapping whose keys were checked against the schema; <see cref="Path"/> names it in messages.</summary>
internal sealed class YamlMap(
    YamlMappingNode node,
    string path,
    IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> entries)
{
    public YamlMappingNode Node => node;

    public string Path => path;

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlScalarNode? Key(string key) => entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>The first key as written, to point at a mapping that lacks something (empty at the start of an empty mapping).</summary>
    public SourceSpan FirstKeySpan(YamlContext context) =>
        node.Children.Count > 0 ? context.Span(node.Children[0].Key) : context.Span(node.Start, node.Start);

    /// <summary>Where to point at a problem with a key: the key itself, or the whole mapping when it is absent.</summary>
    public SourceSpan KeySpanOr(string key, YamlContext context) =>
        Key(key) is { } keyNode ? context.Span(keyNode) : context.Span(node.Start, node.Start);
}
