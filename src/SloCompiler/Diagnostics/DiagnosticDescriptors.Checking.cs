namespace SloCompiler.Diagnostics;

/// <summary>Semantic codes added after the first catalogue (SLO129–SLO169).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ReservedServiceName = new(
        "SLO129", Error, "Reserved service name",
        "service name '{0}' is reserved: generated/grafana/{0}.json is the executive overview; choose another name");
}
