namespace SloCompiler.Cli;

/// <summary>The process exit codes README.md documents.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Error diagnostics, or generated files that drifted from the sources.</summary>
    public const int Failed = 1;

    /// <summary>A bad command line, an I/O failure or a bug in slo.</summary>
    public const int Usage = 2;
}
