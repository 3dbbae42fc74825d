using SloCompiler.Diagnostics;

namespace SloCompiler.Linting;

/// <summary>
/// The linter's output: every diagnostic (reading, PromQL and checks, after severity overrides and
/// suppressions) sorted by file, position and code, and every rule with its span.
/// </summary>
public sealed record LintResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LintedRule> Rules)
{
    /// <summary>True when a diagnostic is an error after severity overrides (the exit code 1 case).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Only what a change touched (<c>slo lint --changed-since REV</c>): diagnostics inside a rule with at least one
    /// changed line, and diagnostics outside every rule (group names, suppressions, YAML) on a changed line.
    /// <paramref name="isChanged"/> gets the file path as the diagnostics print it and a one-based line number.
    /// Lint everything first, then narrow: cross-file checks need every rule.
    /// </summary>
    public LintResult OnlyChanged(Func<string, int, bool> isChanged)
    {
        bool Touched(Text.SourceSpan span) =>
            Enumerable.Range(span.StartPosition.Line, span.EndPosition.Line - span.StartPosition.Line + 1).Any(line => isChanged(span.File.Path, line));

        var changedRules = Rules.Where(r => Touched(r.Span)).ToList();
        var changed = changedRules.ToHashSet();
        var byFile = Rules.GroupBy(r => r.Span.File).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Span.Start).ToArray());
        var kept = Diagnostics.Where(d => RuleAt(byFile, d.Span) is { } rule ? changed.Contains(rule) : Touched(d.Span));
        return new LintResult(kept.ToList(), changedRules);
    }

    /// <summary>The rule whose span holds the start of <paramref name="span"/> (rules of a file do not overlap).</summary>
    private static LintedRule? RuleAt(Dictionary<Text.SourceFile, LintedRule[]> byFile, Text.SourceSpan span)
    {
        if (!byFile.TryGetValue(span.File, out var rules))
        {
            return null;
        }

        var (low, high) = (0, rules.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (rules[middle].Span.Start <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && span.Start <= rules[high].Span.End ? rules[high] : null;
    }
}
