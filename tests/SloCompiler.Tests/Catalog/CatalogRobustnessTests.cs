using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance;
using SloCompiler.Governance.Policy;
using SloCompiler.Governance.Routing;
using SloCompiler.Instrumentation;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Catalog;

/// <summary>
/// Mangled catalogs, snapshots, policies, Alertmanager files and C# never throw: every reader
/// reports what it cannot use and goes on, and the governance checks run on whatever was read.
/// Seeded, so a failure reproduces.
/// </summary>
public sealed class CatalogRobustnessTests
{
    private const string Yaml = ":-[]{}\"'#\n ,*&!|>0123456789.";

    public static TheoryData<string> Inputs() =>
    [
        "examples/payments/catalog.yaml",
        "examples/gov-operations/policy.yaml",
        "examples/ecommerce/snapshots/tiendi-payment.prom",
        "tests/SloCompiler.Tests/Cases/Governance/shop/alertmanager.yml",
        "tests/SloCompiler.Tests/Cases/Instrumentation/shop/PaymentsMetrics.cs",
        "tests/SloCompiler.Tests/Cases/Instrumentation/shop/OrdersTelemetry.cs",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Mutated_inputs_are_reported_never_thrown(string path)
    {
        var original = File.ReadAllText(RepoRoot.Combine(path.Split('/')));
        var random = new Random(path.Length);
        var sources = new[] { new SourceFile("api.slo", "service api {\n  slo errors {\n    objective 99% over 30d\n    ratio { bad e_total{code=\"5\"} total r_total }\n    per route\n  }\n}\n") };
        var program = Compiler.Check(sources).Program!;
        for (var i = 0; i < 150; i++)
        {
            var text = TextMutator.Mutate(original, random, 1 + random.Next(6), path.EndsWith(".cs", StringComparison.Ordinal) ? "(){}[];,\"$+.<>=" : Yaml);
            var file = new SourceFile(path, text);
            var diagnostics = new DiagnosticBag();
            var act = () =>
            {
                var catalog = path.EndsWith(".cs", StringComparison.Ordinal) ? CSharpMetricScanner.Scan([file], _ => "api", diagnostics)
                    : path.EndsWith(".prom", StringComparison.Ordinal) ? ExpositionParser.Parse(file, "api", diagnostics)
                    : CatalogYamlReader.Read(file, diagnostics);
                var policy = PolicyYamlReader.Read(file, diagnostics);
                var router = AlertmanagerConfigReader.Read(file, diagnostics);
                CatalogYamlWriter.Write(catalog);
                GovernanceChecker.Check(program, sources, catalog, policy, router);
            };

            act.Should().NotThrow($"mutation {i} of {path}:\n{text}");
        }
    }
}
