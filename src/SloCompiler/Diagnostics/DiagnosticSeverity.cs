namespace SloCompiler.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
