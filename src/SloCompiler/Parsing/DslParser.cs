using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing;

/// <summary>The <c>.slo</c> front end (Sprache). STUB: to be implemented.</summary>
public static class DslParser
{
    public static SloDocumentSyntax Parse(SourceFile source, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
