using SloCompiler.Emit.Yaml;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Kubernetes;

/// <summary>
/// <c>--target kubernetes</c>: wraps the plain outputs in objects a cluster applies directly,
/// <c>kubernetes/&lt;service&gt;.prometheusrule.yaml</c> (prometheus-operator's
/// <c>monitoring.coreos.com/v1</c> <c>PrometheusRule</c>) and
/// <c>kubernetes/grafana-dashboard-&lt;name&gt;.configmap.yaml</c> (picked up by Grafana's dashboard sidecar).
/// <see cref="ArtifactEmitter.Stream(Model.SloProgram, EmitOptions)"/> writes them beside the plain files
/// (<see cref="PrometheusRuleEmitter"/>, <see cref="DashboardConfigMapEmitter"/>); this holds what they share.
/// </summary>
public static class KubernetesEmitter
{
    /// <summary>
    /// prometheus-operator copies rules into ConfigMaps it splits at 0.5 MiB (a ConfigMap holds at
    /// most 1 MiB); an object below this size never needs more than one.
    /// </summary>
    public const int MaxObjectBytes = 512 * 1024;

    /// <summary><c>metadata</c> with labels sorted by key, so the order never depends on option order.</summary>
    internal static YamlMappingNode Metadata(string name, string ns, IEnumerable<KeyValuePair<string, string>> labels)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels)
        {
            merged[key] = value;
        }

        return YamlWriter.Map(
        [
            new("name", YamlWriter.String(name)),
            new("namespace", YamlWriter.String(ns)),
            new("labels", YamlWriter.StringMap(merged)),
        ]);
    }
}
