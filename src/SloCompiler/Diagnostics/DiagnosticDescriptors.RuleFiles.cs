namespace SloCompiler.Diagnostics;

/// <summary>
/// Prometheus rule file structure (SLO400–SLO419): what <c>promtool check rules</c> 2.42 rejects,
/// reported with the key or value at fault. YAML shape problems reuse SLO005–SLO008.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor RuleGroupNameMissing = new(
        "SLO400", Error, "Rule group without a name", "every rule group needs a non-empty 'name'");

    public static readonly DiagnosticDescriptor RuleGroupDuplicate = new(
        "SLO401", Error, "Rule group name repeated",
        "group name '{0}' is already used at {1}; Prometheus requires unique group names per file");

    public static readonly DiagnosticDescriptor RuleKindAmbiguous = new(
        "SLO402", Error, "Rule is neither or both record and alert", "{0}");

    public static readonly DiagnosticDescriptor RecordingRuleField = new(
        "SLO403", Error, "Field not allowed on a recording rule",
        "'{0}' is not allowed on a recording rule; only alerting rules have for, keep_firing_for and annotations");

    public static readonly DiagnosticDescriptor RecordingRuleName = new(
        "SLO404", Error, "Invalid recording rule name",
        "'{0}' is not a valid metric name for 'record': use [a-zA-Z_:][a-zA-Z0-9_:]*");

    public static readonly DiagnosticDescriptor RuleLabelName = new(
        "SLO405", Error, "Invalid rule label or annotation name",
        "'{0}' is not a valid {1} name: use [a-zA-Z_][a-zA-Z0-9_]*");

    public static readonly DiagnosticDescriptor RuleDuration = new(
        "SLO406", Error, "Invalid rule duration",
        "'{0}' is not a valid duration for '{1}'; use Prometheus units from largest to smallest, e.g. 5m, 1h30m or 0s");

    public static readonly DiagnosticDescriptor RuleTemplate = new(
        "SLO407", Error, "Invalid Go template", "{0} '{1}': template: {2}");

    public static readonly DiagnosticDescriptor RuleExprMissing = new(
        "SLO408", Error, "Rule without expr", "rule '{0}' needs a non-empty 'expr'");

    public static readonly DiagnosticDescriptor RuleGroupLimit = new(
        "SLO409", Error, "Invalid rule group limit", "'limit' must be an integer, got '{0}'");

    public static readonly DiagnosticDescriptor RuleFileMalformed = new(
        "SLO410", Error, "Malformed rule file YAML", "rule file YAML is not well-formed: {0}");
}
