using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.RuleFiles;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Linting;

/// <summary>
/// Reads the scrape interval out of a Prometheus server's <c>prometheus.yml</c> (<c>--prometheus-config</c>):
/// <c>global.scrape_interval</c>, or Prometheus' own default of 1m when the file sets none. Jobs may scrape
/// at other intervals, but a rule does not say which job its metrics come from, so the global one is
/// the interval SLO422 holds rate windows to. Only the keys it needs are read; the rest of the file is
/// Prometheus' business.
/// </summary>
public static class PrometheusConfigReader
{
    /// <summary>Prometheus' default when <c>global.scrape_interval</c> is not set.</summary>
    public static readonly TimeSpan DefaultScrapeInterval = TimeSpan.FromMinutes(1);

    /// <summary>The interval; null (with a diagnostic) when the file is not YAML or the value is no positive duration.</summary>
    public static TimeSpan? ScrapeInterval(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        if (YamlStreamLoader.Load(context, DiagnosticDescriptors.InvalidYaml) is not { Documents: [var document, ..] })
        {
            return null;
        }

        if (document.RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("global"), out var global)
            || global is not YamlMappingNode globalMap
            || !globalMap.Children.TryGetValue(new YamlScalarNode("scrape_interval"), out var node))
        {
            return DefaultScrapeInterval;
        }

        if (node is YamlScalarNode { Value: { } text } && RuleDurations.TryParse(text, out var interval) && interval > TimeSpan.Zero)
        {
            return interval;
        }

        context.Report(DiagnosticDescriptors.LintConfigInvalidValue, context.Span(node),
            $"global.scrape_interval in {source.Path} is not a positive duration such as 30s or 1m");
        return null;
    }
}
