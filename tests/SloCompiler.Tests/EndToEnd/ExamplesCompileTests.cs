using SloCompiler.Diagnostics;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.EndToEnd;

public class ExamplesCompileTests
{
    [Fact]
    public void Every_seed_example_compiles_without_errors()
    {
        var result = Compiler.Compile(ExampleSources.Load());

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(DiagnosticFormatter.Headline).Should().BeEmpty();
        result.Program!.Services.Select(s => s.Slos.Count).Sum().Should().BeGreaterThan(20);
    }

    [Fact]
    public void Generated_folder_matches_the_compiled_examples_byte_for_byte()
    {
        var outputs = Compiler.Compile(ExampleSources.Load()).Outputs;
        var generatedRoot = RepoRoot.Combine("generated");
        var onDisk = Directory.EnumerateFiles(generatedRoot, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(generatedRoot, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        onDisk.Should().Equal(outputs.Select(o => o.RelativePath), "generated/ must be regenerated with build/compile-examples.sh");
        foreach (var output in outputs)
        {
            File.ReadAllText(Path.Combine(generatedRoot, output.RelativePath))
                .Should().Be(output.Content, $"generated/{output.RelativePath} drifted; run build/compile-examples.sh");
        }
    }

    [Fact]
    public void Every_example_service_gets_a_rules_file_and_a_promtool_test_file()
    {
        var result = Compiler.Compile(ExampleSources.Load());
        var paths = result.Outputs.Select(o => o.RelativePath).ToHashSet();

        foreach (var service in result.Program!.Services.Where(s => s.Slos.Count > 0))
        {
            paths.Should().Contain($"prometheus/{service.Name}.rules.yml");
            paths.Should().Contain($"tests/{service.Name}.test.yml");
        }
    }
}
