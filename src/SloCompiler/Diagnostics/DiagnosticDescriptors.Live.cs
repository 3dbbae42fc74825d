namespace SloCompiler.Diagnostics;

/// <summary>Codes of the commands that read a live Prometheus-compatible API (SLO700–SLO749).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor PrometheusUnreachable = new(
        "SLO700", DiagnosticSeverity.Error, "Prometheus cannot be reached", "cannot reach {0}: {1}");

    public static readonly DiagnosticDescriptor PrometheusHttpError = new(
        "SLO701", DiagnosticSeverity.Error, "Prometheus answered with an HTTP error", "{0} answered HTTP {1}{2}");

    public static readonly DiagnosticDescriptor PrometheusGarbage = new(
        "SLO702", DiagnosticSeverity.Error, "Not a Prometheus API answer", "{0} did not answer as a Prometheus HTTP API: {1}");

    public static readonly DiagnosticDescriptor PrometheusQueryError = new(
        "SLO703", DiagnosticSeverity.Error, "Query refused", "{0} refused a query ({1}): {2}");

    public static readonly DiagnosticDescriptor PrometheusWarning = new(
        "SLO704", DiagnosticSeverity.Warning, "Prometheus warning", "{0} warned: {1}");

    public static readonly DiagnosticDescriptor PrometheusSettings = new(
        "SLO705", DiagnosticSeverity.Error, "Bad connection setting", "{0}");

    public static readonly DiagnosticDescriptor GateUnknownSlo = new(
        "SLO707", DiagnosticSeverity.Error, "Unknown service or SLO", "{0}");

    public static readonly DiagnosticDescriptor PrometheusUntrustedCertificate = new(
        "SLO730", DiagnosticSeverity.Error, "TLS certificate not trusted",
        "{0} presented a TLS certificate that is not trusted ({1}); give --ca-file with the PEM of the CA that signed it");
}
