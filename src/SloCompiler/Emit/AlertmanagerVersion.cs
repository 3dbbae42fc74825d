using System.Globalization;

namespace SloCompiler.Emit;

/// <summary>
/// The Alertmanager the configuration is written for (<c>--alertmanager-version</c>), 0.25 by default,
/// and which receiver types need a later one. From Alertmanager's changelog: 0.26.0 added webhook
/// <c>url_file</c> (#3223) and Microsoft Teams (#3324, URL inline only); 0.27.0 added Teams'
/// <c>webhook_url_file</c> (#3555). Every secret is a file here, so Teams needs 0.27.
/// </summary>
public sealed record AlertmanagerVersion(int Minor)
{
    public static AlertmanagerVersion Default { get; } = new(25);

    /// <summary>The versions <c>--alertmanager-version</c> accepts.</summary>
    public static IReadOnlyList<string> Known { get; } = ["0.25", "0.26", "0.27", "0.28"];

    public static AlertmanagerVersion? Parse(string text) =>
        Known.Contains(text, StringComparer.Ordinal) ? new(int.Parse(text[2..], CultureInfo.InvariantCulture)) : null;

    /// <summary>The first version whose configuration has this receiver type with its secret in a file.</summary>
    public static AlertmanagerVersion Minimum(Model.ReceiverKind kind) => kind switch
    {
        Model.ReceiverKind.Webhook => new(26),
        Model.ReceiverKind.MsTeams => new(27),
        _ => Default,
    };

    public bool Supports(Model.ReceiverKind kind) => Minor >= Minimum(kind).Minor;

    public override string ToString() => $"0.{Minor}";
}
