using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Cli;

/// <summary>
/// <c>--target</c> takes one packaging value and one ruler, repeated or comma-separated, without breaking
/// <c>--target kubernetes</c>; <c>slo lint --target</c> holds hand-written rule files to the ruler.
/// </summary>
public sealed class TargetOptionTests
{
    [Theory]
    [InlineData("kubernetes,vmalert")]
    [InlineData("vmalert", "--target", "kubernetes")]
    public void A_packaging_value_and_a_ruler_go_together(params string[] targets)
    {
        using var dir = EndToEndCliTests.CopyOfExamples();

        var run = CliRun.Of(dir.Path, ["compile", "examples", "--target", .. targets]);

        run.ExitCode.Should().Be(0, run.Error);
        dir.Exists("generated/kubernetes/gad-api.prometheusrule.yaml").Should().BeTrue();
        var (exitCode, output) = Vmalert.Run(dir.Path, "-dryRun", "-rule=generated/prometheus/*.rules.yml");
        exitCode.Should().Be(0, output);
    }

    [Theory]
    [InlineData("files,kubernetes", "'kubernetes' and 'files' are both packaging targets")]
    [InlineData("prometheus@3,vmalert", "'vmalert' and 'prometheus@3' are both rulers")]
    [InlineData("prometheus@2.41", "unknown target 'prometheus@2.41'")]
    public void Two_of_a_kind_or_an_unknown_target_is_a_usage_error(string targets, string message)
    {
        using var dir = EndToEndCliTests.CopyOfExamples();

        var run = CliRun.Of(dir.Path, "compile", "examples", "--target", targets);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--target").And.Contain(message);
        dir.Exists("generated/manifest.json").Should().BeFalse();
    }

    [Fact]
    public void The_project_file_names_the_ruler_after_the_packaging_value()
    {
        using var dir = new TempDirectory();
        CliRun.Of(dir.Path, "init");
        dir.Write("slo.yaml", dir.Read("slo.yaml").Replace("target: files", "target: files, vmalert", StringComparison.Ordinal));
        dir.Write("slo/checkout.slo", dir.Read("slo/checkout.slo").Replace("  runbook ", "  alerting { page keep_firing_for=10m }\n  runbook ", StringComparison.Ordinal));

        var run = CliRun.Of(dir.Path, "compile");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("error SLO153: keep_firing_for is not read by vmalert");
    }

    [Fact]
    public void Lint_with_a_target_flags_what_that_ruler_refuses()
    {
        using var dir = new TempDirectory();
        dir.Write("rules.yml", "groups:\n- name: api\n  query_offset: 1m\n  rules:\n  - record: job:up:sum\n    expr: sum by (job) (up)\n");

        var old = CliRun.Of(dir.Path, "lint", "rules.yml");
        var newer = CliRun.Of(dir.Path, "lint", "rules.yml", "--target", "prometheus@3");

        old.ExitCode.Should().Be(1);
        old.Out.Should().Contain("rules.yml(3,3): error SLO442: group field 'query_offset' is not read by prometheus@2.42");
        newer.ExitCode.Should().Be(0, newer.Out);
    }
}
