using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Catalog;

/// <summary>
/// Turns a saved /metrics page (Prometheus text format 0.0.4, or OpenMetrics) into catalog
/// entries: <c># HELP</c> and <c># TYPE</c> give help and type, samples give label names and the
/// distinct values seen per label. Histogram and summary samples (<c>_bucket</c>, <c>_sum</c>,
/// <c>_count</c>) fold into their family; <c>le</c> becomes the bucket list and <c>quantile</c> is
/// not a label of the family. A bad line is reported (SLO302) and skipped.
/// </summary>
public static class ExpositionParser
{
    public static MetricCatalog Parse(SourceFile source, string? service, DiagnosticBag diagnostics)
    {
        var families = new Dictionary<string, ExpositionFamily>(StringComparer.Ordinal);
        var lineCount = source.Text.Length == 0 ? 0 : source.GetLineIndex(source.Text.Length) + 1;
        for (var index = 0; index < lineCount; index++)
        {
            var line = source.GetLineText(index).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                ReadComment(line, index + 1, families);
                continue;
            }

            var reader = new ExpositionLineReader(line);
            if (reader.Read(out var error) is not { } sample)
            {
                var start = source.GetOffset(index + 1, 1);
                diagnostics.Report(DiagnosticDescriptors.InvalidExpositionLine, new SourceSpan(source, start, source.GetLineText(index).Length), error);
                continue;
            }

            FamilyOf(sample.Name, index + 1, families).Add(sample.Name, sample.Labels);
        }

        return new MetricCatalog(families.Values.Select(f => f.ToMetric(source.Path, service)));
    }

    /// <summary><c># HELP name text</c> and <c># TYPE name type</c>; any other comment is ignored, as Prometheus does.</summary>
    private static void ReadComment(string line, int lineNumber, Dictionary<string, ExpositionFamily> families)
    {
        var parts = line[1..].TrimStart().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || parts[0] is not ("HELP" or "TYPE") || !MetricNames.IsValid(parts[1]))
        {
            return;
        }

        var family = families.TryGetValue(parts[1], out var known) ? known : families[parts[1]] = new ExpositionFamily(parts[1], lineNumber);
        if (parts[0] == "HELP")
        {
            family.Help = parts[2].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        else
        {
            family.Type = MetricTypes.Parse(parts[2].Trim().ToLowerInvariant()) ?? MetricType.Untyped;
        }
    }

    /// <summary>The declared family a sample belongs to (<c>x_bucket</c> → <c>x</c>), or a new untyped one.</summary>
    private static ExpositionFamily FamilyOf(string sampleName, int lineNumber, Dictionary<string, ExpositionFamily> families)
    {
        if (families.TryGetValue(sampleName, out var exact))
        {
            return exact;
        }

        foreach (var suffix in (string[])["_bucket", "_sum", "_count", "_total", "_created", "_gsum", "_gcount"])
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal)
                && families.TryGetValue(sampleName[..^suffix.Length], out var family)
                && family.Type is not MetricType.Gauge and not MetricType.Untyped)
            {
                return family;
            }
        }

        return families[sampleName] = new ExpositionFamily(sampleName, lineNumber);
    }

    /// <summary>A family being collected; bucket bounds keep their decimal value for threshold checks.</summary>
    private sealed class ExpositionFamily(string name, int line)
    {
        private readonly SortedDictionary<string, SortedSet<string>> _labels = new(StringComparer.Ordinal);
        private readonly SortedSet<decimal> _buckets = [];
        private string? _sampleName;

        public string? Help { get; set; }

        public MetricType Type { get; set; } = MetricType.Untyped;

        public void Add(string sampleName, IEnumerable<KeyValuePair<string, string>> labels)
        {
            _sampleName ??= sampleName;
            foreach (var (label, value) in labels)
            {
                if (label == "le" && Type == MetricType.Histogram)
                {
                    if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound))
                    {
                        _buckets.Add(bound);
                    }

                    continue;
                }

                if (label == "quantile" && Type == MetricType.Summary)
                {
                    continue;
                }

                if (!_labels.TryGetValue(label, out var values))
                {
                    _labels[label] = values = new SortedSet<string>(StringComparer.Ordinal);
                }

                values.Add(value);
            }
        }

        /// <summary>
        /// OpenMetrics names a counter family without <c>_total</c> but exposes <c>x_total</c>; the catalog
        /// keeps the name PromQL reads, so such a counter is stored under its sample name.
        /// </summary>
        public CatalogMetric ToMetric(string path, string? service)
        {
            var metricName = Type == MetricType.Counter && _sampleName is { } sample && sample == name + "_total" ? sample : name;
            var labels = _labels.Select(l => new CatalogLabel(l.Key, null, l.Value.ToList())).ToList();
            return new CatalogMetric(metricName, Type, Help, labels, service, new MetricOrigin(path, line))
            {
                Buckets = _buckets.ToList(),
            };
        }
    }
}
