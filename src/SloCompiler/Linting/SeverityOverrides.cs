using SloCompiler.Diagnostics;

namespace SloCompiler.Linting;

/// <summary>Applies the config's per-code severities: a new severity, or <see cref="LintSeverity.Off"/> to drop the code.</summary>
public static class SeverityOverrides
{
    public static IEnumerable<Diagnostic> Apply(LintConfig config, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!config.Severities.TryGetValue(diagnostic.Code, out var severity))
            {
                yield return diagnostic;
            }
            else if (severity != LintSeverity.Off)
            {
                var changed = severity switch
                {
                    LintSeverity.Info => DiagnosticSeverity.Info,
                    LintSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Error,
                };
                yield return diagnostic with { Descriptor = diagnostic.Descriptor with { Severity = changed } };
            }
        }
    }
}
