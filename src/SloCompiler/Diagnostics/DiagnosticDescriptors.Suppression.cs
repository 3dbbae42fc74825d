namespace SloCompiler.Diagnostics;

/// <summary>Lint suppression comments and the lint configuration file (SLO470–SLO489).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor SuppressionWithoutReason = new(
        "SLO470", Warning, "Suppression without a reason",
        "say why {0} is disabled after the codes, e.g. '# slo-lint disable {0} dead man's switch'");

    public static readonly DiagnosticDescriptor SuppressionUnused = new(
        "SLO471", Warning, "Unused suppression", "nothing here reports {0}; remove the suppression");

    public static readonly DiagnosticDescriptor SuppressionMalformed = new(
        "SLO472", Warning, "Malformed suppression comment",
        "{0}; write '# slo-lint disable CODE[,CODE] reason' or '# slo-lint disable-file CODE reason'");

    public static readonly DiagnosticDescriptor LintConfigInvalidValue = new(
        "SLO480", Error, "Invalid lint configuration value", "{0}");
}
