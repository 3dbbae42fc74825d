using System.Text;
using SloCompiler.Parsing;

namespace SloCompiler.Syntax;

/// <summary>
/// Prints a syntax tree as canonical <c>.slo</c> text: two-space indent, one item per line,
/// <c>\n</c> line endings and a fixed item order, so that printing the parse of the output gives
/// the same text again. Snapshot tests and the DSL/YAML comparison rely on this.
/// </summary>
public static class SyntaxPrinter
{
    public static string Print(SloDocumentSyntax document)
    {
        var writer = new Writer();
        var blocks = new List<Action>();
        if (document.Defaults is { } defaults)
        {
            blocks.Add(() => WriteSettingsBlock(writer, "defaults", defaults));
        }

        foreach (var policy in document.Policies)
        {
            blocks.Add(() => WriteSettingsBlock(writer, $"policy {policy.Name.Value}", policy.Settings));
        }

        if (document.Receivers.Count > 0)
        {
            blocks.Add(() => WriteReceivers(writer, document.Receivers));
        }

        foreach (var interval in document.TimeIntervals)
        {
            blocks.Add(() => writer.Line(TimeInterval(interval)));
        }

        foreach (var service in document.Services)
        {
            blocks.Add(() => WriteService(writer, service));
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                writer.Line(string.Empty);
            }

            blocks[i]();
        }

