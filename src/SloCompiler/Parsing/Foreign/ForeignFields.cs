using SloCompiler.Diagnostics;
using SloCompiler.Syntax;

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
    public static IReadOnlyList<LabelSyntax> Merge(IReadOnlyList<LabelSyntax> outer, IReadOnlyList<LabelSyntax> inner) =>
        outer.Where(o => !inner.Any(i => i.Name.Value == o.Name.Value)).Concat(inner).ToList();
}
