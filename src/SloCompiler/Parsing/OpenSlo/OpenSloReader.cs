using SloCompiler.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.OpenSlo;

/// <summary>
/// Reads an <c>openslo/v1</c> document's envelope (kind and <c>metadata.name</c>); <see cref="OpenSloLinker"/> turns
/// the SLOs into services once every file is read, resolving <c>indicatorRef</c> and <c>metricSourceRef</c> across files.
/// </summary>
internal static class OpenSloReader
{
    public const string ApiVersion = "openslo/v1";

    public static readonly string[] Kinds = ["Service", "SLO", "SLI", "DataSource", "AlertPolicy", "AlertCondition", "AlertNotificationTarget"];

    public static OpenSloObject? Read(YamlContext context, YamlMappingNode node)
    {
        if (context.Map(node, string.Empty, ["apiVersion", "kind", "metadata", "spec"]) is not { } root
            || context.String(root, "kind") is not { } kind)
        {
            return null;
        }

        if (root.Get("metadata") is not { } metadataNode
            || context.Map(metadataNode, "metadata", ["name", "displayName", "labels", "annotations"]) is not { } metadata
            || context.Required(metadata, "name", $"this {kind.Value}") is not { } name)
        {
            if (!root.Has("metadata"))
            {
                context.Report(DiagnosticDescriptors.MissingYamlKey, root.KeySpanOr("kind", context), $"this {kind.Value}", "metadata.name");
            }

            return null;
        }

        return new OpenSloObject(context, kind.Value, name.Value, root);
    }
}
