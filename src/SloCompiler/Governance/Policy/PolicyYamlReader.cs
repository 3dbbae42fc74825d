using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Governance.Policy;

/// <summary>
/// Reads a label policy file. Every value is checked and reported at its position (SLO304 for a
/// value of the wrong kind); an invalid entry is left out and the rest of the policy still applies.
/// </summary>
public static class PolicyYamlReader
{
    public const string Kind = "LabelPolicy";

    private static readonly string[] RootKeys = ["kind", "forbidden_labels", "allow_forbidden", "allowed_labels", "keep_labels", "series_budgets", "waivers", "gaps"];
    private static readonly string[] AllowedKeys = ["metric", "labels"];
    private static readonly string[] BudgetKeys = ["per_rule", "per_slo", "slos"];
    private static readonly string[] WaiverKeys = ["service", "slo", "gap", "reason"];

    public static LabelPolicy Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        if (YamlDocumentLoader.Load(context) is not { } node || context.Map(node, string.Empty, RootKeys) is not { } root)
        {
            return LabelPolicy.Default;
        }

        var removed = Labels(context, root, "allow_forbidden");
        var forbidden = LabelPolicy.DefaultForbiddenLabels.Concat(Labels(context, root, "forbidden_labels"))
            .Except(removed, StringComparer.Ordinal)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var allowed = YamlDocumentLoader.Maps(context, root, "allowed_labels", AllowedKeys)
            .Select(map => context.Required(map, "metric", map.Path) is { } metric
                ? new AllowedLabels(metric.Value, Labels(context, map, "labels"), metric.Span)
                : null)
            .OfType<AllowedLabels>()
            .ToList();
        return new LabelPolicy(forbidden, allowed, Labels(context, root, "keep_labels"), Budgets(context, root), Waivers(context, root), Gaps(context, root));
    }

    private static List<string> Labels(YamlContext context, YamlMap map, string key)
    {
        var labels = new List<string>();
        foreach (var label in context.StringList(map, key))
        {
            if (MetricNames.IsValidLabel(label.Value))
            {
                labels.Add(label.Value);
            }
            else
            {
                context.Report(DiagnosticDescriptors.InvalidLabelName, label.Span, label.Value);
            }
        }

        return labels;
    }

    private static SeriesBudgets Budgets(YamlContext context, YamlMap root)
    {
        if (root.Get("series_budgets") is not { } node || YamlContext.IsNull(node) || context.Map(node, "series_budgets", BudgetKeys) is not { } map)
        {
            return SeriesBudgets.None;
        }

        var perSlo = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (map.Get("slos") is YamlMappingNode slos)
        {
            foreach (var (key, value) in slos.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text }
                    && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var budget))
                {
                    perSlo[name] = budget;
                }
                else
                {
                    context.Report(DiagnosticDescriptors.InvalidPolicyValue, context.Span(value), (value as YamlScalarNode)?.Value ?? "value",
                        "must be a whole number of series under a 'service/slo' key, e.g. payments-api/availability: 2000");
                }
            }
        }

        return new SeriesBudgets(YamlDocumentLoader.Count(context, map, "per_rule"), YamlDocumentLoader.Count(context, map, "per_slo"), perSlo);
    }

    private static List<Waiver> Waivers(YamlContext context, YamlMap root)
    {
        var waivers = new List<Waiver>();
        foreach (var map in YamlDocumentLoader.Maps(context, root, "waivers", WaiverKeys))
        {
            var service = context.Required(map, "service", map.Path);
            var gap = context.Required(map, "gap", map.Path);
            var reason = context.Required(map, "reason", map.Path);
            var kind = gap is { } gapText ? GapKinds.Parse(gapText.Value) : null;
            if (gap is { } unknownGap && kind is null)
            {
                context.Report(DiagnosticDescriptors.InvalidPolicyValue, unknownGap.Span, unknownGap.Value, $"is not a gap; expected one of: {GapKinds.Names}");
            }

            if (service is { } serviceText && kind is { } waived && reason is { } reasonText)
            {
                waivers.Add(new Waiver(waived, serviceText.Value, context.String(map, "slo")?.Value, reasonText.Value));
            }
        }

        return waivers;
    }

    private static Dictionary<GapKind, GapSeverity> Gaps(YamlContext context, YamlMap root)
    {
        var severities = new Dictionary<GapKind, GapSeverity>();
        if (root.Get("gaps") is not { } node || YamlContext.IsNull(node))
        {
            return severities;
        }

        if (context.Map(node, "gaps", GapKinds.All.Select(k => k.Name).ToList()) is not { } map)
        {
            return severities;
        }

        foreach (var (kind, name) in GapKinds.All)
        {
            if (context.String(map, name) is not { } value)
            {
                continue;
            }

            GapSeverity? severity = value.Value switch { "error" => GapSeverity.Error, "warning" => GapSeverity.Warning, "off" => GapSeverity.Off, _ => null };
            if (severity is { } parsed)
            {
                severities[kind] = parsed;
            }
            else
            {
                context.Report(DiagnosticDescriptors.InvalidPolicyValue, value.Span, value.Value, "is not a gap severity; expected error, warning or off");
            }
        }

        return severities;
    }
}
