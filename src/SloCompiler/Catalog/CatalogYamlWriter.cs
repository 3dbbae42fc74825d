using SloCompiler.Emit.Yaml;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Catalog;

/// <summary>
/// Writes a catalog as YAML that <see cref="CatalogYamlReader"/> reads back: metrics sorted by name,
/// labels by name, values ordinal, optional fields left out, so a rescan of unchanged code gives
/// identical bytes and reviews show only real changes.
/// </summary>
public static class CatalogYamlWriter
{
    /// <summary>How every catalog slo writes starts; <c>slo catalog scan --out</c> overwrites only files that start so.</summary>
    public const string HeaderPrefix = "# Metric catalog for slo:";

    public static string Write(MetricCatalog catalog)
    {
        var metrics = catalog.Metrics.Select(Metric).ToList();
        var entries = new List<KeyValuePair<string, YamlNode>> { new("kind", YamlWriter.Plain(CatalogYamlReader.Kind)) };
        if (catalog.Inventory.Count > 0)
        {
            entries.Add(new("services", YamlWriter.FlowSequence(catalog.Inventory.Select(s => (YamlNode)YamlWriter.String(s.Name)))));
        }

        entries.Add(new("metrics", new YamlSequenceNode(metrics)));
        var root = YamlWriter.Map(entries);
        return YamlWriter.Serialize(root, [HeaderPrefix + " the metrics services expose. Written by 'slo catalog scan'; may be edited by hand."]);
    }

    private static YamlNode Metric(CatalogMetric metric)
    {
        var entries = new List<KeyValuePair<string, YamlNode>>
        {
            new("name", YamlWriter.String(metric.Name)),
            new("type", YamlWriter.Plain(metric.Type.ToText())),
        };
        Optional(entries, "help", metric.Help);
        Optional(entries, "service", metric.Service);
        Optional(entries, "origin", metric.Origin?.ToString());
        if (metric.LabelsOpen)
        {
            entries.Add(new("labels_open", YamlWriter.Plain("true")));
        }

        if (metric.Buckets.Count > 0)
        {
            entries.Add(new("buckets", YamlWriter.FlowSequence(metric.Buckets.Select(b => (YamlNode)YamlWriter.Plain(Model.DecimalText.Format(b))))));
        }

        if (metric.Labels.Count > 0)
        {
            entries.Add(new("labels", new YamlSequenceNode(metric.Labels.Select(Label))));
        }

        return YamlWriter.Map(entries);
    }

    private static YamlNode Label(CatalogLabel label)
    {
        var entries = new List<KeyValuePair<string, YamlNode>> { new("name", YamlWriter.String(label.Name)) };
        if (label.Cardinality is { } cardinality)
        {
            entries.Add(new("cardinality", YamlWriter.Plain(cardinality.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (label.Values.Count > 0)
        {
            entries.Add(new("values", YamlWriter.FlowSequence(label.Values.Select(v => (YamlNode)new YamlScalarNode(v) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }))));
        }

        return YamlWriter.Map(entries);
    }

    private static void Optional(List<KeyValuePair<string, YamlNode>> entries, string key, string? value)
    {
        if (value is not null)
        {
            entries.Add(new(key, YamlWriter.String(value)));
        }
    }
}
