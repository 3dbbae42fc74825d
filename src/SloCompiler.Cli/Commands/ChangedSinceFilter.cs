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
        var scopesByFile = scopes
            .GroupBy(s => s.File.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new FileScopes(g), StringComparer.Ordinal);
        return diagnostics
            .Where(d => IsKept(d.Span, changes, scopesByFile.GetValueOrDefault(d.Span.File.Path), context))
            .ToList();
    }

    private static bool IsKept(SourceSpan span, ChangedLines changes, FileScopes? fileScopes, CliContext context)
    {
        if (span.File.Text.Length == 0)
        {
            return true;
        }

        var scope = fileScopes?.Innermost(span) ?? span;
        var fullPath = context.FullPath(span.File.Path);
        return changes.Touches(fullPath, scope.StartPosition.Line, scope.EndPosition.Line);
    }

    /// <summary>
    /// One file's scopes sorted by start, so the innermost scope around a diagnostic is a binary
    /// search away: a repository of 100,000 rules must not cost a scan per diagnostic. Scopes nest
    /// (an SLO inside its service) but never cross, so the innermost one holding a span is the
    /// latest-starting one that holds it.
    /// </summary>
    private sealed class FileScopes
    {
        private readonly SourceSpan[] byStart;
        private readonly int[] furthestEndSoFar;

        public FileScopes(IEnumerable<SourceSpan> scopes)
        {
            byStart = scopes.OrderBy(s => s.Start).ThenByDescending(s => s.End).ToArray();
            furthestEndSoFar = new int[byStart.Length];
            for (var i = 0; i < byStart.Length; i++)
            {
                furthestEndSoFar[i] = Math.Max(byStart[i].End, i > 0 ? furthestEndSoFar[i - 1] : int.MinValue);
            }
        }

        public SourceSpan? Innermost(SourceSpan span)
        {
            var (low, high) = (0, byStart.Length - 1);
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (byStart[middle].Start <= span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            for (var i = high; i >= 0 && furthestEndSoFar[i] >= span.End; i--)
            {
                if (span.End <= byStart[i].End)
                {
                    return byStart[i];
                }
            }

            return null;
        }
    }
}
