using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing;

/// <summary>
/// The <c>.slo</c> front end: reads a file into a <see cref="SloDocumentSyntax"/> with spans,
/// reporting syntax errors (SLO001–SLO004, SLO010–SLO011) instead of throwing. Parsing stops at
/// the first syntax error; the blocks completed before it are returned.
/// </summary>
public static class DslParser
{
    public static SloDocumentSyntax Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        var reader = new DslReader(source, diagnostics);
        try
        {
            reader.ReadFile();
        }
        catch (DslParseException error)
        {
            diagnostics.Add(error.Diagnostic);
        }
#pragma warning disable CA1031 // The front end must never throw on user input; a bug becomes a located error.
        catch (Exception error)
#pragma warning restore CA1031
        {
            diagnostics.Report(
                DiagnosticDescriptors.SyntaxError,
                new SourceSpan(source, Math.Clamp(reader.Position, 0, source.Text.Length), 0),
                $"input ({error.GetType().Name})",
                "valid .slo syntax");
        }

        return new SloDocumentSyntax(source, reader.Defaults, reader.Policies, reader.Services)
        {
            Receivers = reader.Receivers,
            TimeIntervals = reader.TimeIntervals,
        };
    }
}
