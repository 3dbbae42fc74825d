using SloCompiler.Emit.Yaml;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Conversion;

/// <summary>
/// Prints a syntax tree as our YAML (<c>apiVersion: slocompiler.dev/v1</c>): one <c>---</c> document per defaults,
/// policy and service, in that order, keys in the order the YAML front end documents them.
/// </summary>
internal static class SyntaxYamlPrinter
{
    private const string ApiVersion = "slocompiler.dev/v1";

    public static string Print(SloDocumentSyntax document)
    {
        var roots = new List<YamlNode>();
        if (document.Defaults is { } defaults)
        {
            roots.Add(Document("Defaults", null, Settings(defaults, includePeriod: true)));
        }

        roots.AddRange(document.Policies.Select(p => Document("Policy", Metadata([("name", YamlWriter.String(p.Name.Value))]), Settings(p.Settings, includePeriod: true))));
        roots.AddRange(document.Services.Select(Service));
        return string.Join("---\n", roots.Select(root => YamlWriter.Serialize(root, [])));
    }

    private static YamlMappingNode Service(ServiceSyntax service)
    {
        var metadata = new List<(string, YamlNode)> { ("name", YamlWriter.String(service.Name.Value)) };
        Add(metadata, "team", service.Team);
        Add(metadata, "owner", service.Owner);
        Add(metadata, "description", service.Description);
        if (service.Labels.Count > 0)
        {
            metadata.Add(("labels", Labels(service.Labels)));
        }

        var spec = new List<(string, YamlNode)>();
        Add(spec, "runbook", service.Runbook);
        Add(spec, "policy", service.Policy);
        Add(spec, "downAlert", service.DownAlert);
        spec.AddRange(Settings(service.Settings, includePeriod: true));
        if (service.Slos.Count > 0)
        {
            spec.Add(("slos", new YamlSequenceNode(service.Slos.Select(Slo))));
        }

        return Document("Service", Metadata(metadata), spec);
    }

    private static YamlMappingNode Slo(SloSyntax slo)
    {
        var entries = new List<(string, YamlNode)> { ("name", YamlWriter.String(slo.Name.Value)) };
        Add(entries, "description", slo.Description);
        if (slo.Objective is { } objective)
        {
            entries.Add(("objective", YamlWriter.String(objective.LatencyThreshold is { } threshold
                ? $"p{objective.Percent.Value} < {threshold.Value}"
                : $"{objective.Percent.Value}%")));
            Add(entries, "period", objective.Period);
        }

        switch (slo.Sli)
        {
            case RatioSliSyntax ratio:
                var parts = new List<(string, YamlNode)>();
                Add(parts, "bad", ratio.Bad);
                Add(parts, "good", ratio.Good);
                Add(parts, "total", ratio.Total);
                entries.Add(("ratio", Map(parts)));
                break;
            case LatencySliSyntax latency:
                var latencyParts = new List<(string, YamlNode)> { ("histogram", YamlWriter.Text(latency.Histogram.Value)) };
                if (latency.Native is not null)
                {
                    latencyParts.Add(("native", YamlWriter.Plain("true")));
                }

                Add(latencyParts, "threshold", latency.Threshold);
                if (latency.Buckets.Count > 0)
                {
                    latencyParts.Add(("buckets", YamlWriter.FlowSequence(latency.Buckets.Select(b => YamlWriter.Plain(b.Value)))));
                }

                entries.Add(("latency", Map(latencyParts)));
                break;
            case RawSliSyntax raw:
                entries.Add(("raw", YamlWriter.Text(raw.ErrorRatio.Value)));
                break;
            case UptimeSliSyntax uptime:
                entries.Add(("uptime", YamlWriter.Text(uptime.Selector.Value)));
                break;
            case ThresholdSliSyntax threshold:
                var thresholdParts = new List<(string, YamlNode)> { ("metric", YamlWriter.Text(threshold.Metric.Value)) };
                Add(thresholdParts, "aggregation", threshold.Aggregation);
                thresholdParts.Add(("operator", YamlWriter.String(threshold.Operator.Value)));
                thresholdParts.Add(("value", YamlWriter.Plain(threshold.Value.Value)));
                entries.Add(("threshold", Map(thresholdParts)));
                break;
        }

        if (slo.GroupBy.Count > 0)
        {
            entries.Add(("per", YamlWriter.FlowSequence(slo.GroupBy.Select(g => YamlWriter.String(g.Value)))));
        }

        if (slo.Labels.Count > 0)
        {
            entries.Add(("labels", Labels(slo.Labels)));
        }

        entries.AddRange(Settings(slo.Settings, includePeriod: slo.Objective is null));
        return Map(entries);
    }

