using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Sloth;

/// <summary>One entry of a Sloth spec's <c>slos</c>: objective, SLI and alerting.</summary>
internal static class SlothSloReader
{
    public static SloSyntax? Slo(YamlContext context, YamlNode node, string path, SlothKeys keys)
    {
        if (context.Map(node, path, ["name", "objective", "description", "plugins", "labels", "sli", "alerting"]) is not { } map
            || context.Required(map, "name", "this SLO") is not { } name)
        {
            return null;
        }

        ForeignFields.NotKept(context, map, "plugins", "slo does not run Sloth SLO plugins; their effect on the rules is not reproduced");
        var span = context.Span(node);
        var objective = context.Required(map, "objective", "this SLO") is { } percent ? new ObjectiveSyntax(percent, null, null, percent.Span) : null;
        var groupBy = new List<Spanned<string>>();
        var sli = Sli(context, map, keys, groupBy);
        if (sli is null && !map.Has("sli"))
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, map.KeySpanOr("name", context), "this SLO", "sli");
        }

        var alerting = map.Get("alerting") is { } alertingNode && !YamlContext.IsNull(alertingNode)
            ? Alerting(context, alertingNode, YamlContext.Child(path, "alerting"), keys)
            : null;
        return new SloSyntax(
            name,
            context.String(map, "description"),
            objective,
            sli,
            groupBy,
            context.Labels(map, "labels"),
            new SettingsSyntax(null, null, alerting, span) { AlertName = AlertName(context, map) },
            span);
    }

    private static SliSyntax? Sli(YamlContext context, YamlMap slo, SlothKeys keys, List<Spanned<string>> groupBy)
    {
        if (slo.Get("sli") is not { } node || YamlContext.IsNull(node)
            || context.Map(node, YamlContext.Child(slo.Path, "sli"), ["events", "raw", "plugin"]) is not { } sli)
        {
            return null;
        }

        var span = context.Span(node);
        if (sli.Get("plugin") is { } plugin)
        {
            var id = context.Map(plugin, YamlContext.Child(sli.Path, "plugin"), ["id", "options"]) is { } pluginMap
                ? context.String(pluginMap, "id")?.Value
                : null;
            context.Report(DiagnosticDescriptors.SlothPluginSli, context.Span(sli.Key("plugin")!), id ?? "(no id)");
            return null;
        }

        if (sli.Get("raw") is { } raw)
        {
            return context.Map(raw, YamlContext.Child(sli.Path, "raw"), [keys.ErrorRatioQuery]) is { } rawMap
                   && context.Required(rawMap, keys.ErrorRatioQuery, "sli.raw") is { } query
                ? ForeignQuery.Raw(query, span)
                : null;
        }

        if (sli.Get("events") is not { } events
            || context.Map(events, YamlContext.Child(sli.Path, "events"), [keys.ErrorQuery, keys.TotalQuery]) is not { } eventsMap)
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, context.Span(node), "sli", "events, raw or plugin");
            return null;
        }

        var error = context.Required(eventsMap, keys.ErrorQuery, "sli.events");
        var total = context.Required(eventsMap, keys.TotalQuery, "sli.events");
        return error is { } errorQuery && total is { } totalQuery ? ForeignQuery.Events(errorQuery, totalQuery, isGood: false, span, groupBy) : null;
    }

    private static AlertingSyntax? Alerting(YamlContext context, YamlNode node, string path, SlothKeys keys)
    {
        if (context.Map(node, path, ["name", "labels", "annotations", keys.PageAlert, keys.TicketAlert]) is not { } map)
        {
            return null;
        }

        var labels = context.Labels(map, "labels");
        var annotations = context.Labels(map, "annotations");
        return new AlertingSyntax(
            Tier(context, map, keys.PageAlert, "page", labels, annotations),
            Tier(context, map, keys.TicketAlert, "ticket", labels, annotations),
            context.Span(node));
    }

    /// <summary><c>alerting.name</c>: Sloth gives page and ticket alerts this one name, and so does slo (<c>alert_name</c>).</summary>
    private static Spanned<string>? AlertName(YamlContext context, YamlMap slo) =>
        ForeignFields.Child(slo.Get("alerting"), "name") is { } name ? context.String(name, YamlContext.Child(YamlContext.Child(slo.Path, "alerting"), "name")) : null;

    /// <summary>
    /// <c>page_alert: { disable, labels, annotations }</c>. A <c>severity</c> label becomes the tier's severity (ours sets
    /// that label); the alerting level's labels and annotations apply to both tiers, as in Sloth.
    /// </summary>
    private static AlertTierSyntax? Tier(
        YamlContext context, YamlMap alerting, string key, string kind, IReadOnlyList<LabelSyntax> sharedLabels, IReadOnlyList<LabelSyntax> sharedAnnotations)
    {
        var kindSpanned = new Spanned<string>(kind, alerting.Key(key) is { } keyNode ? context.Span(keyNode) : context.Span(alerting.Node));
        Spanned<bool>? enabled = null;
        IReadOnlyList<LabelSyntax> labels = [];
        IReadOnlyList<LabelSyntax> annotations = [];
        var span = kindSpanned.Span;
        if (alerting.Get(key) is { } node && !YamlContext.IsNull(node)
            && context.Map(node, YamlContext.Child(alerting.Path, key), ["disable", "labels", "annotations"]) is { } tier)
        {
            span = context.Span(node);
            if (tier.Get("disable") is YamlScalarNode disable && YamlSettingsMapper.Boolean(context, disable, YamlContext.Child(tier.Path, "disable"), "a boolean") is { } disabled)
            {
                enabled = new Spanned<bool>(!disabled.Value, disabled.Span);
            }

            labels = context.Labels(tier, "labels");
            annotations = context.Labels(tier, "annotations");
        }

        labels = ForeignFields.Merge(sharedLabels, labels);
        annotations = ForeignFields.Merge(sharedAnnotations, annotations);
        var severity = labels.ValueOf("severity");
        labels = labels.Where(l => l.Name.Value != "severity").ToList();
        if (enabled is null && severity is null && labels.Count == 0 && annotations.Count == 0)
        {
            return null;
        }

        return new AlertTierSyntax(kindSpanned, enabled, severity, null, null, null, labels, annotations, span);
    }
}
