using System.Xml.Linq;

namespace SloCompiler.Tests.Cli;

/// <summary><c>slo lint</c>'s pull-request options: checkstyle output, <c>--fail-on</c> and <c>--changed-since</c>.</summary>
public class LintCiOptionsTests
{
    /// <summary>No runbook: only a warning (SLO122).</summary>
    private const string WarningOnlySlo = """
        service checkout {
          team payments
          slo availability {
            objective 99.9% over 30d
            ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }
          }
        }
        """;

    private static string TwoBrokenSlos(string firstObjective) => $$"""
        service checkout {
          team payments
          runbook "https://runbooks.example/{slo}"
          slo availability {
            objective {{firstObjective}} over 30d
            ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }
          }
          slo search {
            objective 100% over 30d
            ratio { bad search_requests_total{code=~"5.."}  total search_requests_total }
          }
        }
        """;

    [Fact]
    public void Checkstyle_output_is_xml_with_one_file_element_and_the_code_as_source()
    {
        using var dir = new TempDirectory();
        dir.Write("slos/checkout.slo", TwoBrokenSlos("100%"));

        var lint = CliRun.Of(dir.Path, "lint", "slos", "--format", "checkstyle");

        lint.ExitCode.Should().Be(1);
        var root = XDocument.Parse(lint.Out).Root!;
        root.Name.LocalName.Should().Be("checkstyle");
        var file = root.Elements("file").Should().ContainSingle().Subject;
        file.Attribute("name")!.Value.Should().Be("slos/checkout.slo");
        var errors = file.Elements("error").ToList();
        errors.Should().HaveCount(2);
        errors.Select(e => e.Attribute("line")!.Value).Should().Equal("5", "9");
        errors.Should().OnlyContain(e => e.Attribute("severity")!.Value == "error" && e.Attribute("source")!.Value == "slo.SLO102");
    }

    [Fact]
    public void Warnings_pass_by_default_and_fail_with_fail_on_warning()
    {
        using var dir = new TempDirectory();
        dir.Write("slos/checkout.slo", WarningOnlySlo);

        var byDefault = CliRun.Of(dir.Path, "lint", "slos");
        var strict = CliRun.Of(dir.Path, "lint", "slos", "--fail-on", "warning");

        byDefault.ExitCode.Should().Be(0, byDefault.Out);
        byDefault.Out.Should().Contain("warning SLO122");
        strict.ExitCode.Should().Be(1);
    }

    [Fact]
    public void Changed_since_reports_only_the_slo_block_whose_lines_changed()
    {
        using var dir = new TempDirectory();
        GitRepo.Run(dir.Path, "init", "-q");
        dir.Write("slos/checkout.slo", TwoBrokenSlos("100%"));
        GitRepo.Run(dir.Path, "add", ".");
        GitRepo.Run(dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        dir.Write("slos/checkout.slo", TwoBrokenSlos("101%"));

        var all = CliRun.Of(dir.Path, "lint", "slos");
        var changed = CliRun.Of(dir.Path, "lint", "slos", "--changed-since", "HEAD");
        var changedAsJson = CliRun.Of(dir.Path, "lint", "slos", "--changed-since", "HEAD", "--format", "json");
        GitRepo.Run(dir.Path, "checkout", "-q", "--", ".");
        var clean = CliRun.Of(dir.Path, "lint", "slos", "--changed-since", "HEAD", "--format", "json");

        all.Out.Should().Contain("checkout.slo(5,").And.Contain("checkout.slo(9,");
        changed.ExitCode.Should().Be(1);
        changed.Out.Should().Contain("checkout.slo(5,15): error SLO102").And.NotContain("checkout.slo(9,");
        changedAsJson.Out.Should().Contain("\"line\": 5").And.NotContain("\"line\": 9");
        clean.ExitCode.Should().Be(0, clean.Out);
        clean.Out.Replace(" ", string.Empty).Should().Contain("\"diagnostics\":[]");
    }

    [Fact]
    public void Changed_since_a_revision_that_does_not_exist_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        GitRepo.Run(dir.Path, "init", "-q");
        dir.Write("slos/checkout.slo", WarningOnlySlo);

        var lint = CliRun.Of(dir.Path, "lint", "slos", "--changed-since", "no-such-revision");

        lint.ExitCode.Should().Be(2);
        lint.Error.Should().Contain("--changed-since: git diff failed");
    }

    [Fact]
    public void Untracked_files_count_as_changed_throughout()
    {
        using var dir = new TempDirectory();
        GitRepo.Run(dir.Path, "init", "-q");
        dir.Write("README", "x\n");
        GitRepo.Run(dir.Path, "add", ".");
        GitRepo.Run(dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        dir.Write("slos/checkout.slo", TwoBrokenSlos("100%"));

        var lint = CliRun.Of(dir.Path, "lint", "slos", "--changed-since", "HEAD");

        lint.Out.Should().Contain("checkout.slo(5,").And.Contain("checkout.slo(9,");
    }

    [Fact]
    public void Changed_since_reports_what_a_change_breaks_in_an_unchanged_file_and_hides_what_was_broken_before()
    {
        using var dir = new TempDirectory();
        GitRepo.Run(dir.Path, "init", "-q");
        dir.Write("slos/receivers.slo", """
            receivers {
              slack-sre slack channel="#sre" api_url_file="/etc/alertmanager/secrets/slack"
              slack-old slack channel="#old" api_url_file="/etc/alertmanager/secrets/slack"
            }
            """);
        dir.Write("slos/api.slo", """
            service api {
              team payments
              runbook "https://runbooks.example/{slo}"
              alerting {
                page   severity=critical receiver=slack-old
                ticket severity=warning  receiver=slack-sre
              }
              slo availability {
                objective 99.9% over 30d
                ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }
              }
            }
            """);
        dir.Write("slos/legacy.slo", WarningOnlySlo.Replace("checkout", "legacy", StringComparison.Ordinal));
        GitRepo.Run(dir.Path, "add", ".");
        GitRepo.Run(dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        dir.Write("slos/receivers.slo", dir.Read("slos/receivers.slo").Replace("  slack-old slack channel=\"#old\" api_url_file=\"/etc/alertmanager/secrets/slack\"\n", string.Empty, StringComparison.Ordinal));

        var lint = CliRun.Of(dir.Path, "lint", "slos", "--changed-since", "HEAD");

        lint.ExitCode.Should().Be(1);
        lint.Out.Should().Contain("slos/api.slo(5,39): error SLO176: receiver 'slack-old' is not declared", "the deletion broke an unchanged file");
        lint.Out.Should().NotContain("legacy.slo", "its warning was there before the change");
        dir.Read("slos/api.slo").Should().Contain("slack-old", "the base revision is read from git, the work tree is untouched");
    }
}
