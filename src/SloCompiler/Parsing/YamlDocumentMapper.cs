using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>Maps the <c>Service</c>, <c>Defaults</c> and <c>Policy</c> kinds to syntax (Alertmanager kinds: <see cref="YamlAlertmanagerMapper"/>).</summary>
internal static class YamlDocumentMapper
{
    public static readonly string[] Kinds = ["Service", "Defaults", "Policy", "Receivers", "TimeInterval"];

    private static readonly string[] RootKeys = ["apiVersion", "kind", "metadata", "spec"];

    private static readonly string[] ServiceMetadataKeys = ["name", "team", "owner", "description", "labels"];

    private static readonly string[] ServiceSpecKeys = ["runbook", "policy", "downAlert", "period", "evaluation", "alerting", "alert_name", "unit", "min_events", "query_offset", "slos"];

    public static ServiceSyntax? Service(YamlContext context, YamlMap root)
    {
        if (Metadata(context, root, ServiceMetadataKeys, "this Service") is not { } metadata
            || context.Required(metadata, "name", "this Service") is not { } name)
        {
            return null;
        }

        var span = context.Span(root.Node);
        var specNode = root.Get("spec");
        var spec = specNode is null || YamlContext.IsNull(specNode) ? null : context.Map(specNode, "spec", ServiceSpecKeys);
        return new ServiceSyntax(
            name,
            context.String(metadata, "team"),
            context.String(metadata, "owner"),
            context.String(metadata, "description"),
            spec is null ? null : context.String(spec, "runbook"),
            context.Labels(metadata, "labels"),
            spec is null ? null : context.String(spec, "policy"),
            spec is null ? SettingsSyntax.Empty(span) : YamlSettingsMapper.Settings(context, spec, context.Span(spec.Node)),
            spec is null ? [] : YamlSloMapper.Slos(context, spec),
            span)
        {
            DownAlert = spec is null ? null : context.String(spec, "downAlert"),
        };
    }

    public static PolicySyntax? Policy(YamlContext context, YamlMap root)
    {
        if (Metadata(context, root, ["name"], "this Policy") is not { } metadata
            || context.Required(metadata, "name", "this Policy") is not { } name)
        {
            return null;
        }

        var span = context.Span(root.Node);
        return new PolicySyntax(name, YamlSettingsMapper.SettingsOnly(context, root.Get("spec"), "spec", span), span);
    }

    /// <summary>Defaults need no metadata; a <c>metadata.name</c> is allowed for readers but not used.</summary>
    public static SettingsSyntax Defaults(YamlContext context, YamlMap root)
    {
        if (root.Get("metadata") is { } metadata && !YamlContext.IsNull(metadata))
        {
            context.Map(metadata, "metadata", ["name"]);
        }

        return YamlSettingsMapper.SettingsOnly(context, root.Get("spec"), "spec", context.Span(root.Node));
    }

    public static YamlMap? Root(YamlContext context, YamlMappingNode node) => context.Map(node, string.Empty, RootKeys);

    private static YamlMap? Metadata(YamlContext context, YamlMap root, IReadOnlyList<string> keys, string owner)
    {
        if (root.Get("metadata") is not { } node || YamlContext.IsNull(node))
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, root.KeySpanOr("kind", context), owner, "metadata.name");
            return null;
        }

        return context.Map(node, "metadata", keys);
    }
}
