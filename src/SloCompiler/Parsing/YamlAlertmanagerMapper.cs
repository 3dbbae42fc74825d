using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>
/// Maps <c>kind: Receivers</c> (<c>spec.receivers: [{ name, type, …settings }]</c>) and
/// <c>kind: TimeInterval</c> (<c>metadata.name</c>, <c>spec: { weekdays, times, location }</c>) to syntax.
/// Receiver settings are open-ended here: the checker validates keys per type for both front ends alike.
/// </summary>
internal static class YamlAlertmanagerMapper
{
    private static readonly string[] TimeSpecKeys = ["weekdays", "times", "location"];

    public static IReadOnlyList<ReceiverSyntax> Receivers(YamlContext context, YamlMap root)
    {
        if (root.Get("metadata") is { } metadata && !YamlContext.IsNull(metadata))
        {
            context.Map(metadata, "metadata", ["name"]);
        }

        if (root.Get("spec") is not { } specNode || YamlContext.IsNull(specNode)
            || context.Map(specNode, "spec", ["receivers"]) is not { } spec
            || spec.Get("receivers") is not { } list || YamlContext.IsNull(list))
        {
            return [];
        }

        if (list is not YamlSequenceNode sequence)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(list), "spec.receivers", "a list of receivers");
            return [];
        }

        var receivers = new List<ReceiverSyntax>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Receiver(context, sequence.Children[i], $"spec.receivers[{i}]") is { } receiver)
            {
                receivers.Add(receiver);
            }
        }

        return receivers;
    }

    public static TimeIntervalSyntax? TimeInterval(YamlContext context, YamlMap root)
    {
        if (root.Get("metadata") is not { } metadataNode || YamlContext.IsNull(metadataNode))
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, root.KeySpanOr("kind", context), "this TimeInterval", "metadata.name");
            return null;
        }

        if (context.Map(metadataNode, "metadata", ["name"]) is not { } metadata
            || context.Required(metadata, "name", "this TimeInterval") is not { } name)
        {
            return null;
        }

        var specNode = root.Get("spec");
        var spec = specNode is null || YamlContext.IsNull(specNode) ? null : context.Map(specNode, "spec", TimeSpecKeys);
        return new TimeIntervalSyntax(
            name,
            spec is null ? [] : context.StringList(spec, "weekdays"),
            spec is null ? [] : context.StringList(spec, "times"),
            spec is null ? null : context.String(spec, "location"),
            context.Span(root.Node));
    }

    /// <summary>Every key but <c>name</c> and <c>type</c> is a setting, kept in written order.</summary>
    private static ReceiverSyntax? Receiver(YamlContext context, YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), path, "a mapping");
            return null;
        }

        var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();
        var map = context.Map(mapping, path, keys)!;
        var name = context.Required(map, "name", path);
        var type = context.Required(map, "type", path);
        var settings = new List<ReceiverSettingSyntax>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey || key is "name" or "type")
            {
                continue;
            }

            var settingPath = YamlContext.Child(path, key);
            if (value is YamlScalarNode { Value: null or "" } && YamlContext.IsNull(value))
            {
                continue;
            }

            if (context.String(value, settingPath) is { } text)
            {
                settings.Add(new ReceiverSettingSyntax(new(key, context.Span(scalarKey)), text));
            }
        }

        return name is null || type is null ? null : new ReceiverSyntax(name, type, settings, context.Span(mapping));
    }
}
