using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// Issue 17 §3: every generated rule file loads in <c>vmalert -dryRun</c> (VictoriaMetrics' ruler parses
/// PromQL with its own MetricsQL parser, so what promtool accepts is not proof enough), and the dry run
/// does reject a broken file, so passing means something.
/// </summary>
public sealed class VmalertDryRunTests
{
    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoRoot.Combine("generated", "prometheus"), "*.rules.yml")
            .Concat(Directory.GetFiles(RepoRoot.Combine("tests", "SloCompiler.Tests", "Golden"), "*.rules.yml"))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoRoot.Path, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void The_rule_file_loads_in_vmalert(string path)
    {
        var (exitCode, output) = Vmalert.Run(RepoRoot.Path, "-dryRun", $"-rule={path}");

        exitCode.Should().Be(0, output);
    }

    [Fact]
    public void A_rule_with_a_broken_expression_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("slo-vmalert-").FullName;
        try
        {
            var broken = File.ReadAllText(RepoRoot.Combine("generated", "prometheus", "payments-api.rules.yml"))
                .Replace("sum(rate(", "sum((rate(", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "broken.rules.yml"), broken);

            var (exitCode, output) = Vmalert.Run(folder, "-dryRun", "-rule=broken.rules.yml");

            exitCode.Should().NotBe(0);
            output.Should().Contain("broken.rules.yml");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
