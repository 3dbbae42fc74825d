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
}
