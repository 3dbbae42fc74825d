using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Pyrra;

/// <summary>
/// A Pyrra <c>ServiceLevelObjective</c> (<c>pyrra.dev/v1alpha1</c>) as a service named <c>metadata.name</c> holding one
/// SLO named after its indicator (<c>errors</c>, <c>latency</c>, <c>bool-gauge</c>). Pyrra wraps bare selectors in
/// <c>rate</c> itself, so ratio and latency indicators are exactly our ratio (bad/total and good/total).
/// </summary>
internal static class PyrraReader
{
    public const string ApiVersion = "pyrra.dev/v1alpha1";

    public const string Kind = "ServiceLevelObjective";

    /// <summary>Labels with this prefix are the ones Pyrra copies onto its rules; other labels select the object in Kubernetes.</summary>
    private const string RuleLabelPrefix = "pyrra.dev/";

    private const string TeamLabel = "team";

    public static ServiceSyntax? Service(YamlContext context, YamlMappingNode root)
    {
        if (context.Map(root, string.Empty, ["apiVersion", "kind", "metadata", "spec"]) is not { } map)
        {
            return null;
        }

        if (map.Get("metadata") is not { } metadataNode
            || context.Map(metadataNode, "metadata", ["name", "namespace", "labels", "annotations"]) is not { } metadata
            || context.Required(metadata, "name", "this ServiceLevelObjective") is not { } name)
        {
            if (!map.Has("metadata"))
            {
                context.Report(DiagnosticDescriptors.MissingYamlKey, map.KeySpanOr("kind", context), "this ServiceLevelObjective", "metadata.name");
            }

            return null;
        }

        var span = context.Span(root);
        if (map.Get("spec") is not { } specNode
            || context.Map(specNode, "spec", ["target", "window", "description", "indicator", "alerting"]) is not { } spec)
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, map.KeySpanOr("kind", context), "this ServiceLevelObjective", "spec");
            return null;
        }

        var ruleLabels = context.Labels(metadata, "labels")
            .Where(l => l.Name.Value.StartsWith(RuleLabelPrefix, StringComparison.Ordinal))
            .Select(l => l with { Name = l.Name with { Value = l.Name.Value[RuleLabelPrefix.Length..] } })
            .ToList();

        // pyrra.dev/team puts a team label on Pyrra's rules; ours come from the service's team.
        var team = ruleLabels.ValueOf(TeamLabel);
        var labels = ruleLabels.Where(l => l.Name.Value != TeamLabel).ToList();
        var target = context.Required(spec, "target", "this ServiceLevelObjective");
        var window = context.Required(spec, "window", "this ServiceLevelObjective");
        var groupBy = new List<Spanned<string>>();
        var (sliName, sli) = PyrraIndicator.Read(context, spec, groupBy);
        var settings = new SettingsSyntax(null, null, Alerting(context, spec), span) { AlertName = AlertName(context, spec) };
        var slo = new SloSyntax(
            new Spanned<string>(sliName, name.Span),
            context.String(spec, "description"),
            target is { } objective ? new ObjectiveSyntax(objective, window, null, objective.Span) : null,
            sli,
            groupBy,
            labels,
            settings,
            span);
        return new ServiceSyntax(name, team, null, null, null, [], null, SettingsSyntax.Empty(span), [slo], span);
    }

    /// <summary><c>alerting: { disabled: true }</c> or <c>burnrates: false</c> turn both tiers off; the rest is reported.</summary>
    private static AlertingSyntax? Alerting(YamlContext context, YamlMap spec)
    {
        if (spec.Get("alerting") is not { } node || YamlContext.IsNull(node)
            || context.Map(node, "spec.alerting", ["name", "disabled", "burnrates", "absent"]) is not { } alerting)
        {
            return null;
        }

        // absent: slo's no-data alert (SLONoData) is on for every SLO with events, so there is nothing to map.
        Spanned<bool>? off = null;
        if (alerting.Get("disabled") is YamlScalarNode disabled && YamlSettingsMapper.Boolean(context, disabled, "spec.alerting.disabled", "a boolean") is { Value: true } yes)
        {
            off = yes with { Value = false };
        }

        if (alerting.Get("burnrates") is YamlScalarNode burnrates && YamlSettingsMapper.Boolean(context, burnrates, "spec.alerting.burnrates", "a boolean") is { Value: false } no)
        {
            off = no;
        }

        return off is { } alertsOff
            ? new AlertingSyntax(Off(alertsOff, "page"), Off(alertsOff, "ticket"), context.Span(node))
            : null;
    }

    /// <summary><c>alerting.name</c>: both tiers' alert name, as in Pyrra.</summary>
    private static Spanned<string>? AlertName(YamlContext context, YamlMap spec) =>
        ForeignFields.Child(spec.Get("alerting"), "name") is { } name ? context.String(name, "spec.alerting.name") : null;

    private static AlertTierSyntax Off(Spanned<bool> off, string kind) =>
        new(new Spanned<string>(kind, off.Span), off, null, null, null, null, [], [], off.Span);
}
