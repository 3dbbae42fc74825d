using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>Maps one entry of <c>spec.slos</c> to <see cref="SloSyntax"/>.</summary>
internal static class YamlSloMapper
{
    private static readonly string[] SliKeys = ["ratio", "latency", "raw", "uptime", "threshold"];

    private static readonly string[] SloKeys =
        ["name", "description", "objective", "period", "ratio", "latency", "raw", "uptime", "threshold", "per", "labels", "evaluation", "alerting", "alert_name", "unit", "no_data", "min_events", "query_offset"];

    public static IReadOnlyList<SloSyntax> Slos(YamlContext context, YamlMap spec)
    {
        if (spec.Get("slos") is not { } node || YamlContext.IsNull(node))
        {
            return [];
        }

        var path = YamlContext.Child(spec.Path, "slos");
        if (node is not YamlSequenceNode sequence)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), path, "a list of SLOs");
            return [];
        }

        var slos = new List<SloSyntax>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Slo(context, sequence.Children[i], $"{path}[{i}]") is { } slo)
            {
                slos.Add(slo);
            }
        }

        return slos;
    }

    private static SloSyntax? Slo(YamlContext context, YamlNode node, string path)
    {
        if (context.Map(node, path, SloKeys) is not { } map)
        {
            return null;
        }

        if (context.Required(map, "name", "this SLO") is not { } name)
        {
            return null;
        }

        var span = context.Span(node);
        var objective = YamlObjectiveMapper.Objective(context, map);

        // `objective 99.9% over 30d` in the DSL: the SLO's period belongs to its objective; without an objective it
        // stays a setting so it is not lost (the checker then reports the missing objective).
        return new SloSyntax(
            name,
            context.String(map, "description"),
            objective,
            Sli(context, map, name.Value),
            context.StringList(map, "per"),
            context.Labels(map, "labels"),
            YamlSettingsMapper.Settings(context, map, span, includePeriod: objective is null),
            span)
        {
            NoData = YamlSettingsMapper.Switch(context, map, "no_data"),
        };
    }

    private static SliSyntax? Sli(YamlContext context, YamlMap slo, string sloName)
    {
        var given = SliKeys.Where(slo.Has).ToList();
        if (given.Count == 0)
        {
            return null;
        }

        if (given.Count > 1)
        {
            context.Report(DiagnosticDescriptors.SecondSli, slo.KeySpanOr(given[1], context), given[1], given[0]);
        }

        var key = given[0];
        var node = slo.Get(key)!;
        var path = YamlContext.Child(slo.Path, key);
        return key switch
        {
            "ratio" => Ratio(context, node, path),
            "latency" => Latency(context, node, path),
            "raw" => context.String(node, path) is { } raw ? new RawSliSyntax(raw, context.Span(node)) : null,
            "threshold" => Threshold(context, node, path),
            _ => context.String(node, path) is { } selector ? new UptimeSliSyntax(selector, context.Span(node)) : null,
        };
    }

    private static RatioSliSyntax? Ratio(YamlContext context, YamlNode node, string path) =>
        context.Map(node, path, ["bad", "good", "total"]) is { } map
            ? new RatioSliSyntax(context.String(map, "bad"), context.String(map, "good"), context.String(map, "total"), context.Span(node))
            : null;

    private static LatencySliSyntax? Latency(YamlContext context, YamlNode node, string path)
    {
        if (context.Map(node, path, ["histogram", "native", "threshold", "buckets"]) is not { } map
            || context.Required(map, "histogram", path) is not { } histogram)
        {
            return null;
        }

        // native: false is the default written out; only true marks a native histogram.
        var native = YamlSettingsMapper.Switch(context, map, "native");
        return new LatencySliSyntax(histogram, context.String(map, "threshold"), context.StringList(map, "buckets"), context.Span(node))
        {
            Native = native is { Value: true } ? native : null,
        };
    }

    /// <summary><c>threshold: { metric: 'lag{…}', aggregation: max, operator: '&lt;', value: 1000 }</c>.</summary>
    private static ThresholdSliSyntax? Threshold(YamlContext context, YamlNode node, string path)
    {
        if (context.Map(node, path, ["metric", "aggregation", "operator", "value"]) is not { } map)
        {
            return null;
        }

        var metric = context.Required(map, "metric", path);
        var op = context.Required(map, "operator", path);
        var value = context.Required(map, "value", path);
        return metric is { } metricText && op is { } opText && value is { } valueText
            ? new ThresholdSliSyntax(context.String(map, "aggregation"), metricText, opText, valueText, context.Span(node))
            : null;
    }
}
