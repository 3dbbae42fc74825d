using System.Diagnostics;
using SloCompiler.Cli;
using SloCompiler.Cli.Files;

namespace SloCompiler.Tests.Cli;

/// <summary>Issue 18, items 1 and 7: <c>--changed-since</c> runs the real git only, and understands every file name git prints.</summary>
public class ChangedSinceAttackTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Commit()
    {
        GitRepo.Run(_dir.Path, "add", ".");
        GitRepo.Run(_dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
    }

    private static string Slo(string objective) => $$"""
        service checkout {
          team payments
          slo availability {
            objective {{objective}} over 30d
            ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }
          }
        }
        """;

    [Fact]
    public void A_git_executable_committed_at_the_repository_root_is_never_run()
    {
        GitRepo.Run(_dir.Path, "init", "-q");
        var marker = Path.Combine(_dir.Path, "pwned");
        SpecialFiles.Executable(_dir.Write("git", $"#!/bin/sh\ntouch '{marker}'\nexit 1\n"));
        _dir.Write("slo/checkout.slo", Slo("99.9%"));
        Commit();
        _dir.Write("slo/checkout.slo", Slo("100%"));

        // As CI runs it: slo started as its own process in the checked-out repository.
        var slo = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { slo, "lint", "slo", "--changed-since", "HEAD" })
        {
            start.ArgumentList.Add(arg);
        }

        var (exit, output) = Bounded.Within(TimeSpan.FromSeconds(60), () =>
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + error.Result);
        });

        File.Exists(marker).Should().BeFalse("./git must not run");
        exit.Should().Be(1, output);
        output.Should().Contain("error SLO102");
    }

    [Fact]
    public void Git_is_looked_up_only_in_absolute_path_entries()
    {
        var bin = Path.Combine(_dir.Path, "bin");
        var git = SpecialFiles.Executable(_dir.Write("bin/git", "#!/bin/sh\n"));
        SpecialFiles.Executable(_dir.Write("git", "#!/bin/sh\n"));
        var separator = Path.PathSeparator;

        GitExecutable.Find($"{separator}.{separator}bin{separator}{bin}").Should().Be(git);
        GitExecutable.Find($".{separator}{separator}relative").Should().BeNull();
    }

    [Fact]
    public void Files_whose_names_git_quotes_are_still_reported()
    {
        GitRepo.Run(_dir.Path, "init", "-q");
        _dir.Write("slo/café.slo", Slo("99.9%"));
        _dir.Write("slo/a b.slo", Slo("99.9%").Replace("checkout", "other", StringComparison.Ordinal));
        Commit();
        _dir.Write("slo/café.slo", Slo("100%"));
        _dir.Write("slo/a b.slo", Slo("100%").Replace("checkout", "other", StringComparison.Ordinal));

        var lint = Bounded.Cli(_dir.Path, "lint", "slo", "--changed-since", "HEAD");

        lint.Out.Should().Contain("slo/café.slo(4,").And.Contain("slo/a b.slo(4,");
    }

    [Theory]
    [InlineData("HEAD..HEAD")]
    [InlineData("HEAD...HEAD")]
    public void A_revision_range_is_a_usage_error(string range)
    {
        GitRepo.Run(_dir.Path, "init", "-q");
        _dir.Write("slo/checkout.slo", Slo("100%"));
        Commit();

        var lint = Bounded.Cli(_dir.Path, "lint", "slo", "--changed-since", range);

        lint.ExitCode.Should().Be(2);
        lint.Error.Should().Contain($"--changed-since takes one revision, not the range '{range}'");
    }

    [Fact]
    public void Git_quoted_paths_decode_octal_bytes_as_utf8_and_drop_the_tab_after_names_with_spaces()
    {
        GitQuotedPath.Unquote("\"b/caf\\303\\251.slo\"").Should().Be("b/café.slo");
        GitQuotedPath.Unquote("\"b/e\\tx \\\"q\\\".slo\"").Should().Be("b/e\tx \"q\".slo");
        GitQuotedPath.Unquote("b/a b.slo\t").Should().Be("b/a b.slo");
    }
}
