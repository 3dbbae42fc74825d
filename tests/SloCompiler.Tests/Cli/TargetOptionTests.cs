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

    private const string OffsetRules = "groups:\n- name: api\n  query_offset: 1m\n  rules:\n  - record: job:up:sum\n    expr: sum by (job) (up)\n";

    [Fact]
    public void Lint_takes_the_ruler_of_the_project_compile_target_and_the_option_overrides_it()
    {
        using var dir = ProjectFor("files, prometheus@3");
        dir.Write("rules.yml", OffsetRules);

        var project = CliRun.Of(dir.Path, "lint", "rules.yml");
        var option = CliRun.Of(dir.Path, "lint", "rules.yml", "--target", "prometheus@2.42");

        project.ExitCode.Should().Be(0, project.Out);
        project.Out.Should().NotContain("SLO442");
        option.ExitCode.Should().Be(1);
        option.Out.Should().Contain("rules.yml(3,3): error SLO442: group field 'query_offset' is not read by prometheus@2.42");
    }

    [Fact]
    public void The_lint_settings_target_wins_over_the_compile_target()
    {
        using var dir = ProjectFor("files, prometheus@3");
        dir.Write("slo.yaml", dir.Read("slo.yaml").Replace("  scrape_interval: 30s", "  scrape_interval: 30s\n  target: prometheus@2.42", StringComparison.Ordinal));
        dir.Write("rules.yml", OffsetRules);

        var run = CliRun.Of(dir.Path, "lint", "rules.yml");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("error SLO442: group field 'query_offset' is not read by prometheus@2.42");
    }

    [Fact]
    public void Lint_holds_the_project_slo_files_to_its_ruler_as_compile_does()
    {
        using var dir = ProjectFor("files, vmalert");
        dir.Write("slo/checkout.slo", dir.Read("slo/checkout.slo").Replace("  runbook ", "  alerting { page keep_firing_for=10m }\n  runbook ", StringComparison.Ordinal));

        var lint = CliRun.Of(dir.Path, "lint");
        var compile = CliRun.Of(dir.Path, "compile");

        lint.ExitCode.Should().Be(1);
        lint.Out.Should().Contain("error SLO153: keep_firing_for is not read by vmalert");
        compile.Error.Should().Contain("error SLO153: keep_firing_for is not read by vmalert");
        CliRun.Of(dir.Path, "lint", "--target", "prometheus@2.42").ExitCode.Should().Be(0, "prometheus@2.42 reads keep_firing_for");
    }

    [Fact]
    public void Lint_of_an_slo_file_outside_a_project_holds_it_to_prometheus_2_42()
    {
        using var dir = new TempDirectory();
        dir.Write("checkout.slo", "service checkout {\n  runbook \"https://r.example/{slo}\"\n  query_offset 1m\n  slo availability {\n    objective 99.9% over 30d\n"
            + "    ratio { bad http_requests_total{code=~\"5..\"} total http_requests_total }\n  }\n}\n");

        var old = CliRun.Of(dir.Path, "lint", "checkout.slo");
        var mimir = CliRun.Of(dir.Path, "lint", "checkout.slo", "--target", "mimir");

        old.ExitCode.Should().Be(1);
        old.Out.Should().Contain("checkout.slo(3,16): error SLO153: query_offset is not read by prometheus@2.42");
        mimir.Out.Should().NotContain("SLO153");
    }

    private static TempDirectory ProjectFor(string target)
    {
        var dir = new TempDirectory();
        CliRun.Of(dir.Path, "init");
        dir.Write("slo.yaml", dir.Read("slo.yaml").Replace("target: files", $"target: {target}", StringComparison.Ordinal));
        return dir;
    }
}
