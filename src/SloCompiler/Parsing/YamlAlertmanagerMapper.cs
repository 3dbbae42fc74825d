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
            spec is { } specText ? context.String(specText, "location") : null,
            context.Span(root.Node));
    }

    /// <summary>
    /// <c>{ name, type, …settings }</c> for one integration, or <c>{ name, integrations: [{ type, …settings }, …] }</c>
    /// for a receiver that notifies several ways.
    /// </summary>
    private static ReceiverSyntax? Receiver(YamlContext context, YamlNode node, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), path, "a mapping");
            return null;
        }

        if (!mapping.Children.ContainsKey(new YamlScalarNode("integrations")))
        {
            var singleMap = context.Map(mapping, path, Keys(mapping))!;
            var singleName = context.Required(singleMap, "name", path);
            var single = Integration(context, mapping, singleMap, path, "name");
            return singleName is { } receiverName && single is not null ? new ReceiverSyntax(receiverName, [single], context.Span(mapping)) : null;
        }

        var map = context.Map(mapping, path, ["name", "integrations"])!;
        var name = context.Required(map, "name", path);
        var listPath = YamlContext.Child(path, "integrations");
        if (map.Get("integrations") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(map.Get("integrations")!), listPath, "a non-empty list of integrations");
            return null;
        }

        var integrations = new List<ReceiverIntegrationSyntax>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is not YamlMappingNode item)
            {
                context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(list.Children[i]), $"{listPath}[{i}]", "a mapping");
                return null;
            }

            var itemPath = $"{listPath}[{i}]";
            if (Integration(context, item, context.Map(item, itemPath, Keys(item))!, itemPath, null) is not { } integration)
            {
                return null;
            }

            integrations.Add(integration);
        }

        return name is { } receiver ? new ReceiverSyntax(receiver, integrations, context.Span(mapping)) : null;
    }

    /// <summary>Every key but <c>type</c> (and <paramref name="nameKey"/>) is a setting, kept in written order.</summary>
    private static ReceiverIntegrationSyntax? Integration(YamlContext context, YamlMappingNode mapping, YamlMap map, string path, string? nameKey)
    {
        var type = context.Required(map, "type", path);
        var settings = new List<ReceiverSettingSyntax>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey || key == "type" || key == nameKey)
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

        return type is { } integrationType ? new ReceiverIntegrationSyntax(integrationType, settings) : null;
    }

    private static List<string> Keys(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();
}
