namespace SloCompiler.Diagnostics;

/// <summary>
/// A stable diagnostic code with its default severity and message template, e.g.
/// <c>SLO102 objective 100% is outside (0, 100)</c>. Codes are never reused.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat);
