namespace SloCompiler.Emit;

/// <summary>Switches for the emitters. Defaults produce what Prometheus 2.42 / Alertmanager 0.25 accept.</summary>
public sealed record EmitOptions
{
    public static EmitOptions Default { get; } = new();

    /// <summary>Language of dashboard titles and panel descriptions: <c>en</c> or <c>es</c>.</summary>
    public string DashboardLanguage { get; init; } = "en";
}
