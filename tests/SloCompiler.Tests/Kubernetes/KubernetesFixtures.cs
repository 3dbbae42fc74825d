using SloCompiler.Emit;
using SloCompiler.Model;
using SloCompiler.Tests.Emit;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Kubernetes;

/// <summary>Small hand-built programs and YAML helpers for the Kubernetes emitter tests.</summary>
internal static class KubernetesFixtures
{
    public static EmitOptions Options { get; } = EmitOptions.Default with { Target = OutputTarget.Kubernetes };

    /// <summary>Checkout alone: one PrometheusRule and two dashboards (checkout, overview).</summary>
    public static SloProgram Program() => new([Fixtures.Checkout()], ["slos/checkout.common.yml", "slos/checkout.slo.yml"]);

    /// <summary>One service with <paramref name="count"/> SLOs, enough to force splits under a tiny limit.</summary>
    public static ServiceModel Big(int count)
    {
        var template = Fixtures.Gateway();
        var slos = Enumerable.Range(1, count)
            .Select(i => template.Slos[0] with { Service = "big_svc", Name = $"uptime{i:D2}" })
            .ToList();
        return template with { Name = "big_svc", Slos = slos };
    }

    public static IReadOnlyList<OutputFile> Compile(SloProgram program, EmitOptions? options = null) =>
        ArtifactEmitter.EmitAll(program, [], options ?? Options);

    /// <summary>The Kubernetes objects <c>slo compile --target kubernetes</c> streams, PrometheusRules split above <paramref name="maxBytes"/>.</summary>
    public static IReadOnlyList<OutputFile> EmitKubernetes(SloProgram program, int maxBytes) =>
        ArtifactEmitter.Stream(program, Options, maxBytes)
            .Where(f => f.RelativePath.StartsWith("kubernetes/", StringComparison.Ordinal))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();

    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    /// <summary>A node as YAML text: a structural comparison that ignores only quoting and layout.</summary>
    public static string YamlText(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    public static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current)[key]);
}
