namespace SloCompiler.Emit.Kubernetes;

/// <summary>Object names and metadata every generated Kubernetes object shares.</summary>
internal static class KubernetesNames
{
    /// <summary>Kubernetes' limit for a DNS-1123 subdomain, which object names must be.</summary>
    public const int MaxNameLength = 253;

    public const string PartOfLabel = "app.kubernetes.io/part-of";

    /// <summary>The label (and value) the Grafana Helm chart's dashboard sidecar watches by default.</summary>
    public const string GrafanaDashboardLabel = "grafana_dashboard";

    public const string GrafanaDashboardLabelValue = "1";

    public static string PrometheusRule(string service, int? part) =>
        Dns1123(part is { } n ? $"slo-{service}-{n}" : $"slo-{service}");

    public static string DashboardConfigMap(string dashboard) => Dns1123($"grafana-dashboard-{dashboard}");

    /// <summary>
    /// A DNS-1123 subdomain from one of our names. Service names are already lowercase
    /// <c>[a-z0-9_-]</c> (checked by SLO1xx rules); only <c>_</c> and a trailing <c>-</c> are illegal here.
    /// </summary>
    public static string Dns1123(string name)
    {
        var converted = name.ToLowerInvariant().Replace('_', '-');
        if (converted.Length > MaxNameLength)
        {
            converted = converted[..MaxNameLength];
        }

        return converted.Trim('-', '.');
    }
}
