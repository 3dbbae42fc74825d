using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// One parsed source file: its <c>defaults</c> block, named <c>policy</c> blocks and <c>service</c>
/// blocks. Both front ends (DSL and YAML) produce this tree; a YAML stream of several documents
/// produces one of these with all their declarations. Alertmanager receivers and time intervals
/// are init properties so that code building documents without them keeps compiling.
/// </summary>
public sealed record SloDocumentSyntax(
    SourceFile File,
    SettingsSyntax? Defaults,
    IReadOnlyList<PolicySyntax> Policies,
    IReadOnlyList<ServiceSyntax> Services)
{
    /// <summary><c>receivers { … }</c> blocks / <c>kind: Receivers</c> documents, in written order.</summary>
    public IReadOnlyList<ReceiverSyntax> Receivers { get; init; } = [];

    /// <summary><c>time NAME …</c> lines / <c>kind: TimeInterval</c> documents, in written order.</summary>
    public IReadOnlyList<TimeIntervalSyntax> TimeIntervals { get; init; } = [];

    /// <summary>OpenSLO objects of this file, linked into services once every file is read (references cross files).</summary>
    internal IReadOnlyList<Parsing.OpenSlo.OpenSloObject> OpenSlo { get; init; } = [];
}
