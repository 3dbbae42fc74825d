namespace SloCompiler.Diagnostics;

/// <summary>The project file <c>slo.yaml</c> (SLO920–SLO929).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ProjectInvalidValue = new(
        "SLO920", Error, "Invalid project setting", "{0}");
}
