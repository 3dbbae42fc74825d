using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.EndToEnd;

/// <summary>The committed artifacts pass the real validators (promtool 2.42 is our floor).</summary>
public class GeneratedArtifactsValidateTests
{
    [Fact]
    public void Promtool_accepts_every_generated_rule_file()
    {
        var files = Directory.GetFiles(RepoRoot.Combine("generated", "prometheus"), "*.rules.yml").Order(StringComparer.Ordinal).ToArray();
        files.Should().NotBeEmpty();

        var result = Promtool.Run(RepoRoot.Path, ["check", "rules", .. files]);

        result.ExitCode.Should().Be(0, result.Output);
    }

    [Fact]
    public void Promtool_unit_tests_of_every_service_pass()
    {
        var files = Directory.GetFiles(RepoRoot.Combine("generated", "tests"), "*.test.yml").Order(StringComparer.Ordinal).ToArray();
        files.Should().NotBeEmpty();

        var result = Promtool.Run(RepoRoot.Path, ["test", "rules", .. files]);

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().NotContain("FAILED");
    }
}
