using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// One parsed source file: its <c>defaults</c> block, named <c>policy</c> blocks and <c>service</c>
/// blocks. Both front ends (DSL and YAML) produce this tree; a YAML stream of several documents
/// produces one of these with all their declarations.
/// </summary>
public sealed record SloDocumentSyntax(
    SourceFile File,
    SettingsSyntax? Defaults,
    IReadOnlyList<PolicySyntax> Policies,
    IReadOnlyList<ServiceSyntax> Services);
