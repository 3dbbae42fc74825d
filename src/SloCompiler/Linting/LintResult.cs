using SloCompiler.Diagnostics;

namespace SloCompiler.Linting;

/// <summary>
/// The linter's output: every diagnostic (reading, PromQL and checks, after severity overrides and
/// suppressions) sorted by file, position and code, and every rule with its span.
/// </summary>
public sealed class LintResult(IReadOnlyList<Diagnostic> diagnostics, Func<IReadOnlyList<LintedRule>> rules)
{
    private readonly Lazy<IReadOnlyList<LintedRule>> _rules = new(rules);

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Listed when first asked for (only <c>--changed-since</c> needs them), not while the rules' trees are all in memory.</summary>
    public IReadOnlyList<LintedRule> Rules => _rules.Value;

    /// <summary>True when a diagnostic is an error after severity overrides (the exit code 1 case).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
