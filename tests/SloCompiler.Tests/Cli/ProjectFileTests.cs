namespace SloCompiler.Tests.Cli;

/// <summary>slo.yaml and --project: one place for inputs, output and options, so compile and --check agree.</summary>
public sealed class ProjectFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_starter_project_of_init_lints_compiles_and_checks_clean()
    {
        CliRun.Of(_dir.Path, "init").ExitCode.Should().Be(0);

        CliRun.Of(_dir.Path, "lint").Out.Should().Be("0 errors, 0 warnings\n");
        var compile = CliRun.Of(_dir.Path, "compile");
        compile.ExitCode.Should().Be(0, compile.Error);
        _dir.Exists("generated/prometheus/checkout.rules.yml").Should().BeTrue();
        CliRun.Of(_dir.Path, "compile", "--check").Out.Should().Be("generated/ is up to date\n");
        CliRun.Of(_dir.Path, "explain").Out.Should().StartWith("Service checkout");
    }

    [Fact]
    public void Init_never_overwrites_a_file()
    {
        _dir.Write("slo.yaml", "mine\n");

        var run = CliRun.Of(_dir.Path, "init");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("'slo.yaml' exists");
        _dir.Read("slo.yaml").Should().Be("mine\n");
        _dir.Exists("slo/checkout.slo").Should().BeFalse();
    }

    [Fact]
    public void Options_of_the_project_shape_compile_and_a_check_without_flags_agrees()
    {
        CliRun.Of(_dir.Path, "init");
        _dir.Write("slo.yaml", _dir.Read("slo.yaml").Replace("target: files", "target: kubernetes", StringComparison.Ordinal));

        CliRun.Of(_dir.Path, "compile").ExitCode.Should().Be(0);

        _dir.Exists("generated/kubernetes/checkout.prometheusrule.yaml").Should().BeTrue();
        CliRun.Of(_dir.Path, "compile", "--check").ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_check_with_other_options_names_them_instead_of_calling_files_stale()
    {
        CliRun.Of(_dir.Path, "init");
        CliRun.Of(_dir.Path, "compile", "--target", "kubernetes").ExitCode.Should().Be(0);

        var run = CliRun.Of(_dir.Path, "compile", "--check");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be("option differs: target is files here, kubernetes in generated/manifest.json\n");
        run.Error.Should().Contain("was compiled with other options");
        _dir.Exists("generated/kubernetes/checkout.prometheusrule.yaml").Should().BeTrue();
    }

    [Fact]
    public void The_ruler_is_recorded_and_a_check_for_another_ruler_names_it()
    {
        CliRun.Of(_dir.Path, "init");
        CliRun.Of(_dir.Path, "compile", "--target", "prometheus@3").ExitCode.Should().Be(0);

        _dir.Read("generated/manifest.json").Should().Contain("\"ruler\": \"prometheus@3\",");
        var run = CliRun.Of(_dir.Path, "compile", "--check");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be("option differs: ruler is prometheus@2.42 here, prometheus@3 in generated/manifest.json\n");
    }

    [Fact]
    public void A_command_line_option_wins_over_the_project()
    {
        CliRun.Of(_dir.Path, "init");

        CliRun.Of(_dir.Path, "compile", "--out", "elsewhere", "--dashboard-lang", "es").ExitCode.Should().Be(0);

        _dir.Exists("elsewhere/manifest.json").Should().BeTrue();
        _dir.Read("elsewhere/manifest.json").Should().Contain("\"dashboard_lang\": \"es\"");
        _dir.Exists("generated/manifest.json").Should().BeFalse();
    }

    [Fact]
    public void Paths_in_a_project_given_with_project_are_relative_to_its_folder()
    {
        CliRun.Of(_dir.Path, "init", "team");

        var run = CliRun.Of(_dir.Path, "compile", "--project", "team/slo.yaml");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("team/generated/:");
    }

    [Fact]
    public void The_lint_section_replaces_the_lint_settings_file()
    {
        CliRun.Of(_dir.Path, "init");
        _dir.Write(".slo-lint.yml", "scrape_interval: nonsense\n");

        CliRun.Of(_dir.Path, "lint").Out.Should().Be("0 errors, 0 warnings\n");
    }

    [Fact]
    public void A_bad_project_value_is_a_diagnostic_at_its_position()
    {
        CliRun.Of(_dir.Path, "init");
        _dir.Write("slo.yaml", _dir.Read("slo.yaml").Replace("target: files", "target: helm", StringComparison.Ordinal));

        var run = CliRun.Of(_dir.Path, "compile");

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("slo.yaml(13,11): error SLO920: target: unknown target 'helm'; use one of files, kubernetes, prometheus@2.42, prometheus@3, thanos, mimir, vmalert");
        _dir.Exists("generated").Should().BeFalse();
    }

    [Fact]
    public void A_missing_project_given_with_project_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "lint", "--project", "nowhere.yaml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("slo: --project: 'nowhere.yaml' does not exist");
    }

    [Fact]
    public void The_project_file_is_never_read_as_an_slo_source()
    {
        CliRun.Of(_dir.Path, "init");

        CliRun.Of(_dir.Path, "compile", ".").ExitCode.Should().Be(0);

        _dir.Read("generated/manifest.json").Should().NotContain("slo.yaml");
    }
}
