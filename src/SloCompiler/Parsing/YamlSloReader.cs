using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing;

/// <summary>The YAML front end (YamlDotNet representation model). STUB: to be implemented.</summary>
public static class YamlSloReader
{
    /// <summary>Null when the file holds no SLO document (other YAML in the tree is ignored).</summary>
    public static SloDocumentSyntax? Read(SourceFile source, DiagnosticBag diagnostics) =>
        throw new NotImplementedException();
}
