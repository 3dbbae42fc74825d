namespace SloCompiler.Emit;

/// <summary>Switches for the emitters. Defaults produce what Prometheus 2.42 / Alertmanager 0.25 accept.</summary>
public sealed record EmitOptions
{
    public static EmitOptions Default { get; } = new();

    /// <summary>Whether to emit a whole Alertmanager configuration or only the subtree a platform merges.</summary>
    public AlertmanagerMode AlertmanagerMode { get; init; } = AlertmanagerMode.Full;
}

/// <summary><c>--alertmanager-mode</c>: <c>full</c> writes <c>alertmanager/alertmanager.yml</c>; <c>routes</c> writes <c>alertmanager/routes.yml</c>.</summary>
public enum AlertmanagerMode
{
    Full,
    Routes,
}
