namespace SloCompiler.Emit;

/// <summary>Switches for the emitters. Defaults produce what Prometheus 2.42 / Alertmanager 0.25 accept.</summary>
public sealed record EmitOptions
{
    public static EmitOptions Default { get; } = new();

    /// <summary>Language of dashboard titles and panel descriptions: <c>en</c> or <c>es</c>.</summary>
    public string DashboardLanguage { get; init; } = "en";

    /// <summary>What to write besides the plain files; <see cref="OutputTarget.Kubernetes"/> adds manifests.</summary>
    public OutputTarget Target { get; init; } = OutputTarget.Files;

    /// <summary>
    /// The ruler the rule files are written for (<c>--target prometheus@3</c> …); fields only newer rulers have are
    /// written only when it has them (<see cref="Targets.RulerTarget"/>).
    /// </summary>
    public Targets.RulerTarget Ruler { get; init; } = Targets.RulerTarget.Default;

    /// <summary>Namespace of every generated Kubernetes object.</summary>
    public string KubernetesNamespace { get; init; } = "monitoring";

    /// <summary>
    /// Labels on each <c>PrometheusRule</c>'s metadata, so a Prometheus <c>ruleSelector</c> picks
    /// them up (kube-prometheus-stack, for instance, wants <c>release: &lt;helm release&gt;</c>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> KubernetesRuleLabels { get; init; } =
        [new("app.kubernetes.io/managed-by", ToolInfo.Name)];

    /// <summary>
    /// Largest rule group to emit, for rulers that cap group size (Mimir's
    /// <c>ruler_max_rules_per_rule_group</c>); null keeps one group per SLO. A larger SLO is split
    /// into consecutive groups. Must be at least 1.
    /// </summary>
    public int? MaxRulesPerGroup { get; init; }

    /// <summary>Whether to emit a whole Alertmanager configuration or only the subtree a platform merges.</summary>
    public AlertmanagerMode AlertmanagerMode { get; init; } = AlertmanagerMode.Full;

    /// <summary>The Alertmanager the configuration is written for; later versions accept more receiver types.</summary>
    public AlertmanagerVersion AlertmanagerVersion { get; init; } = AlertmanagerVersion.Default;

    /// <summary>
    /// A declared receiver for the alerts no SLO route claims (the platform's own rules); null keeps the
    /// generated <c>slo-default</c>, which notifies nobody. Full mode only.
    /// </summary>
    public string? DefaultReceiver { get; init; }

    /// <summary>
    /// Where a person reads an SLO's source, as a URL template with <c>{path}</c> (the source file as
    /// compiled) and optionally <c>{line}</c>: <c>https://git.example.com/acme/slo/blob/main/{path}#L{line}</c>.
    /// Dashboards link each SLO to it; null writes no source links.
    /// </summary>
    public string? SourceUrl { get; init; }

    /// <summary>
    /// The platform's own Alertmanager configuration (<c>--alertmanager-base</c>): when set, the written
    /// <c>alertmanager/alertmanager.yml</c> is it with the SLO routes merged in.
    /// </summary>
    public Text.SourceFile? AlertmanagerBase { get; init; }
}

/// <summary>Which set of outputs <c>slo compile</c> writes.</summary>
public enum OutputTarget
{
    /// <summary>Prometheus rule files, promtool tests, Grafana files and the manifest.</summary>
    Files,

    /// <summary>The same plus <c>kubernetes/</c>: PrometheusRule objects and dashboard ConfigMaps.</summary>
    Kubernetes,
}

/// <summary><c>--alertmanager-mode</c>: <c>full</c> writes <c>alertmanager/alertmanager.yml</c>; <c>routes</c> writes <c>alertmanager/routes.yml</c>.</summary>
public enum AlertmanagerMode
{
    Full,
    Routes,
}
