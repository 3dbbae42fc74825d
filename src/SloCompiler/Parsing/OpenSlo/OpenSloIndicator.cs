using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.OpenSlo;

/// <summary>
/// An SLO's indicator, inline (<c>indicator: { metadata, spec }</c>) or by <c>indicatorRef</c>: a <c>ratioMetric</c>
/// of good or bad over total Prometheus queries, or a <c>raw</c> ratio; or a <c>thresholdMetric</c>, a Prometheus
/// selector (optionally inside max/min/avg/sum/count) read as a threshold SLI whose comparison and value the
/// objective supplies (<see cref="OpenSloSloReader"/>).
/// </summary>
internal sealed partial class OpenSloIndicator(YamlContext context, IReadOnlyDictionary<(string, string), OpenSloObject> byName)
{
    public SliSyntax? Read(YamlMap sloSpec, SourceSpan span)
    {
        if (sloSpec.Get("indicator") is { } inline)
        {
            return context.Map(inline, "spec.indicator", ["metadata", "spec"]) is { } indicator && indicator.Get("spec") is { } spec
                ? Spec(context, spec, "spec.indicator.spec", span)
                : null;
        }

        if (context.Required(sloSpec, "indicatorRef", "this SLO") is not { } reference)
        {
            return null;
        }

        if (!byName.TryGetValue(("SLI", reference.Value), out var sli) || sli.Root.Get("spec") is not { } sliSpec)
        {
            context.Report(DiagnosticDescriptors.UnresolvedOpenSloReference, reference.Span, "SLI", reference.Value);
            return null;
        }

        return Spec(sli.Context, sliSpec, "spec", span);
    }

    private SliSyntax? Spec(YamlContext at, YamlNode node, string path, SourceSpan span)
    {
        if (at.Map(node, path, ["description", "thresholdMetric", "ratioMetric"]) is not { } spec)
        {
            return null;
        }

        if (spec.Has("thresholdMetric"))
        {
            return Threshold(at, spec, span);
        }

        var ratioPath = YamlContext.Child(path, "ratioMetric");
        if (spec.Get("ratioMetric") is not { } ratioNode
            || at.Map(ratioNode, ratioPath, ["counter", "good", "bad", "total", "rawType", "raw"]) is not { } ratio)
        {
            at.Report(DiagnosticDescriptors.MissingYamlKey, spec.FirstKeySpan(at), path, "ratioMetric");
            return null;
        }

        if (ratio.Has("raw"))
        {
            var raw = Query(at, ratio, "raw");
            var isSuccess = at.String(ratio, "rawType") is { Value: "success" };
            return raw is { } query ? ForeignQuery.Raw(isSuccess ? query with { Value = $"1 - ({query.Value.Trim()})" } : query, span) : null;
        }

        var isGood = ratio.Has("good");
        var partQuery = Query(at, ratio, isGood ? "good" : "bad");
        var totalQuery = Query(at, ratio, "total");
        if (partQuery is not { } part || totalQuery is not { } total)
        {
            return null;
        }

        if (ForeignQuery.IsSelector(part.Value) && ForeignQuery.IsSelector(total.Value))
        {
            return isGood ? new RatioSliSyntax(null, part, total, span) : new RatioSliSyntax(part, null, total, span);
        }

        return ForeignQuery.Events(part, total, isGood, span, [], anyWindow: true);
    }

    /// <summary>
    /// <c>thresholdMetric: { metricSource: … query: max(lag{…}) }</c> as a threshold SLI with an empty comparison
    /// and value, which each objective's <c>op</c> and <c>value</c> fill in.
    /// </summary>
    private ThresholdSliSyntax? Threshold(YamlContext at, YamlMap spec, SourceSpan span)
    {
        if (Query(at, spec, "thresholdMetric") is not { } query)
        {
            return null;
        }

        var match = ThresholdQuery().Match(query.Value);
        if (!match.Success)
        {
            at.Report(DiagnosticDescriptors.CannotExpress, query.Span, YamlContext.Child(spec.Path, "thresholdMetric"),
                "a threshold SLI compares one selector, or max, min, avg, sum or count of one, such as max(kafka_consumergroup_lag{group=\"orders\"})");
            return null;
        }

        Spanned<string>? aggregation = match.Groups["agg"].Success ? query with { Value = match.Groups["agg"].Value } : null;
        var none = new Spanned<string>(string.Empty, query.Span);
        return new ThresholdSliSyntax(aggregation, query with { Value = match.Groups["selector"].Value.Trim() }, none, none, span);
    }

    [GeneratedRegex(@"^\s*(?:(?<agg>[a-z]+)\s*\(\s*(?<selector>[a-zA-Z_:][a-zA-Z0-9_:]*\s*(?:\{[^{}]*\})?)\s*\)|(?<selector>[a-zA-Z_:][a-zA-Z0-9_:]*\s*(?:\{[^{}]*\})?|\{[^{}]*\}))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ThresholdQuery();

    /// <summary>The Prometheus query of <c>{ metricSource: { type | metricSourceRef, spec: { query } } }</c>.</summary>
    private Spanned<string>? Query(YamlContext at, YamlMap ratio, string key)
    {
        var path = YamlContext.Child(ratio.Path, key);
        if (ratio.Get(key) is not { } node)
        {
            at.Report(DiagnosticDescriptors.MissingYamlKey, ratio.FirstKeySpan(at), ratio.Path, key);
            return null;
        }

        var sourcePath = YamlContext.Child(path, "metricSource");
        if (at.Map(node, path, ["metricSource"]) is not { } metric || metric.Get("metricSource") is not { } sourceNode
            || at.Map(sourceNode, sourcePath, ["type", "metricSourceRef", "spec"]) is not { } source)
        {
            return null;
        }

        var type = at.String(source, "type");
        if (type is null && at.String(source, "metricSourceRef") is { } reference)
        {
            if (!byName.TryGetValue(("DataSource", reference.Value), out var dataSource))
            {
                at.Report(DiagnosticDescriptors.UnresolvedOpenSloReference, reference.Span, "DataSource", reference.Value);
                return null;
            }

            type = DataSourceType(dataSource) ?? reference;
        }

        if (type is { } typeText && !typeText.Value.Equals("Prometheus", StringComparison.OrdinalIgnoreCase))
        {
            at.Report(DiagnosticDescriptors.UnsupportedDataSource, typeText.Span, typeText.Value);
            return null;
        }

        if (source.Get("spec") is not { } spec || at.Map(spec, YamlContext.Child(sourcePath, "spec"), ["query", "promql"]) is not { } query)
        {
            at.Report(DiagnosticDescriptors.MissingYamlKey, source.FirstKeySpan(at), sourcePath, "spec.query");
            return null;
        }

        return at.String(query, "query") ?? at.Required(query, "promql", YamlContext.Child(sourcePath, "spec"));
    }

    private static Spanned<string>? DataSourceType(OpenSloObject dataSource) =>
        dataSource.Root.Get("spec") is YamlMappingNode spec
        && spec.Children.TryGetValue(new YamlScalarNode("type"), out var type) && type is YamlScalarNode scalar
            ? new Spanned<string>(scalar.Value ?? string.Empty, dataSource.Context.Span(scalar))
            : null;
}
