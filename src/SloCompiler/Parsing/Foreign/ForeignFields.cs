using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Foreign;

/// <summary>Helpers the Sloth, OpenSLO and Pyrra readers share for what our model cannot hold.</summary>
internal static class ForeignFields
{
    /// <summary>Reports a field our model has no place for, at its key, naming why (never dropped in silence).</summary>
    public static void NotKept(YamlContext context, YamlMap map, string key, string why)
    {
        if (map.Key(key) is { } keyNode)
        {
            context.Report(DiagnosticDescriptors.ForeignFieldNotKept, context.Span(keyNode), YamlContext.Child(map.Path, key), why);
        }
    }

    /// <summary>Labels of an outer level first, then the inner level's, an inner name replacing the outer one.</summary>
    /// <summary>The value under <paramref name="key"/> when <paramref name="node"/> is a mapping; its shape was reported by whoever mapped it.</summary>
    public static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static IReadOnlyList<LabelSyntax> Merge(IReadOnlyList<LabelSyntax> outer, IReadOnlyList<LabelSyntax> inner) =>
        outer.Where(o => !inner.Any(i => i.Name.Value == o.Name.Value)).Concat(inner).ToList();
}
