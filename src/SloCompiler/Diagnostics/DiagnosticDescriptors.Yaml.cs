namespace SloCompiler.Diagnostics;

/// <summary>Codes only the YAML front end reports (SLO030–SLO049).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnsupportedApiVersion = new(
        "SLO031", Error, "Unsupported apiVersion",
        "apiVersion '{0}' is not supported; use slocompiler.dev/v1");
}
