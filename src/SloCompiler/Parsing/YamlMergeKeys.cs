using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>
/// Applies YAML merge keys as Go's YAML library (and so promtool) does: <c>&lt;&lt;: *base</c> or
/// <c>&lt;&lt;: [*a, *b]</c> adds the keys of the merged mappings that the mapping does not set itself, the first
/// merged mapping winning. YamlDotNet's own MergingParser keeps both copies of an overridden key, which then reads
/// as a duplicate key.
/// </summary>
internal static class YamlMergeKeys
{
    private static readonly YamlScalarNode MergeKey = new("<<");

    public static void Apply(YamlStream stream)
    {
        var done = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        foreach (var document in stream.Documents)
        {
            Apply(document.RootNode, done);
        }
    }

    private static void Apply(YamlNode node, HashSet<YamlNode> done)
    {
        if (!done.Add(node))
        {
            return; // an aliased node is merged once, wherever it is repeated
        }

        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Apply(child, done);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var child in mapping.Children.Values.ToList())
                {
                    Apply(child, done);
                }

                Merge(mapping);
                break;
        }
    }

    private static void Merge(YamlMappingNode mapping)
    {
        if (!mapping.Children.TryGetValue(MergeKey, out var merged) || IsQuotedKey(mapping))
        {
            return;
        }

        var sources = merged switch
        {
            YamlMappingNode one => [one],
            YamlSequenceNode many when many.Children.All(c => c is YamlMappingNode) => many.Children.Cast<YamlMappingNode>().ToList(),
            _ => null, // left as it is: the schema reader reports the odd key
        };
        if (sources is null)
        {
            return;
        }

        mapping.Children.Remove(MergeKey);
        foreach (var source in sources)
        {
            foreach (var (key, value) in source.Children)
            {
                if (!mapping.Children.ContainsKey(key))
                {
                    mapping.Children.Add(key, value);
                }
            }
        }
    }

    /// <summary>A quoted <c>"&lt;&lt;"</c> is an ordinary key in YAML, not a merge.</summary>
    private static bool IsQuotedKey(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().First(k => k.Value == "<<").Style is not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any);
}
