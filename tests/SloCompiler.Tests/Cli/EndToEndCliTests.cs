using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Cli;

/// <summary>The `slo` commands on real SLO files, in a scratch copy of the examples.</summary>
public class EndToEndCliTests
{
    private const string BrokenSlo = """
        service checkout {
          team payments
          slo availability {
            objective 100% over 30d
            ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }
          }
        }
        """;

    [Fact]
    public void Compiling_the_examples_writes_rules_tests_and_a_manifest_then_check_finds_no_drift()
    {
        using var dir = CopyOfExamples();

        var compile = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated");
        var check = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--check");

        compile.ExitCode.Should().Be(0, compile.Error);
        dir.Exists("generated/manifest.json").Should().BeTrue();
        dir.Exists("generated/prometheus/gad-api.rules.yml").Should().BeTrue();
        dir.Exists("generated/tests/gad-api.test.yml").Should().BeTrue();
        check.ExitCode.Should().Be(0, check.Out + check.Error);
    }

    [Fact]
    public void Check_reports_a_changed_objective_as_drift_and_exits_1()
    {
        using var dir = CopyOfExamples();
        CliRun.Of(dir.Path, "compile", "examples", "--out", "generated").ExitCode.Should().Be(0);
        var slo = System.IO.Path.Combine(dir.Path, "examples", "gov-operations", "gov-operations.slo");
        File.WriteAllText(slo, File.ReadAllText(slo).Replace("99.99%", "99.95%"));

        var check = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--check");

        check.ExitCode.Should().Be(1);
        (check.Out + check.Error).Should().Contain("differs: generated/prometheus/gad-api.rules.yml");
    }

    [Fact]
    public void Removing_a_service_deletes_only_its_generated_files()
    {
        using var dir = CopyOfExamples();
        CliRun.Of(dir.Path, "compile", "examples", "--out", "generated").ExitCode.Should().Be(0);
        dir.Write("generated/prometheus/hand-written.rules.yml", "groups: []\n");
        Directory.Delete(System.IO.Path.Combine(dir.Path, "examples", "hotel-orchestrator"), recursive: true);

        var compile = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated");

        compile.ExitCode.Should().Be(0, compile.Error);
        Directory.GetFiles(System.IO.Path.Combine(dir.Path, "generated", "prometheus"))
            .Select(System.IO.Path.GetFileName).Should().NotContain(f => f!.StartsWith("hotel-", StringComparison.Ordinal));
        dir.Exists("generated/prometheus/hand-written.rules.yml").Should().BeTrue("a file slo did not generate is never deleted");
    }

    [Fact]
    public void Alertmanager_mode_routes_replaces_the_full_config_and_removes_it_as_stale()
    {
        using var dir = CopyOfExamples();

        var full = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated");
        dir.Exists("generated/alertmanager/alertmanager.yml").Should().BeTrue(full.Error);
        var routes = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--alertmanager-mode", "routes");
        var check = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--alertmanager-mode", "routes", "--check");
        var unknown = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--alertmanager-mode", "root");

        routes.ExitCode.Should().Be(0, routes.Error);
        dir.Exists("generated/alertmanager/routes.yml").Should().BeTrue();
        dir.Exists("generated/alertmanager/alertmanager.yml").Should().BeFalse("the full config is a stale generated file now");
        check.ExitCode.Should().Be(0, check.Out);
        unknown.ExitCode.Should().Be(2);
    }

    [Fact]
    public void Dashboard_language_is_an_option_of_compile()
    {
        using var dir = CopyOfExamples();

        var spanish = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--dashboard-lang", "es");
        var unknown = CliRun.Of(dir.Path, "compile", "examples", "--out", "generated", "--dashboard-lang", "fr");

        spanish.ExitCode.Should().Be(0, spanish.Error);
        dir.Read("generated/grafana/overview.json").Should().Contain("Disponibilidad");
        unknown.ExitCode.Should().Be(2);
    }

    [Fact]
    public void Lint_prints_the_diagnostic_with_its_position_and_carets()
    {
        using var dir = new TempDirectory();
        dir.Write("slos/checkout.slo", BrokenSlo);

        var lint = CliRun.Of(dir.Path, "lint", "slos");

        lint.ExitCode.Should().Be(1);
        lint.Out.Should().Contain("slos/checkout.slo(4,15): error SLO102: objective 100% is outside (0, 100)");
        lint.Out.Should().Contain("    objective 100% over 30d\n              ^~~");
    }

    [Theory]
    [InlineData("json", "\"code\":\"SLO102\"")]
    [InlineData("github", "::error file=slos/checkout.slo,line=4,col=15")]
    [InlineData("sarif", "\"ruleId\": \"SLO102\"")]
    public void Lint_formats_for_ci_carry_the_code_and_position(string format, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("slos/checkout.slo", BrokenSlo);

        var lint = CliRun.Of(dir.Path, "lint", "slos", "--format", format);

        lint.ExitCode.Should().Be(1);
        lint.Out.Replace(" ", string.Empty).Should().Contain(expected.Replace(" ", string.Empty));
    }

    [Theory]
    [InlineData("en", "availability: the target is up 99.99% of the time over 30 days")]
    [InlineData("es", "availability: el servicio está disponible el 99.99% del tiempo en 30 días")]
    public void Explain_describes_the_examples_in_english_and_spanish(string language, string expected)
    {
        var explain = CliRun.Of(RepoRoot.Path, "explain", "examples/gov-operations", "--lang", language);

        explain.ExitCode.Should().Be(0, explain.Error);
        explain.Out.Should().Contain(expected);
    }

    internal static TempDirectory CopyOfExamples()
    {
        var dir = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Combine("examples"), "*", SearchOption.AllDirectories))
        {
            dir.Write(System.IO.Path.GetRelativePath(RepoRoot.Path, file), File.ReadAllText(file));
        }

        return dir;
    }
}
