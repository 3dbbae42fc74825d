using System.Text.Json;

namespace SloCompiler.Tests.Cli;

/// <summary>
/// Issue 18, items 9, 10 and 14: hostile inputs (link loops, links to <c>/</c>, pipes named
/// <c>*.slo</c>, escape sequences in file names) and <c>slo catalog scan --out</c> over things slo
/// did not write.
/// </summary>
public class InputAttackTests : IDisposable
{
    private const string ValidSlo = """
        service checkout {
          team payments
          slo availability {
            objective 99.9% over 30d
            ratio { bad http_requests_total{code=~"5.."}  total http_requests_total }
          }
        }
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Discovery_does_not_follow_a_link_loop_or_a_link_to_the_root_and_reports_both()
    {
        _dir.Write("slo/checkout.slo", ValidSlo);
        SpecialFiles.Link(Path.Combine(_dir.Path, "slo", "loop"), Path.Combine(_dir.Path, "slo"));
        SpecialFiles.Link(Path.Combine(_dir.Path, "slo", "root"), "/");

        var lint = Bounded.Cli(_dir.Path, "lint", "slo");

        lint.Out.Should().Contain("slo/loop(1,1): warning SLO905").And.Contain("slo/root(1,1): warning SLO905");
        lint.Out.Should().NotContain("error SLO107", "the same file read twice would declare its service twice");
        lint.ExitCode.Should().Be(0, lint.Out);
    }

    [Fact]
    public void A_pipe_named_like_a_source_is_reported_as_slo901_not_waited_on()
    {
        _dir.Write("slo/checkout.slo", ValidSlo);
        SpecialFiles.Fifo(Path.Combine(_dir.Path, "slo", "trap.slo"));

        var lint = Bounded.Cli(_dir.Path, "lint", "slo");
        var named = Bounded.Cli(_dir.Path, "lint", "slo/trap.slo");

        lint.ExitCode.Should().Be(1);
        lint.Out.Should().Contain("slo/trap.slo(1,1): error SLO901: cannot read 'slo/trap.slo': not a regular file");
        named.Out.Should().Contain("error SLO901");
    }

    [Fact]
    public void A_file_link_inside_a_folder_is_not_read_so_it_cannot_leak_a_file_outside_the_repository()
    {
        var secret = Path.Combine(Path.GetDirectoryName(_dir.Path)!, "slo-secret-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "TOKEN=abc123\n");
        try
        {
            SpecialFiles.Link(Path.Combine(_dir.Path, "slo", "leak.slo"), secret);
            _dir.Write("slo/checkout.slo", ValidSlo);

            var lint = Bounded.Cli(_dir.Path, "lint", "slo");

            lint.Out.Should().NotContain("TOKEN").And.Contain("slo/leak.slo(1,1): warning SLO905");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Catalog_scan_out_refuses_links_pipes_and_files_it_did_not_write()
    {
        _dir.Write("metrics.prom", "# TYPE http_requests_total counter\nhttp_requests_total 1\n");
        var target = _dir.Write("elsewhere.yaml", "mine\n");
        SpecialFiles.Link(Path.Combine(_dir.Path, "link.yaml"), target);
        SpecialFiles.Fifo(Path.Combine(_dir.Path, "pipe.yaml"));
        _dir.Write("foreign.yaml", "kind: Something\n");

        var link = Bounded.Cli(_dir.Path, "catalog", "scan", "metrics.prom", "--out", "link.yaml");
        var pipe = Bounded.Cli(_dir.Path, "catalog", "scan", "metrics.prom", "--out", "pipe.yaml");
        var foreign = Bounded.Cli(_dir.Path, "catalog", "scan", "metrics.prom", "--out", "foreign.yaml");
        var fresh = Bounded.Cli(_dir.Path, "catalog", "scan", "metrics.prom", "--out", "catalog.yaml");
        var again = Bounded.Cli(_dir.Path, "catalog", "scan", "metrics.prom", "--out", "catalog.yaml");

        link.ExitCode.Should().Be(1);
        link.Error.Should().Contain("error SLO906: 'link.yaml' is a symbolic link");
        File.ReadAllText(target).Should().Be("mine\n");
        new FileInfo(Path.Combine(_dir.Path, "link.yaml")).LinkTarget.Should().Be(target);
        pipe.ExitCode.Should().Be(1);
        pipe.Error.Should().Contain("error SLO906: 'pipe.yaml' is not a regular file");
        foreign.ExitCode.Should().Be(1);
        foreign.Error.Should().Contain("error SLO902");
        _dir.Read("foreign.yaml").Should().Be("kind: Something\n");
        (fresh.ExitCode, again.ExitCode).Should().Be((0, 0), fresh.Error + again.Error);
    }

    [Fact]
    public void Escape_sequences_in_a_file_name_are_neutralised_in_text_and_github_output_and_escaped_in_json()
    {
        var name = "slo/\u001b]0;pwned\u0007\u001b[2Jx.slo";
        _dir.Write(name, "service Bad {\n");

        var text = Bounded.Cli(_dir.Path, "lint", "slo");
        var github = Bounded.Cli(_dir.Path, "lint", "slo", "--format", "github");
        var json = Bounded.Cli(_dir.Path, "lint", "slo", "--format", "json");
        var checkstyle = Bounded.Cli(_dir.Path, "lint", "slo", "--format", "checkstyle");

        text.ExitCode.Should().Be(1);
        text.Out.Should().Contain("slo/␛]0;pwned␇␛[2Jx.slo(").And.NotContain("\u001b").And.NotContain("\u0007");
        github.Out.Should().NotContain("\u001b").And.Contain("␛[2Jx.slo");
        json.Out.Should().NotContain("\u001b");
        JsonDocument.Parse(json.Out).RootElement.GetRawText().Should().Contain("\\u001B]0;pwned");
        checkstyle.ExitCode.Should().Be(1, checkstyle.Error);
        checkstyle.Out.Should().Contain("␛[2Jx.slo");
        var sarif = Bounded.Cli(_dir.Path, "lint", "slo", "--format", "sarif");
        JsonDocument.Parse(sarif.Out).RootElement.GetRawText().Should().Contain("\\u001B]0;pwned");
    }

    [Fact]
    public void A_pipe_as_the_default_lint_configuration_is_slo901_not_a_hang()
    {
        _dir.Write("slo/checkout.slo", ValidSlo);
        SpecialFiles.Fifo(Path.Combine(_dir.Path, ".slo-lint.yml"));

        var lint = Bounded.Cli(_dir.Path, "lint", "slo");

        lint.ExitCode.Should().Be(1);
        lint.Out.Should().Contain(".slo-lint.yml(1,1): error SLO901");
    }
}
