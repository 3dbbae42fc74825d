namespace SloCompiler.Linting;

/// <summary>A severity override in the lint configuration; <see cref="Off"/> drops the code's diagnostics.</summary>
public enum LintSeverity
{
    Off,
    Info,
    Warning,
    Error,
}
