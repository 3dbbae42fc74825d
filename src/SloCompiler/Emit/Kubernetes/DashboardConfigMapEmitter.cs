using SloCompiler.Emit.Yaml;

namespace SloCompiler.Emit.Kubernetes;

/// <summary>
/// Each <c>grafana/&lt;name&gt;.json</c> → a ConfigMap labelled <c>grafana_dashboard: "1"</c>, the
/// label the Grafana Helm chart's (kiwigrid k8s-sidecar) dashboard sidecar watches by default; the
/// sidecar writes the data key <c>&lt;name&gt;.json</c> as a file Grafana then provisions.
/// </summary>
internal static class DashboardConfigMapEmitter
{
    private const string GrafanaFolder = "grafana/";
    private const string JsonExtension = ".json";

    public static string Path(string dashboard) => $"kubernetes/grafana-dashboard-{dashboard}.configmap.yaml";

    /// <summary>The ConfigMap of one dashboard file (<c>grafana/&lt;name&gt;.json</c>) under the given header comment.</summary>
    public static OutputFile For(OutputFile dashboard, string header, EmitOptions options)
    {
        var name = dashboard.RelativePath[GrafanaFolder.Length..^JsonExtension.Length];
        return new OutputFile(Path(name), Serialize(name, dashboard.Content, header, options));
    }

    private static string Serialize(string name, string json, string header, EmitOptions options)
    {
        var labels = new KeyValuePair<string, string>[]
        {
            new(KubernetesNames.PartOfLabel, ToolInfo.Name),
            new(KubernetesNames.GrafanaDashboardLabel, KubernetesNames.GrafanaDashboardLabelValue),
        };
        var root = YamlWriter.Map(
        [
            new("apiVersion", YamlWriter.String("v1")),
            new("kind", YamlWriter.String("ConfigMap")),
            new("metadata", KubernetesEmitter.Metadata(
                KubernetesNames.DashboardConfigMap(name), options.KubernetesNamespace, labels)),
            new("data", YamlWriter.Map([new(name + JsonExtension, YamlWriter.Text(json))])),
        ]);
        return YamlWriter.Serialize(root, [header]);
    }
}
