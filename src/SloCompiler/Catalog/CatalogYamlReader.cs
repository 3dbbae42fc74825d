using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Catalog;

/// <summary>
/// Reads a catalog YAML file (the format <see cref="CatalogYamlWriter"/> writes, or one written by
/// hand). Problems are reported at their position and the entry is skipped; nothing throws.
/// </summary>
public static class CatalogYamlReader
{
    public const string Kind = "MetricCatalog";

    private static readonly string[] RootKeys = ["kind", "services", "metrics"];
    private static readonly string[] MetricKeys = ["name", "type", "help", "service", "origin", "labels", "labels_open", "buckets"];
    private static readonly string[] LabelKeys = ["name", "cardinality", "values"];

    public static MetricCatalog Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        if (YamlDocumentLoader.Load(context) is not { } node || context.Map(node, string.Empty, RootKeys) is not { } root)
        {
            return MetricCatalog.Empty;
        }

        var metrics = YamlDocumentLoader.Maps(context, root, "metrics", MetricKeys)
            .Select(map => Metric(context, map))
            .OfType<CatalogMetric>()
            .ToList();
        return new MetricCatalog(metrics, context.StringList(root, "services").Select(s => new InventoryService(s.Value, new MetricOrigin(source.Path, s.Span.StartPosition.Line))));
    }

    private static CatalogMetric? Metric(YamlContext context, YamlMap map)
    {
        var nameText = context.Required(map, "name", map.Path);
        var type = MetricType.Untyped;
        if (context.String(map, "type") is { } typeText)
        {
            if (MetricTypes.Parse(typeText.Value) is { } parsed)
            {
                type = parsed;
            }
            else
            {
                context.Report(DiagnosticDescriptors.UnknownMetricType, typeText.Span, typeText.Value, MetricTypes.Names);
            }
        }

        if (nameText is not { } name)
        {
            return null;
        }

        if (!MetricNames.IsValid(name.Value))
        {
            context.Report(DiagnosticDescriptors.InvalidMetricName, name.Span, name.Value);
            return null;
        }

        var labels = LabelList(context, map);
        var origin = context.String(map, "origin") is { } originText ? MetricOrigin.Parse(originText.Value) : null;
        return new CatalogMetric(
            name.Value,
            type,
            context.String(map, "help")?.Value,
            labels,
            context.String(map, "service")?.Value,
            origin ?? new MetricOrigin(context.Source.Path, name.Span.StartPosition.Line),
            context.String(map, "labels_open")?.Value is "true")
        {
            Buckets = Buckets(context, map),
        };
    }

    /// <summary><c>labels: [method, code]</c> or a list of <c>{name, cardinality, values}</c> mappings.</summary>
    private static List<CatalogLabel> LabelList(YamlContext context, YamlMap map)
    {
        var labels = new List<CatalogLabel>();
        var path = YamlContext.Child(map.Path, "labels");
        if (map.Get("labels") is not YamlSequenceNode sequence)
        {
            if (map.Get("labels") is { } other && !YamlContext.IsNull(other))
            {
                context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(other), path, "a list of label names or {name, cardinality, values} mappings");
            }

            return labels;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is YamlScalarNode { Value: { } plain })
            {
                labels.Add(new CatalogLabel(plain, null, []));
            }
            else if (context.Map(item, $"{path}[{i}]", LabelKeys) is { } labelMap && context.Required(labelMap, "name", labelMap.Path) is { } name)
            {
                var values = context.StringList(labelMap, "values").Select(v => v.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                labels.Add(new CatalogLabel(name.Value, YamlDocumentLoader.Count(context, labelMap, "cardinality"), values));
            }
        }

        return labels.OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
    }

    private static List<decimal> Buckets(YamlContext context, YamlMap map)
    {
        var buckets = new List<decimal>();
        foreach (var text in context.StringList(map, "buckets"))
        {
            if (decimal.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound))
            {
                buckets.Add(bound);
            }
            else
            {
                context.Report(DiagnosticDescriptors.InvalidNumber, text.Span, text.Value);
            }
        }

        return buckets.Distinct().Order().ToList();
    }
}
