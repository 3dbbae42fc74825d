using SloCompiler.Text;

namespace SloCompiler.Linting;

/// <summary>
/// <c># slo-lint disable SLO423,SLO435 dead man's switch</c>: codes silenced on zero-based lines
/// <see cref="FirstLine"/>..<see cref="LastLine"/> of the comment's file (every line for <c>disable-file</c>).
/// </summary>
internal sealed record Suppression(SourceSpan Comment, IReadOnlyList<string> Codes, string Reason, int FirstLine, int LastLine)
{
    public bool Covers(Diagnostics.Diagnostic diagnostic) =>
        diagnostic.Span.File == Comment.File
        && Codes.Contains(diagnostic.Code, StringComparer.Ordinal)
        && diagnostic.Span.File.GetLineIndex(diagnostic.Span.Start) is var line && line >= FirstLine && line <= LastLine;
}
