using System.Text;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Golden;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Governance;

/// <summary>
/// Each example system with its catalog (YAML, plus any /metrics snapshot or C# instrumentation
/// beside it) and policy: the coverage tables, golden in Cases/Governance/examples-coverage.txt.
/// </summary>
public sealed class ExampleCoverageTests
{
    [Fact]
    public void Every_example_has_a_catalog_a_policy_and_the_expected_coverage()
    {
        var report = new StringBuilder();
        foreach (var folder in Directory.GetDirectories(RepoRoot.Combine("examples")).Order(StringComparer.Ordinal))
        {
            var name = $"examples/{Path.GetFileName(folder)}";
            File.Exists(Path.Combine(folder, "catalog.yaml")).Should().BeTrue($"{name} needs a catalog.yaml");
            File.Exists(Path.Combine(folder, "policy.yaml")).Should().BeTrue($"{name} needs a policy.yaml");
            // The folder as catalog: its catalog.yaml plus any /metrics snapshot or C# instrumentation beside it.
            var run = CliRun.Of(RepoRoot.Path, "lint", name, "--catalog", name, "--policy", $"{name}/policy.yaml", "--coverage");

            run.ExitCode.Should().Be(0, $"the examples are meant to pass; {name} printed:\n{run.Error}");
            report.Append($"== {name}\n").Append(run.Out).Append('\n');
        }

        GoldenFile.VerifyAt("tests/SloCompiler.Tests/Cases/Governance/examples-coverage.txt", report.ToString());
    }
}
