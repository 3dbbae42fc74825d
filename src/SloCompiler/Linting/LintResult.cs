using SloCompiler.Diagnostics;

namespace SloCompiler.Linting;

/// <summary>
/// The linter's output: every diagnostic (reading, PromQL and checks, after severity overrides and
/// suppressions) sorted by file, position and code, and every rule with its span.
/// </summary>
public sealed record LintResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LintedRule> Rules)
{
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
        var kept = Diagnostics.Where(d =>
        {
            var rule = Rules.FirstOrDefault(r => r.Span.File == d.Span.File && d.Span.Start >= r.Span.Start && d.Span.Start <= r.Span.End);
            return rule is null ? Touched(d.Span) : changedRules.Contains(rule);
        });
        return new LintResult(kept.ToList(), changedRules);
    }
}
