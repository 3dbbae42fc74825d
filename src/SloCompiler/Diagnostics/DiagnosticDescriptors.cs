namespace SloCompiler.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes. SLO0xx: syntax (DSL and YAML); SLO1xx: semantics;
/// SLO9xx: files and I/O. A code is never reused or renumbered; README.md documents each one and
/// a test keeps the two in step.
/// </summary>
public static partial class DiagnosticDescriptors
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // ---- SLO0xx: syntax -------------------------------------------------------------------
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "SLO001", Error, "Syntax error", "unexpected {0}; expected {1}");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "SLO002", Error, "Unterminated string", "string is not closed; add the closing '\"' on the same line");

    public static readonly DiagnosticDescriptor DuplicateSetting = new(
        "SLO003", Error, "Setting given twice", "'{0}' is set twice in this block; keep one of them");

    public static readonly DiagnosticDescriptor UnknownKeyword = new(
        "SLO004", Error, "Unknown keyword", "unknown keyword '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor InvalidYaml = new(
        "SLO005", Error, "Malformed YAML", "YAML is not well-formed: {0}");

    public static readonly DiagnosticDescriptor YamlTypeMismatch = new(
        "SLO006", Error, "Wrong YAML node type", "'{0}' must be {1}");

    public static readonly DiagnosticDescriptor UnknownYamlKey = new(
        "SLO007", Error, "Unknown YAML key", "unknown key '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor MissingYamlKey = new(
        "SLO008", Error, "Missing YAML key", "{0} needs '{1}'");

    public static readonly DiagnosticDescriptor UnsupportedKind = new(
        "SLO009", Error, "Unsupported document kind", "kind '{0}' is not supported; expected one of: {1}");

    // ---- SLO1xx: semantics ----------------------------------------------------------------
    public static readonly DiagnosticDescriptor InvalidName = new(
        "SLO101", Error, "Invalid name",
        "'{0}' is not a valid {1} name: it becomes a label value and a file name, so use lowercase letters, digits, '-' and '_', starting with a letter (at most 63 characters)");

    public static readonly DiagnosticDescriptor ObjectiveOutOfRange = new(
        "SLO102", Error, "Objective out of range",
        "objective {0}% is outside (0, 100); an SLO of 100% has no error budget, use e.g. 99.9%");

    public static readonly DiagnosticDescriptor InvalidNumber = new(
        "SLO103", Error, "Invalid number", "'{0}' is not a decimal number; write it like 99.9 or 0.3");

    public static readonly DiagnosticDescriptor InvalidDuration = new(
        "SLO104", Error, "Invalid duration",
        "'{0}' is not a duration; use Prometheus units like 30s, 5m, 1h30m, 7d, 4w");

    public static readonly DiagnosticDescriptor PeriodOutOfRange = new(
        "SLO105", Error, "Period out of range", "SLO period {0} is outside the supported range 1d to 90d");

    public static readonly DiagnosticDescriptor WindowTooShort = new(
        "SLO106", Error, "Alert window too short",
        "the {0} burn-rate window {1} of a {2} period is shorter than twice the evaluation interval {3}; use a longer period or a shorter evaluation interval");

    public static readonly DiagnosticDescriptor DuplicateService = new(
        "SLO107", Error, "Duplicate service", "service '{0}' is already declared at {1}; service names are unique across all files");

    public static readonly DiagnosticDescriptor DuplicateSlo = new(
        "SLO108", Error, "Duplicate SLO", "SLO '{0}' is already declared in service '{1}' at {2}");

    public static readonly DiagnosticDescriptor InvalidLabelName = new(
        "SLO109", Error, "Invalid label name",
        "'{0}' is not a valid Prometheus label name: use [a-zA-Z_][a-zA-Z0-9_]* and do not start with '__'");

    public static readonly DiagnosticDescriptor InvalidLabelValue = new(
        "SLO110", Error, "Invalid label value", "the value of label '{0}' {1}");

    public static readonly DiagnosticDescriptor InvalidSelector = new(
        "SLO111", Error, "Invalid selector", "selector '{0}' cannot be parsed: {1}");

    public static readonly DiagnosticDescriptor MissingObjective = new(
        "SLO112", Error, "Missing objective", "SLO '{0}' has no objective; add e.g. 'objective 99.9% over 30d'");

    public static readonly DiagnosticDescriptor MissingSli = new(
        "SLO113", Error, "Missing SLI",
        "SLO '{0}' does not say what it measures; add one of 'ratio', 'latency', 'histogram', 'raw' or 'uptime'");

    public static readonly DiagnosticDescriptor IncompleteRatio = new(
        "SLO114", Error, "Incomplete ratio SLI", "a ratio SLI needs 'total' and exactly one of 'bad' or 'good'; {0}");

    public static readonly DiagnosticDescriptor LatencyThresholdConflict = new(
        "SLO115", Error, "Latency threshold missing or given twice", "{0}");

    public static readonly DiagnosticDescriptor ThresholdNotABucket = new(
        "SLO116", Error, "Latency threshold is not a bucket boundary",
        "threshold {0} matches none of the declared histogram buckets ({1}); a latency SLI can only count requests at an existing 'le' boundary");

    public static readonly DiagnosticDescriptor RawWithoutWindow = new(
        "SLO117", Error, "Raw expression without window placeholder",
        "the raw error-ratio expression must contain the placeholder {{window}} where the range goes, e.g. rate(errors_total[{{window}}])");

    public static readonly DiagnosticDescriptor UnknownPolicy = new(
        "SLO118", Error, "Unknown policy", "policy '{0}' is not declared in any file; declared policies: {1}");

    public static readonly DiagnosticDescriptor DuplicatePolicy = new(
        "SLO119", Error, "Duplicate policy or defaults", "{0} is already declared at {1}");

    public static readonly DiagnosticDescriptor TierCanNeverFire = new(
        "SLO120", Warning, "Alert can never fire",
        "the {0} alert needs an error ratio above {1} × {2} = {3}, which is at least 100% of requests: it can never fire; lower the objective or disable the tier");

    public static readonly DiagnosticDescriptor BudgetFasterThanDetection = new(
        "SLO121", Warning, "Budget exhausted before the page can fire",
        "a full outage exhausts the whole {0} error budget of this SLO in {1}, before the page can fire (about {2}); the objective promises more than alerting can protect");

    public static readonly DiagnosticDescriptor MissingRunbook = new(
        "SLO122", Warning, "No runbook", "service '{0}' has no runbook; alerts will carry no runbook_url. Add 'runbook \"https://…/{{slo}}\"'");

    public static readonly DiagnosticDescriptor ReservedLabel = new(
        "SLO123", Error, "Reserved label", "label '{0}' is set by the compiler and cannot be {1}");

    public static readonly DiagnosticDescriptor ServiceWithoutSlos = new(
        "SLO124", Warning, "Service without SLOs", "service '{0}' declares no SLOs and produces no rules");

    public static readonly DiagnosticDescriptor InvalidPercentile = new(
        "SLO125", Error, "Invalid percentile", "'{0}' is not a percentile between p1 and p99.999; write e.g. p95 < 300ms");

    public static readonly DiagnosticDescriptor UnknownPlaceholder = new(
        "SLO126", Error, "Unknown placeholder", "unknown placeholder '{{{0}}}' in {1}; known placeholders: {2}");

    public static readonly DiagnosticDescriptor InvalidSeverity = new(
        "SLO127", Error, "Invalid severity", "severity '{0}' must be a non-empty label value such as critical, warning or info");

    public static readonly DiagnosticDescriptor ThresholdNotPositive = new(
        "SLO128", Error, "Latency threshold not positive", "latency threshold {0} must be greater than zero");

    // ---- SLO9xx: files ------------------------------------------------------------------------
    public static readonly DiagnosticDescriptor CannotReadFile = new(
        "SLO901", Error, "Cannot read file", "cannot read '{0}': {1}");

    /// <summary>Every descriptor, for the README table test and SARIF rule metadata.</summary>
    /// <remarks>
    /// Computed on first use: the static initializers of the partial files run in an unspecified order, so an eager
    /// list could see the fields of a later file still null (TypeInitializationException on any diagnostic).
    /// </remarks>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() =>
        typeof(DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList());
}
