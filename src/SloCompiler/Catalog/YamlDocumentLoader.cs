using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Catalog;

/// <summary>
/// Loads the single document of a catalog, policy or Alertmanager file. Unlike SLO sources these
/// files are named explicitly by the user, so malformed YAML is always reported (SLO005).
/// </summary>
internal static class YamlDocumentLoader
{
    public static YamlNode? Load(YamlContext context)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(GuardedYamlParser.Create(new StringReader(context.Source.Text[context.Origin..])));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlAliasLimitException exception)
        {
            context.Report(DiagnosticDescriptors.YamlAliasLimit, context.Span(exception.Start, exception.End), exception.Reason);
        }
        catch (YamlException exception)
        {
            var span = context.Span(exception.Start, exception.Start);
            context.Report(DiagnosticDescriptors.InvalidYaml, span, exception.Message);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            context.Report(DiagnosticDescriptors.InvalidYaml, context.Span(Mark.Empty, Mark.Empty), exception.Message);
        }

        return null;
    }

    /// <summary>A non-negative integer, or null when absent or invalid (reported).</summary>
    public static int? Count(YamlContext context, YamlMap map, string key)
    {
        if (context.String(map, key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.Report(DiagnosticDescriptors.InvalidPolicyValue, text.Span, text.Value, "must be a whole number such as 1000");
        return null;
    }

    /// <summary>Each mapping of a sequence, with its index path; other items are reported.</summary>
    public static IEnumerable<YamlMap> Maps(YamlContext context, YamlMap parent, string key, IReadOnlyList<string> allowed)
    {
        var node = parent.Get(key);
        if (node is null || YamlContext.IsNull(node))
        {
            yield break;
        }

        var path = YamlContext.Child(parent.Path, key);
        if (node is not YamlSequenceNode sequence)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), path, "a list of mappings");
            yield break;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (context.Map(sequence.Children[i], $"{path}[{i}]", allowed) is { } map)
            {
                yield return map;
            }
        }
    }
}
