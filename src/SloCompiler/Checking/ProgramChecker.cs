using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>Syntax of all files → one resolved <see cref="SloProgram"/>, reporting SLO1xx diagnostics. STUB.</summary>
public static class ProgramChecker
{
    public static SloProgram Check(IReadOnlyList<SloDocumentSyntax> documents, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
