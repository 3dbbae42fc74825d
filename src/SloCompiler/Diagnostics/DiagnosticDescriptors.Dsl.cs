namespace SloCompiler.Diagnostics;

/// <summary>Syntax codes added with the front ends (SLO010–SLO029); SLO011 is reported by both DSL and YAML.</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor BucketsWithoutHistogram = new(
        "SLO010", Error, "Buckets without a histogram",
        "'buckets' describes a histogram, but this SLO has no 'latency' or 'histogram' line");

    public static readonly DiagnosticDescriptor SecondSli = new(
        "SLO011", Error, "Second SLI",
        "'{0}' is a second SLI; this SLO already measures with '{1}', keep one of them");
}
