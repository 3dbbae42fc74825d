namespace SloCompiler.Linting;

/// <summary>A severity override in the lint configuration; <see cref="Off"/> drops the code's diagnostics.</summary>
public enum LintSeverity
{
    /// <summary>The code is not reported.</summary>
    Off,

    /// <summary>Reported as information (a SARIF note, a GitHub notice).</summary>
    Info,

    /// <summary>Reported; does not fail the run unless the CLI is told to.</summary>
    Warning,

    /// <summary>Reported and fails the run.</summary>
    Error,
}
