using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>Maps <c>period</c>, <c>evaluation</c>, <c>alerting</c>, <c>alert_name</c>, <c>unit</c>, <c>min_events</c> and <c>query_offset</c> (shared by Defaults, Policy, Service and SLO).</summary>
internal static class YamlSettingsMapper
{
    public static readonly string[] SettingKeys = ["period", "evaluation", "alerting", "alert_name", "unit", "min_events", "query_offset"];

    private static readonly string[] AlertingKeys = ["page", "ticket"];

    private static readonly string[] TierKeys = ["enabled", "severity", "receiver", "for", "keep_firing_for", "during", "labels", "annotations", "min_events"];

    /// <summary>The settings keys of <paramref name="map"/>; the caller decides whether period belongs here.</summary>
    public static SettingsSyntax Settings(YamlContext context, YamlMap map, SourceSpan span, bool includePeriod = true) =>
        new(
            includePeriod ? context.String(map, "period") : null,
            context.String(map, "evaluation"),
            map.Get("alerting") is { } alerting ? Alerting(context, alerting, YamlContext.Child(map.Path, "alerting")) : null,
            span)
        {
            AlertName = context.String(map, "alert_name"),
            Unit = context.String(map, "unit"),
            MinEvents = context.String(map, "min_events"),
            QueryOffset = context.String(map, "query_offset"),
        };

    /// <summary>The spec of a Defaults or Policy document: only settings are allowed.</summary>
    public static SettingsSyntax SettingsOnly(YamlContext context, YamlNode? spec, string path, SourceSpan fallback)
    {
        if (spec is null || YamlContext.IsNull(spec))
        {
            return SettingsSyntax.Empty(fallback);
        }

        return context.Map(spec, path, SettingKeys) is { } map
            ? Settings(context, map, context.Span(spec))
            : SettingsSyntax.Empty(context.Span(spec));
    }

    private static AlertingSyntax? Alerting(YamlContext context, YamlNode node, string path)
    {
        if (YamlContext.IsNull(node) || context.Map(node, path, AlertingKeys) is not { } map)
        {
            return null;
        }

        return new AlertingSyntax(
            Tier(context, map, "page"),
            Tier(context, map, "ticket"),
            context.Span(node));
    }

    /// <summary><c>page: { severity: critical }</c>, or the shorthands <c>ticket: off</c> / <c>ticket: false</c>.</summary>
    private static AlertTierSyntax? Tier(YamlContext context, YamlMap alerting, string kind)
    {
        if (alerting.Get(kind) is not { } node || YamlContext.IsNull(node))
        {
            return null;
        }

        var kindSpanned = new Spanned<string>(kind, context.Span(alerting.Key(kind)!));
        var path = YamlContext.Child(alerting.Path, kind);
        if (node is YamlScalarNode scalar)
        {
            if (Boolean(context, scalar, path) is not { } enabled)
            {
                return null;
            }

            return new AlertTierSyntax(kindSpanned, enabled, null, null, null, null, [], [], context.Span(node));
        }

        if (context.Map(node, path, TierKeys) is not { } map)
        {
            return null;
        }

        Spanned<bool>? enabledFlag = null;
        if (map.Get("enabled") is { } enabledNode && !YamlContext.IsNull(enabledNode))
        {
            enabledFlag = enabledNode is YamlScalarNode enabledScalar
                ? Boolean(context, enabledScalar, YamlContext.Child(path, "enabled"), "a boolean (true/false/on/off)")
                : ReportNotBoolean(context, enabledNode, YamlContext.Child(path, "enabled"), "a boolean (true/false/on/off)");
        }

        return new AlertTierSyntax(
            kindSpanned,
            enabledFlag,
            context.String(map, "severity"),
            context.String(map, "receiver"),
            context.String(map, "for"),
            context.String(map, "during"),
            context.Labels(map, "labels"),
            context.Labels(map, "annotations"),
            context.Span(node))
        {
            MinEvents = context.String(map, "min_events"),
            KeepFiringFor = context.String(map, "keep_firing_for"),
        };
    }

    /// <summary>An optional boolean key such as <c>no_data: off</c>; null when absent or mistyped (reported).</summary>
    internal static Spanned<bool>? Switch(YamlContext context, YamlMap map, string key)
    {
        const string expected = "a boolean (true/false/on/off)";
        var path = YamlContext.Child(map.Path, key);
        return map.Get(key) switch
        {
            null => null,
            var node when YamlContext.IsNull(node) => null,
            YamlScalarNode scalar => Boolean(context, scalar, path, expected),
            var node => ReportNotBoolean(context, node, path, expected),
        };
    }

    /// <summary>YAML 1.1 booleans too (<c>on</c>/<c>off</c>/<c>yes</c>/<c>no</c>), because <c>ticket: off</c> reads naturally.</summary>
    internal static Spanned<bool>? Boolean(YamlContext context, YamlScalarNode scalar, string path, string expected = "a boolean (true/false/on/off) or a mapping of tier settings") =>
        scalar.Value?.ToLowerInvariant() switch
        {
            "true" or "on" or "yes" => new Spanned<bool>(true, context.Span(scalar)),
            "false" or "off" or "no" => new Spanned<bool>(false, context.Span(scalar)),
            _ => ReportNotBoolean(context, scalar, path, expected),
        };

    private static Spanned<bool>? ReportNotBoolean(YamlContext context, YamlNode node, string path, string expected)
    {
        context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), path, expected);
        return null;
    }
}
