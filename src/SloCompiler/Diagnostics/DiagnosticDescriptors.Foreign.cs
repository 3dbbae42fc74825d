namespace SloCompiler.Diagnostics;

/// <summary>Codes of the Sloth, OpenSLO and Pyrra front ends and of file classification (SLO600–SLO649).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ForeignFieldNotKept = new(
        "SLO600", Warning, "Field not kept from an imported format",
        "'{0}' is not kept: {1}");

    public static readonly DiagnosticDescriptor SlothPluginSli = new(
        "SLO601", Error, "Sloth SLI plugin",
        "sli.plugin '{0}' cannot be read: slo does not run Sloth plugins; write the queries the plugin generates as 'ratio' (bad/good and total selectors) or 'raw' (an error ratio using {{window}})");

    public static readonly DiagnosticDescriptor UnsupportedDataSource = new(
        "SLO602", Error, "Data source is not Prometheus",
        "data source type '{0}' cannot be compiled: slo generates Prometheus rules and reads only Prometheus queries");

    public static readonly DiagnosticDescriptor SlothWindowInRaw = new(
        "SLO603", Error, "Sloth window placeholder",
        "'{{{{.window}}}}' is Sloth's placeholder; write '{{window}}' in slo's raw expressions");

    public static readonly DiagnosticDescriptor UnknownApiVersionForKind = new(
        "SLO604", Warning, "Unknown apiVersion",
        "apiVersion '{0}' is unknown for kind '{1}', so this document is skipped; did you mean {2}?");

    public static readonly DiagnosticDescriptor NoReadableDocument = new(
        "SLO605", Warning, "File holds no SLO document",
        "'{0}' holds no document slo reads ({1}); it is skipped");

    public static readonly DiagnosticDescriptor UnresolvedOpenSloReference = new(
        "SLO606", Error, "OpenSLO reference not found",
        "{0} '{1}' is not defined in any file given; define it (kind: {0}) or write it inline");

    public static readonly DiagnosticDescriptor CannotExpress = new(
        "SLO607", Error, "Cannot be expressed in slo's model",
        "'{0}' cannot be compiled: {1}");
}
