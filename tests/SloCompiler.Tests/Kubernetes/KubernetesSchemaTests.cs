using System.Text;
using SloCompiler.Emit;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Kubernetes;

/// <summary>
/// The examples' <c>--target kubernetes</c> objects pass the published schemas: prometheus-operator's
/// PrometheusRule CRD and Kubernetes core/v1 ConfigMap (npm packages pinned in
/// build/kubernetes-schemas/package-lock.json, run by validate.mjs).
/// </summary>
public sealed class KubernetesSchemaTests : IDisposable
{
    private static readonly string SchemasFolder = RepoRoot.Combine("build", "kubernetes-schemas");
    private readonly string _folder = Directory.CreateTempSubdirectory("slo-k8s-schema-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_object_of_the_examples_passes_the_published_schemas()
    {
        var paths = WriteExampleObjects();

        var (exitCode, output) = NodeValidators.Run(SchemasFolder, "node", ["validate.mjs", .. paths]);

        exitCode.Should().Be(0, output);
        output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)).Should().Be(paths.Count);
        paths.Should().Contain(p => p.EndsWith(".prometheusrule.yaml", StringComparison.Ordinal))
            .And.Contain(p => p.EndsWith(".configmap.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_rejects_a_rule_group_the_operator_would_reject()
    {
        var rule = WriteExampleObjects().First(p => p.EndsWith(".prometheusrule.yaml", StringComparison.Ordinal));
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("interval: 30s", "interval: 30 seconds", StringComparison.Ordinal), new UTF8Encoding(false));

        var (exitCode, output) = NodeValidators.Run(SchemasFolder, "node", "validate.mjs", rule);

        exitCode.Should().Be(1);
        output.Should().Contain("interval must match pattern");
    }

    [Fact]
    public void A_group_query_offset_for_prometheus_3_passes_the_operator_schema()
    {
        var source = new Text.SourceFile("checkout.slo", "service checkout {\n  team shop\n  query_offset 90s\n  slo availability {\n    objective 99.9% over 30d\n"
            + "    ratio { bad http_requests_total{code=~\"5..\"} total http_requests_total }\n  }\n}\n");
        var outputs = Compiler.Compile([source], EmitOptions.Default with { Target = OutputTarget.Kubernetes, Ruler = Targets.RulerTarget.Prometheus3 }).Outputs;
        var rule = outputs.Single(f => f.RelativePath == "kubernetes/checkout.prometheusrule.yaml");
        var path = Path.Combine(_folder, "checkout.prometheusrule.yaml");
        File.WriteAllText(path, rule.Content, new UTF8Encoding(false));

        var (exitCode, output) = NodeValidators.Run(SchemasFolder, "node", "validate.mjs", path);

        rule.Content.Should().Contain("query_offset: 1m30s");
        exitCode.Should().Be(0, output);
    }

    private List<string> WriteExampleObjects()
    {
        var outputs = Compiler.Compile(ExampleSources.Load(), EmitOptions.Default with { Target = OutputTarget.Kubernetes }).Outputs;
        var paths = new List<string>();
        foreach (var file in outputs.Where(f => f.RelativePath.StartsWith("kubernetes/", StringComparison.Ordinal)))
        {
            var path = Path.Combine(_folder, Path.GetFileName(file.RelativePath));
            File.WriteAllText(path, file.Content, new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }
}
