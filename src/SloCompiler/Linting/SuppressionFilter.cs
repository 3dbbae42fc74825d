using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting;

/// <summary>
/// Removes suppressed diagnostics and reports suppression problems: malformed comments (SLO472), missing
/// reasons (SLO470) and codes a suppression silenced nowhere (SLO471), so stale suppressions get cleaned up.
/// </summary>
internal static class SuppressionFilter
{
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<RuleFile> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        var notes = new DiagnosticBag();
        var suppressions = files.SelectMany(f => SuppressionReader.Read(f, notes)).ToList();
        var byFile = suppressions.GroupBy(s => s.Comment.File).ToDictionary(g => g.Key, g => g.ToList());
        var used = new HashSet<(Suppression, string)>();
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var covering = byFile.TryGetValue(diagnostic.Span.File, out var inFile) ? inFile.Where(s => s.Covers(diagnostic)).ToList() : [];
            foreach (var suppression in covering)
            {
                used.Add((suppression, diagnostic.Code));
            }

            if (covering.Count == 0)
            {
                kept.Add(diagnostic);
            }
        }

        foreach (var suppression in suppressions)
        {
            foreach (var code in suppression.Codes.Where(c => !used.Contains((suppression, c))))
            {
                notes.Report(DiagnosticDescriptors.SuppressionUnused, suppression.Comment, code);
            }
        }

        return [.. kept, .. notes.Items];
    }
}
