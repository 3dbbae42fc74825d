using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Parsing.Pyrra;

/// <summary>
/// <c>spec.indicator</c>: <c>ratio</c> (errors/total), <c>latency</c> (success/total) or <c>bool_gauge</c> (Pyrra's key;
/// <c>boolGauge</c> is read too).
/// </summary>
internal static class PyrraIndicator
{
    public static (string Name, SliSyntax? Sli) Read(YamlContext context, YamlMap spec, List<Spanned<string>> groupBy)
    {
        if (spec.Get("indicator") is not { } node
            || context.Map(node, "spec.indicator", ["ratio", "latency", "latencyNative", "bool_gauge", "boolGauge"]) is not { } indicator)
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, spec.FirstKeySpan(context), "this ServiceLevelObjective", "indicator");
            return ("errors", null);
        }

        var span = context.Span(node);
        if (indicator.Get("ratio") is { } ratio)
        {
            return ("errors", Pair(context, ratio, "spec.indicator.ratio", "errors", isGood: false, span, groupBy));
        }

        if (indicator.Get("latency") is { } latency)
        {
            return ("latency", Pair(context, latency, "spec.indicator.latency", "success", isGood: true, span, groupBy));
        }

        var gaugeKey = indicator.Has("bool_gauge") ? "bool_gauge" : "boolGauge";
        if (indicator.Get(gaugeKey) is { } gauge)
        {
            var gaugePath = YamlContext.Child("spec.indicator", gaugeKey);
            if (context.Map(gauge, gaugePath, ["metric", "grouping"]) is not { } gaugeMap
                || context.Required(gaugeMap, "metric", gaugePath) is not { } metric)
            {
                return ("bool-gauge", null);
            }

            groupBy.AddRange(context.StringList(gaugeMap, "grouping"));
            return ("bool-gauge", new UptimeSliSyntax(metric, span));
        }

        if (indicator.Key("latencyNative") is { } native)
        {
            context.Report(DiagnosticDescriptors.CannotExpress, context.Span(native), "spec.indicator.latencyNative",
                "slo reads classic histograms only; write a latency indicator over the _bucket and _count series");
        }

        return ("latency", null);
    }

    /// <summary><c>{ errors: { metric }, total: { metric }, grouping: [...] }</c>: two bare selectors Pyrra rates itself.</summary>
    private static RatioSliSyntax? Pair(YamlContext context, YamlDotNet.RepresentationModel.YamlNode node, string path, string part, bool isGood, SourceSpan span, List<Spanned<string>> groupBy)
    {
        if (context.Map(node, path, [part, "total", "grouping"]) is not { } map)
        {
            return null;
        }

        groupBy.AddRange(context.StringList(map, "grouping"));
        var top = Metric(context, map, part);
        var total = Metric(context, map, "total");
        if (top is null || total is null)
        {
            return null;
        }

        return isGood ? new RatioSliSyntax(null, top, total, span) : new RatioSliSyntax(top, null, total, span);
    }

    private static Spanned<string>? Metric(YamlContext context, YamlMap map, string key)
    {
        if (map.Get(key) is not { } node)
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, map.FirstKeySpan(context), map.Path, key);
            return null;
        }

        var path = YamlContext.Child(map.Path, key);
        return context.Map(node, path, ["metric"]) is { } metricMap ? context.Required(metricMap, "metric", path) : null;
    }
}
