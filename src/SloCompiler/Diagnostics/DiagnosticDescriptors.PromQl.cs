namespace SloCompiler.Diagnostics;

/// <summary>
/// PromQL expression codes (SLO200–SLO249). The message says what Prometheus 2.42 would reject
/// and how to write it instead; positions point inside the expression.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor PromQlSyntaxError = new(
        "SLO200", Error, "PromQL syntax error", "PromQL: unexpected {0}; expected {1}");

    public static readonly DiagnosticDescriptor PromQlUnclosed = new(
        "SLO201", Error, "PromQL bracket not closed", "PromQL: '{0}' is not closed; add '{1}'");

    public static readonly DiagnosticDescriptor PromQlInvalidString = new(
        "SLO202", Error, "PromQL string literal invalid",
        "PromQL: {0}; strings use \"…\" or '…' with Go escapes (\\n, \\\", \\x41, \\u00e9) or `…` without escapes");

    public static readonly DiagnosticDescriptor PromQlInvalidNumber = new(
        "SLO203", Error, "PromQL number invalid", "PromQL: '{0}' is not a number; write e.g. 42, 0.5, 1e-3, 0x1F, Inf or NaN");

    public static readonly DiagnosticDescriptor PromQlInvalidDuration = new(
        "SLO204", Error, "PromQL duration invalid",
        "PromQL: '{0}' is not a valid duration: {1}; use integers with units from largest to smallest (y w d h m s ms), e.g. 5m or 1h30m");

    public static readonly DiagnosticDescriptor PromQlUnknownFunction = new(
        "SLO205", Error, "PromQL unknown function", "PromQL: unknown function '{0}'{1}");

    public static readonly DiagnosticDescriptor PromQlWrongArity = new(
        "SLO206", Error, "PromQL wrong number of arguments", "PromQL: {0} expects {1}, got {2}; e.g. {3}");

    public static readonly DiagnosticDescriptor PromQlTypeMismatch = new(
        "SLO207", Error, "PromQL type mismatch", "PromQL: {0} needs {1}, got {2}{3}");

    public static readonly DiagnosticDescriptor PromQlEmptyMatchingSelector = new(
        "SLO208", Error, "PromQL selector matches everything",
        "PromQL: a selector without metric name needs at least one matcher that does not match the empty string; add e.g. job=\"api\" or use =~\".+\"");

    public static readonly DiagnosticDescriptor PromQlInvalidRegex = new(
        "SLO209", Error, "PromQL regular expression invalid", "PromQL: regular expression \"{0}\" is invalid in Prometheus (RE2 syntax): {1}");

    public static readonly DiagnosticDescriptor PromQlMisplacedModifier = new(
        "SLO210", Error, "PromQL misplaced modifier", "PromQL: {0}");

    public static readonly DiagnosticDescriptor PromQlInvalidBinary = new(
        "SLO211", Error, "PromQL invalid binary operation", "PromQL: {0}");

    public static readonly DiagnosticDescriptor PromQlNewerSyntax = new(
        "SLO212", Error, "PromQL syntax newer than Prometheus 2.42",
        "PromQL: {0} needs Prometheus 3; the rules target Prometheus 2.42, which rejects it");

    public static readonly DiagnosticDescriptor PromQlInvalidSelector = new(
        "SLO213", Error, "PromQL invalid selector", "PromQL: {0}");
}