    private static List<(string, YamlNode)> Settings(SettingsSyntax settings, bool includePeriod)
    {
        var entries = new List<(string, YamlNode)>();
        if (includePeriod)
        {
            Add(entries, "period", settings.Period);
        }

        Add(entries, "evaluation", settings.Evaluation);
        Add(entries, "alert_name", settings.AlertName);
        Add(entries, "unit", settings.Unit);
        Add(entries, "min_events", settings.MinEvents);
        Add(entries, "query_offset", settings.QueryOffset);
        if (settings.Alerting is { } alerting)
        {
            var tiers = new List<(string, YamlNode)>();
            foreach (var tier in new[] { alerting.Page, alerting.Ticket }.OfType<AlertTierSyntax>())
            {
                tiers.Add((tier.Kind.Value, Tier(tier)));
            }

            entries.Add(("alerting", Map(tiers)));
        }

        return entries;
    }

    private static YamlMappingNode Tier(AlertTierSyntax tier)
    {
        var entries = new List<(string, YamlNode)>();
        if (tier.Enabled is { } enabled)
        {
            entries.Add(("enabled", YamlWriter.Plain(enabled.Value ? "true" : "false")));
        }

        Add(entries, "severity", tier.Severity);
        Add(entries, "receiver", tier.Receiver);
        Add(entries, "for", tier.For);
        Add(entries, "keep_firing_for", tier.KeepFiringFor);
        Add(entries, "during", tier.During);
        Add(entries, "min_events", tier.MinEvents);
        if (tier.Labels.Count > 0)
        {
            entries.Add(("labels", Labels(tier.Labels)));
        }

        if (tier.Annotations.Count > 0)
        {
            entries.Add(("annotations", Labels(tier.Annotations)));
        }

        return Map(entries);
    }

    private static YamlMappingNode Document(string kind, YamlMappingNode? metadata, IEnumerable<(string, YamlNode)> spec)
    {
        var entries = new List<(string, YamlNode)> { ("apiVersion", YamlWriter.Plain(ApiVersion)), ("kind", YamlWriter.Plain(kind)) };
        if (metadata is not null)
        {
            entries.Add(("metadata", metadata));
        }

        var specMap = Map(spec);
        if (specMap.Children.Count > 0)
        {
            entries.Add(("spec", specMap));
        }

        return Map(entries);
    }

    private static YamlMappingNode Metadata(IEnumerable<(string, YamlNode)> entries) => Map(entries);

    private static YamlMappingNode Labels(IReadOnlyList<LabelSyntax> labels) =>
        YamlWriter.StringMap(labels.Select(l => new KeyValuePair<string, string>(l.Name.Value, l.Value.Value)));

    private static YamlMappingNode Map(IEnumerable<(string Key, YamlNode Value)> entries) =>
        YamlWriter.Map(entries.Select(e => new KeyValuePair<string, YamlNode>(e.Key, e.Value)));

    private static void Add(List<(string, YamlNode)> entries, string key, Spanned<string>? value)
    {
        if (value is { } written)
        {
            entries.Add((key, YamlWriter.Text(written.Value)));
        }
    }
}