        return writer.ToString();
    }

    private static void WriteSettingsBlock(Writer writer, string header, SettingsSyntax settings)
    {
        writer.Open(header);
        WriteSettings(writer, settings);
        writer.Close();
    }

    private static void WriteService(Writer writer, ServiceSyntax service)
    {
        writer.Open($"service {service.Name.Value}");
        WriteOptional(writer, "team", service.Team, WordOrString);
        WriteOptional(writer, "owner", service.Owner, WordOrString);
        WriteOptional(writer, "description", service.Description, DslGrammar.Quote);
        WriteOptional(writer, "runbook", service.Runbook, DslGrammar.Quote);
        if (service.Labels.Count > 0)
        {
            writer.Line($"labels {Labels(service.Labels)}");
        }

        WriteOptional(writer, "policy", service.Policy, v => v);
        WriteOptional(writer, "down_alert", service.DownAlert, v => v);
        WriteSettings(writer, service.Settings);
        foreach (var slo in service.Slos)
        {
            WriteSlo(writer, slo);
        }

        writer.Close();
    }

    private static void WriteReceivers(Writer writer, IReadOnlyList<ReceiverSyntax> receivers)
    {
        writer.Open("receivers");
        foreach (var receiver in receivers)
        {
            var integrations = receiver.Integrations.Select(i =>
                string.Join(' ', i.Settings.Select(s => $"{s.Key.Value}={WordOrString(s.Value.Value)}").Prepend(i.Type.Value)));
            writer.Line($"{receiver.Name.Value} {string.Join(" + ", integrations)}");
        }

        writer.Close();
    }

    private static string TimeInterval(TimeIntervalSyntax interval)
    {
        var parts = new List<string> { "time", interval.Name.Value };
        if (interval.Weekdays.Count > 0)
        {
            parts.Add($"weekdays {string.Join(", ", interval.Weekdays.Select(d => d.Value))}");
        }

        if (interval.Times.Count > 0)
        {
            parts.Add(string.Join(", ", interval.Times.Select(t => t.Value)));
        }

        if (interval.Location is { } location)
        {
            parts.Add(location.Value);
        }

        return string.Join(' ', parts);
    }

    private static void WriteSlo(Writer writer, SloSyntax slo)
    {
        writer.Open($"slo {slo.Name.Value}");
        WriteOptional(writer, "description", slo.Description, DslGrammar.Quote);
        if (slo.Objective is { } objective)
        {
            var text = objective.LatencyThreshold is { } threshold
                ? $"p{objective.Percent.Value} < {threshold.Value}"
                : $"{objective.Percent.Value}%";
            writer.Line(objective.Period is { } period ? $"objective {text} over {period.Value}" : $"objective {text}");
        }

        switch (slo.Sli)
        {
            case RatioSliSyntax ratio:
                if (ratio.Bad is null && ratio.Good is null && ratio.Total is null)
                {
                    writer.Line("ratio { }");
                    break;
                }

                writer.Open("ratio");
                WriteOptional(writer, "bad", ratio.Bad, v => v);
                WriteOptional(writer, "good", ratio.Good, v => v);
                WriteOptional(writer, "total", ratio.Total, v => v);
                writer.Close();
                break;
            case LatencySliSyntax latency:
                var native = latency.Native is null ? string.Empty : "native ";
                writer.Line(latency.Threshold is { } limit
                    ? $"latency {native}{latency.Histogram.Value} < {limit.Value}"
                    : $"histogram {native}{latency.Histogram.Value}");
                if (latency.Buckets.Count > 0)
                {
                    writer.Line($"buckets {string.Join(' ', latency.Buckets.Select(b => b.Value))}");
                }

                break;
            case RawSliSyntax raw:
                writer.Line($"raw {DslGrammar.Quote(raw.ErrorRatio.Value)}");
                break;
            case UptimeSliSyntax uptime:
                writer.Line($"uptime {uptime.Selector.Value}");
                break;
            case ThresholdSliSyntax threshold:
                var aggregation = threshold.Aggregation is { } agg ? agg.Value + " " : string.Empty;
                writer.Line($"threshold {aggregation}{threshold.Metric.Value} {threshold.Operator.Value} {threshold.Value.Value}");
                break;
        }

        if (slo.GroupBy.Count > 0)
        {
            writer.Line($"per {string.Join(", ", slo.GroupBy.Select(g => g.Value))}");
        }

        if (slo.Labels.Count > 0)
        {
            writer.Line($"labels {Labels(slo.Labels)}");
        }

        if (slo.NoData is { } noData)
        {
            writer.Line($"no_data {(noData.Value ? "on" : "off")}");
        }


        WriteSettings(writer, slo.Settings);
        writer.Close();
    }

    private static void WriteSettings(Writer writer, SettingsSyntax settings)
    {
        WriteOptional(writer, "period", settings.Period, v => v);
        WriteOptional(writer, "evaluation", settings.Evaluation, v => v);
        WriteOptional(writer, "alert_name", settings.AlertName, v => v);
        WriteOptional(writer, "unit", settings.Unit, v => v);
        WriteOptional(writer, "min_events", settings.MinEvents, v => v);
        WriteOptional(writer, "query_offset", settings.QueryOffset, v => v);
        if (settings.Alerting is not { } alerting)
        {
            return;
        }

        if (alerting.Page is null && alerting.Ticket is null)
        {
            writer.Line("alerting { }");
            return;
        }

        writer.Open("alerting");
        foreach (var tier in new[] { alerting.Page, alerting.Ticket })
        {
            if (tier is not null)
            {
                writer.Line(Tier(tier));
            }
        }

        writer.Close();
    }

    private static string Tier(AlertTierSyntax tier)
    {
        var parts = new List<string> { tier.Kind.Value };
        if (tier.Enabled is { } enabled)
        {
            parts.Add(enabled.Value ? "on" : "off");
        }

        AddProperty(parts, "severity", tier.Severity);
        AddProperty(parts, "receiver", tier.Receiver);
        AddProperty(parts, "for", tier.For);
        AddProperty(parts, "keep_firing_for", tier.KeepFiringFor);
        AddProperty(parts, "during", tier.During);
        AddProperty(parts, "min_events", tier.MinEvents);
        if (tier.Labels.Count > 0)
        {
            parts.Add($"labels {Labels(tier.Labels)}");
        }

        if (tier.Annotations.Count > 0)
        {
            parts.Add($"annotations {Labels(tier.Annotations)}");
        }

        return string.Join(' ', parts);
    }

    private static void AddProperty(List<string> parts, string name, Spanned<string>? value)
    {
        if (value is { } written)
        {
            parts.Add($"{name}={WordOrString(written.Value)}");
        }
    }

    private static string Labels(IReadOnlyList<LabelSyntax> labels) =>
        $"{{ {string.Join(' ', labels.Select(l => $"{l.Name.Value} = {DslGrammar.Quote(l.Value.Value)}"))} }}";

    /// <summary>
    /// Values that were bare words print bare; anything else needs quotes to read back the same.
    /// A leading '#' would read back as a comment, so such a value is quoted too.
    /// </summary>
    private static string WordOrString(string value) =>
        value.Length > 0 && value[0] != '#' && value.All(DslGrammar.IsWordChar) ? value : DslGrammar.Quote(value);

    private static void WriteOptional(Writer writer, string keyword, Spanned<string>? value, Func<string, string> format)
    {
        if (value is { } written)
        {
            writer.Line($"{keyword} {format(written.Value)}");
        }
    }

    /// <summary>Indented line output with <c>\n</c> endings whatever the platform.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _builder = new();
        private int _depth;

        public void Line(string text)
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _depth * 2).Append(text);
            }

            _builder.Append('\n');
        }

        public void Open(string header)
        {
            Line(header + " {");
            _depth++;
        }

        public void Close()
        {
            _depth--;
            Line("}");
        }

        public override string ToString() => _builder.ToString();
    }
}
