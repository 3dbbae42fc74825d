namespace SloCompiler.Tests.Cli;

public class ArgumentTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Version_prints_the_tool_name_and_version()
    {
        var run = CliRun.Of(_dir.Path, "--version");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be("slo 0.1.0\n");
    }

    [Fact]
    public void No_arguments_print_usage_to_stderr_and_exit_2()
    {
        var run = CliRun.Of(_dir.Path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("Usage:\n  slo [command] [options]").And.Contain("Commands:\n").And.Contain("  compile ");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Global_help_lists_the_commands(string flag)
    {
        var run = CliRun.Of(_dir.Path, flag);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("compile").And.Contain("lint").And.Contain("explain");
    }

    [Theory]
    [InlineData("compile", "--out <DIR>")]
    [InlineData("lint", "--fail-on <error|warning>")]
    [InlineData("lint", "--format <text|json|github|sarif|checkstyle>")]
    [InlineData("lint", "--changed-since <REV>")]
    [InlineData("explain", "--lang <en|es>")]
    public void Each_command_has_its_own_help(string command, string option)
    {
        var run = CliRun.Of(_dir.Path, command, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("Description:").And.Contain($"Usage:\n  slo {command} [<PATH>...] [options]").And.Contain(option);
    }

    [Fact]
    public void Help_as_a_word_before_a_command_shows_that_command_s_help()
    {
        var run = CliRun.Of(_dir.Path, "help", "lint");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be(CliRun.Of(_dir.Path, "lint", "--help").Out);
    }

    [Fact]
    public void Help_is_wrapped_at_a_fixed_width_without_trailing_spaces()
    {
        var run = CliRun.Of(_dir.Path, "lint", "--help");

        run.Out.Split('\n').Should().OnlyContain(line => line.Length <= 100 && !line.EndsWith(' '));
    }

    [Fact]
    public void A_response_file_supplies_arguments()
    {
        _dir.Write("args.rsp", "--format json\n");

        var run = CliRun.Of(_dir.Path, "lint", "@args.rsp");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("\"code\": \"SLO904\"");
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _slo_complete slo")]
    [InlineData("zsh", "compdef _slo_complete slo")]
    public void Completion_prints_a_script_for_the_shell(string shell, string registration)
    {
        var run = CliRun.Of(_dir.Path, "completion", shell);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain(registration).And.Contain("[suggest:");
    }

    [Fact]
    public void The_suggest_directive_the_completion_scripts_call_offers_option_values()
    {
        var run = CliRun.Of(_dir.Path, "[suggest:19]", "slo lint --format ");

        run.ExitCode.Should().Be(0);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("checkstyle", "github", "json", "sarif", "text");
    }

    [Fact]
    public void A_catalog_without_its_subcommand_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "catalog");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("slo: 'slo catalog' needs a subcommand: scan\nrun 'slo catalog --help' for usage\n");
    }

    [Fact]
    public void An_unknown_option_after_the_paths_is_still_an_unknown_option()
    {
        var run = CliRun.Of(_dir.Path, "compile", "examples", "--colour");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("slo: unknown option '--colour' for 'slo compile'");
    }

    [Fact]
    public void After_a_double_dash_a_word_like_an_option_is_a_path()
    {
        var run = CliRun.Of(_dir.Path, "lint", "--", "--weird");

        run.ExitCode.Should().Be(1);
        run.Out.Should().StartWith("--weird(1,1): error SLO903");
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_a_hint()
    {
        var run = CliRun.Of(_dir.Path, "frobnicate");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("slo: unknown command 'frobnicate'\nrun 'slo --help' for the commands\n");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_naming_the_command()
    {
        var run = CliRun.Of(_dir.Path, "lint", "--colour");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("slo: unknown option '--colour' for 'slo lint'\nrun 'slo lint --help' for usage\n");
    }

    [Fact]
    public void An_option_without_its_value_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "compile", "--out");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("slo: option '--out' needs a value");
    }

    [Fact]
    public void A_format_outside_the_list_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "lint", "--format=xml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("slo: 'xml' is not a valid --format; use one of: text, json, github, sarif, checkstyle\nrun 'slo lint --help' for usage\n");
    }

    [Fact]
    public void Explain_without_a_path_explains_the_current_folder_like_lint()
    {
        var run = CliRun.Of(_dir.Path, "explain");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("error SLO904");
    }

    [Fact]
    public void A_flag_given_a_value_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "compile", "--check=yes");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("slo: option '--check' takes no value");
    }

    [Fact]
    public void Linting_a_folder_without_slo_files_reports_slo904()
    {
        var run = CliRun.Of(_dir.Path, "lint", "--format", "json");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("\"code\": \"SLO904\"");
    }

    [Fact]
    public void A_missing_path_is_reported_as_slo903()
    {
        var run = CliRun.Of(_dir.Path, "lint", "nowhere");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be(
            "nowhere(1,1): error SLO903: 'nowhere' does not exist; give an .slo/.yaml file or a folder\n\n1 error, 0 warnings\n");
    }
}
