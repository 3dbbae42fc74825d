using System.Text;
using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Kubernetes;

/// <summary>
/// One service → one <c>PrometheusRule</c> whose <c>spec.groups</c> are the rules file's groups,
/// or, past the size limit, several objects holding whole groups in file order.
/// </summary>
internal static class PrometheusRuleEmitter
{
    public const string ApiVersion = "monitoring.coreos.com/v1";

    public static string Path(ServiceModel service, int? part) =>
        part is { } n ? $"kubernetes/{service.Name}.{n}.prometheusrule.yaml" : $"kubernetes/{service.Name}.prometheusrule.yaml";

    public static IReadOnlyList<OutputFile> Emit(ServiceModel service, EmitOptions options, int maxObjectBytes)
    {
        var groups = PrometheusRulesEmitter.Groups(service, options);
        var parts = Split(service, groups, options, maxObjectBytes);
        if (parts.Count == 1)
        {
            return [new OutputFile(Path(service, null), Serialize(service, null, parts[0], options))];
        }

        return parts.Select((part, i) => new OutputFile(Path(service, i + 1), Serialize(service, i + 1, part, options))).ToList();
    }

    /// <summary>
    /// Greedy packing by whole groups (a group cannot be split without changing evaluation order).
    /// Parts are measured with their final numbered names; a single group larger than the limit
    /// still gets an object of its own, since nothing smaller can hold it.
    /// </summary>
    private static List<List<YamlMappingNode>> Split(
        ServiceModel service, IReadOnlyList<YamlMappingNode> groups, EmitOptions options, int maxObjectBytes)
    {
        if (Size(Serialize(service, null, groups, options)) <= maxObjectBytes)
        {
            return [groups.ToList()];
        }

        var parts = new List<List<YamlMappingNode>>();
        var current = new List<YamlMappingNode>();
        foreach (var group in groups)
        {
            // Part numbers only grow the name by a few bytes; measuring with a generous number is safe.
            if (current.Count > 0 && Size(Serialize(service, 999_999, [.. current, group], options)) > maxObjectBytes)
            {
                parts.Add(current);
                current = [];
            }

            current.Add(group);
        }

        parts.Add(current);
        return parts;
    }

    private static int Size(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Serialize(ServiceModel service, int? part, IReadOnlyList<YamlMappingNode> groups, EmitOptions options)
    {
        var labels = options.KubernetesRuleLabels.Prepend(new(KubernetesNames.PartOfLabel, ToolInfo.Name));
        var root = YamlWriter.Map(
        [
            new("apiVersion", YamlWriter.String(ApiVersion)),
            new("kind", YamlWriter.String("PrometheusRule")),
            new("metadata", KubernetesEmitter.Metadata(
                KubernetesNames.PrometheusRule(service.Name, part), options.KubernetesNamespace, labels)),
            new("spec", YamlWriter.Map([new("groups", new YamlSequenceNode(groups))])),
        ]);
        return YamlWriter.Serialize(root, [Conventions.Header(service)]);
    }
}
