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
        run.Error.Should().StartWith("usage: slo <command>");
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
    [InlineData("compile", "--out DIR")]
    [InlineData("lint", "--fail-on error|warning")]
    [InlineData("explain", "--lang en|es")]
    public void Each_command_has_its_own_help(string command, string option)
    {
        var run = CliRun.Of(_dir.Path, command, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith($"usage: slo {command}").And.Contain(option);
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
        run.Error.Should().StartWith("slo: 'xml' is not a valid --format; use one of: text, json, github, sarif");
    }

    [Fact]
    public void Explain_without_a_path_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "explain");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("slo: 'slo explain' needs a PATH");
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
