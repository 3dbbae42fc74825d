using System.Text.RegularExpressions;
using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.RuleFiles;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Linting;

/// <summary>
/// Reads <c>.slo-lint.yml</c>:
/// <code>
/// scrape_interval: 30s
/// required_labels: [severity, team]
/// required_annotations: [summary, runbook_url]
/// severity: { SLO429: off, SLO430: error }
/// metric_types: { queue_length: gauge, legacy_requests: counter }
/// </code>
/// Every key is optional; what is missing keeps <see cref="LintConfig.Default"/>. Problems are diagnostics
/// at the key or value, and the rest of the file still applies.
/// </summary>
public static partial class LintConfigReader
{
    /// <summary>The usual file name, looked up by the CLI in the working directory.</summary>
    public const string FileName = ".slo-lint.yml";

    private static readonly string[] Keys = ["scrape_interval", "required_labels", "required_annotations", "severity", "metric_types", "target"];

    /// <summary>The configuration in <paramref name="source"/>; problems go to <paramref name="diagnostics"/> and the rest still applies.</summary>
    public static LintConfig Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        return YamlStreamLoader.Load(context, DiagnosticDescriptors.InvalidYaml) is { Documents: [var document, ..] }
            ? Read(context, document.RootNode, string.Empty)
            : LintConfig.Default;
    }

    /// <summary>The same settings as a section of another file, e.g. <c>lint:</c> of the project file <c>slo.yaml</c>.</summary>
    internal static LintConfig Read(YamlContext context, YamlNode node, string path)
    {
        var config = LintConfig.Default;
        if (YamlContext.IsNull(node) || context.Map(node, path, Keys) is not { } map)
        {
            return config;
        }

        if (context.String(map, "scrape_interval") is { } interval)
        {
            if (RuleDurations.TryParse(interval.Value, out var value) && value > TimeSpan.Zero)
            {
                config = config with { ScrapeInterval = value };
            }
            else
            {
                context.Report(DiagnosticDescriptors.LintConfigInvalidValue, interval.Span, $"scrape_interval '{interval.Value}' is not a positive duration such as 30s or 1m");
            }
        }

        if (context.String(map, "target") is { } target)
        {
            if (Targets.RulerTarget.Parse(target.Value) is { } ruler)
            {
                config = config with { Target = ruler, TargetWritten = true };
            }
            else
            {
                context.Report(DiagnosticDescriptors.LintConfigInvalidValue, target.Span,
                    $"target '{target.Value}' is not a ruler; use one of {string.Join(", ", Targets.RulerTarget.All.Select(t => t.Name))}");
            }
        }

        if (map.Has("required_labels"))
        {
            config = config with { RequiredLabels = context.StringList(map, "required_labels").Select(s => s.Value).ToList() };
        }

        if (map.Has("required_annotations"))
        {
            config = config with { RequiredAnnotations = context.StringList(map, "required_annotations").Select(s => s.Value).ToList() };
        }

        if (map.Has("metric_types"))
        {
            var types = MetricTypes(context, map);
            config = config with { MetricTypes = name => types.TryGetValue(name, out var type) ? type : null };
        }

        return map.Has("severity") ? config with { Severities = Severities(context, map) } : config;
    }

    /// <summary>A small inline metric catalog, for metrics whose names do not tell their type.</summary>
    private static Dictionary<string, MetricType> MetricTypes(YamlContext context, YamlMap map)
    {
        var result = new Dictionary<string, MetricType>(StringComparer.Ordinal);
        foreach (var entry in context.Labels(map, "metric_types"))
        {
            if (Catalog.MetricTypes.Parse(entry.Value.Value.ToLowerInvariant()) is { } type)
            {
                result[entry.Name.Value] = type;
            }
            else
            {
                context.Report(DiagnosticDescriptors.LintConfigInvalidValue, entry.Value.Span, $"metric type '{entry.Value.Value}' of {entry.Name.Value} must be one of: {Catalog.MetricTypes.Names}");
            }
        }

        return result;
    }

    private static Dictionary<string, LintSeverity> Severities(YamlContext context, YamlMap map)
    {
        var result = new Dictionary<string, LintSeverity>(StringComparer.Ordinal);
        var known = DiagnosticDescriptors.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in context.Labels(map, "severity"))
        {
            var code = entry.Name.Value;
            if (!CodePattern().IsMatch(code) || !known.Contains(code))
            {
                context.Report(DiagnosticDescriptors.LintConfigInvalidValue, entry.Name.Span, $"'{code}' is not a diagnostic code of slo (e.g. SLO429)");
                continue;
            }

            if (ParseSeverity(entry.Value.Value) is { } severity)
            {
                result[code] = severity;
            }
            else
            {
                context.Report(DiagnosticDescriptors.LintConfigInvalidValue, entry.Value.Span, $"severity '{entry.Value.Value}' of {code} must be error, warning, info or off");
            }
        }

        return result;
    }

    private static LintSeverity? ParseSeverity(string text) => text.ToLowerInvariant() switch
    {
        "error" => LintSeverity.Error,
        "warning" => LintSeverity.Warning,
        "info" => LintSeverity.Info,
        "off" or "false" or "no" => LintSeverity.Off,
        _ => null,
    };

    [GeneratedRegex("^SLO[0-9]{3}$")]
    private static partial Regex CodePattern();
}
