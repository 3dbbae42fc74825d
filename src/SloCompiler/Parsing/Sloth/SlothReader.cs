using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Sloth;

/// <summary>
/// Sloth's <c>version: "prometheus/v1"</c> spec and its Kubernetes <c>PrometheusServiceLevel</c> (<c>sloth.slok.dev/v1</c>)
/// as one of our services: <c>service</c> → service name, <c>slos[]</c> → SLOs, events → ratio where the queries have
/// the usual shape, alert tiers → page/ticket. What our model cannot hold is reported where it is written.
/// </summary>
internal static class SlothReader
{
    public const string PlainVersion = "prometheus/v1";

    public const string KubernetesApiVersion = "sloth.slok.dev/v1";

    public const string KubernetesKind = "PrometheusServiceLevel";

    /// <summary>Sloth's custom alert window set (<c>kind: AlertWindows</c>): read only to say our model has no place for it.</summary>
    public const string AlertWindowsKind = "AlertWindows";

    /// <summary>A <c>version: "prometheus/v1"</c> document: the spec is the root.</summary>
    public static ServiceSyntax? Plain(YamlContext context, YamlMappingNode root) =>
        context.Map(root, string.Empty, ["version", "service", "labels", "slo_plugins", "slos"]) is { } spec
            ? Service(context, spec, SlothKeys.Plain, context.Span(root))
            : null;

    /// <summary>A <c>PrometheusServiceLevel</c> object: the spec is under <c>spec</c>; metadata is Kubernetes' bookkeeping.</summary>
    public static ServiceSyntax? Kubernetes(YamlContext context, YamlMappingNode root)
    {
        if (context.Map(root, string.Empty, ["apiVersion", "kind", "metadata", "spec"]) is not { } map)
        {
            return null;
        }

        if (context.String(map, "kind") is { Value: AlertWindowsKind } windows)
        {
            context.Report(DiagnosticDescriptors.CannotExpress, windows.Span, "kind: AlertWindows",
                "slo derives its burn-rate windows from each SLO's period (the SRE workbook's 1h/6h/1d/3d for 30d, scaled for other periods); a custom window set has no place in its model");
            return null;
        }

        if (map.Get("spec") is not { } specNode || YamlContext.IsNull(specNode))
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, map.KeySpanOr("kind", context), "this PrometheusServiceLevel", "spec");
            return null;
        }

        return context.Map(specNode, "spec", ["service", "labels", "sloPlugins", "slos"]) is { } spec
            ? Service(context, spec, SlothKeys.Kubernetes, context.Span(root))
            : null;
    }

    private static ServiceSyntax? Service(YamlContext context, YamlMap spec, SlothKeys keys, Text.SourceSpan span)
    {
        ForeignFields.NotKept(context, spec, keys.SloPlugins, "slo does not run Sloth SLO plugins; their effect on the rules is not reproduced");
        if (context.Required(spec, "service", "a Sloth spec") is not { } name)
        {
            return null;
        }

        var slos = new List<SloSyntax>();
        if (spec.Get("slos") is YamlSequenceNode sequence)
        {
            var path = YamlContext.Child(spec.Path, "slos");
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (SlothSloReader.Slo(context, sequence.Children[i], $"{path}[{i}]", keys) is { } slo)
                {
                    slos.Add(slo);
                }
            }
        }
        else if (spec.Get("slos") is { } other && !YamlContext.IsNull(other))
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(other), YamlContext.Child(spec.Path, "slos"), "a list of SLOs");
        }

        return new ServiceSyntax(name, null, null, null, null, context.Labels(spec, "labels"), null, SettingsSyntax.Empty(span), slos, span);
    }
}
