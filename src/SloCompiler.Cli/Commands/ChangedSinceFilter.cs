using SloCompiler.Cli.Files;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// Keeps the diagnostics a pull request is responsible for. Every file is still loaded and checked,
/// so cross-file findings (duplicates, a recording rule read from another group) stay correct; only
/// the report is narrowed. A diagnostic inside a scope (an SLO block, a rule) is kept when any line
/// of that scope changed; one outside every scope when its own lines changed. Diagnostics that point
/// at no text (a missing path) are always kept.
/// </summary>
internal static class ChangedSinceFilter
{
    public static IReadOnlyList<Diagnostic> Keep(
        IReadOnlyList<Diagnostic> diagnostics, ChangedLines changes, IReadOnlyList<SourceSpan> scopes, CliContext context)
    {
        var scopesByFile = scopes.ToLookup(s => s.File.Path, StringComparer.Ordinal);
        return diagnostics.Where(d => IsKept(d.Span, changes, scopesByFile[d.Span.File.Path], context)).ToList();
    }

    private static bool IsKept(SourceSpan span, ChangedLines changes, IEnumerable<SourceSpan> fileScopes, CliContext context)
    {
        if (span.File.Text.Length == 0)
        {
            return true;
        }

        var scope = fileScopes
            .Where(s => s.Start <= span.Start && span.End <= s.End)
            .OrderBy(s => s.Length)
            .Cast<SourceSpan?>()
            .FirstOrDefault() ?? span;
        var fullPath = context.FullPath(span.File.Path);
        return changes.Touches(fullPath, scope.StartPosition.Line, scope.EndPosition.Line);
    }
}
