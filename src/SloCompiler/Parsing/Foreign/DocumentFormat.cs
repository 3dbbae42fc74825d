namespace SloCompiler.Parsing.Foreign;

/// <summary>Which front end reads a YAML document.</summary>
public enum DocumentFormat
{
    /// <summary>Not an SLO document of any format we read (a Deployment, a workflow, a Helm value file).</summary>
    Foreign,

    /// <summary><c>apiVersion: slocompiler.dev/…</c>.</summary>
    Ours,

    /// <summary>Sloth's <c>version: "prometheus/v1"</c> spec.</summary>
    Sloth,

    /// <summary>Sloth's Kubernetes <c>PrometheusServiceLevel</c>.</summary>
    SlothKubernetes,

    /// <summary>An <c>openslo/v1</c> object.</summary>
    OpenSlo,

    /// <summary>A Pyrra <c>ServiceLevelObjective</c>.</summary>
    Pyrra,

    /// <summary>A kind one of the formats knows, under an apiVersion none of them knows (a typo, most likely).</summary>
    UnknownVersion,
}

/// <summary>
/// What one YAML document is, e.g. (Foreign, "kind: Deployment"), or (UnknownVersion, "kind: Service", "slocompiler.dev/v1").
/// </summary>
public sealed record DocumentClass(DocumentFormat Format, string Description, string? Suggestion = null);
