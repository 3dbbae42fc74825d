using System.Text.Json.Nodes;
using SloCompiler.Emit;
using SloCompiler.Tests.Cli;
using SloCompiler.Text;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// <c>--source-url</c> / <c>source_url</c> (issue 15): each SLO's SLI panel links to where the SLO is
/// written, the file as compiled and the line of its name filled into the team's URL template.
/// </summary>
public sealed class SourceLinkTests
{
    private const string Source = """
        service api {
          team t
          runbook "https://runbooks.example.com/api"
          slo availability {
            objective 99.9% over 30d
            ratio { bad http_requests_total{job="api", code=~"5.."} total http_requests_total{job="api"} }
          }
        }
        """;

    [Fact]
    public void The_sli_panel_links_to_the_runbook_and_to_the_slo_source_line()
    {
        var result = Compiler.Compile([new SourceFile("slo/api.slo", Source)],
            EmitOptions.Default with { SourceUrl = "https://git.example.com/acme/slo/blob/main/{path}#L{line}" });

        var links = Links(result);

        links.Should().Equal(
            ("Runbook", "https://runbooks.example.com/api"),
            ("SLO source", "https://git.example.com/acme/slo/blob/main/slo/api.slo#L4"));
    }

    [Fact]
    public void Without_a_template_there_is_no_source_link()
    {
        var result = Compiler.Compile([new SourceFile("slo/api.slo", Source)]);

        Links(result).Should().Equal(("Runbook", "https://runbooks.example.com/api"));
    }

    [Theory]
    [InlineData("https://git.example.com/acme/slo", "has no {path}")]
    [InlineData("git@example.com:acme/{path}", "is not an http:// or https:// URL")]
    public void A_template_without_path_or_not_a_web_url_is_a_usage_error(string template, string message)
    {
        using var dir = new TempDirectory();
        dir.Write("slo/api.slo", Source);

        var run = CliRun.Of(dir.Path, "compile", "slo", "--source-url", template);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void The_project_file_sets_it_and_the_manifest_records_it()
    {
        using var dir = new TempDirectory();
        dir.Write("slo/api.slo", Source);
        dir.Write("slo.yaml", "apiVersion: slocompiler.dev/v1\nkind: SloProject\nsources: [slo]\n" +
            "compile: { source_url: \"https://github.com/acme/slo/blob/main/{path}#L{line}\" }\n");

        var run = CliRun.Of(dir.Path, "compile");

        run.ExitCode.Should().Be(0, run.Error);
        dir.Read("generated/grafana/api.json").Should().Contain("https://github.com/acme/slo/blob/main/slo/api.slo#L4");
        dir.Read("generated/manifest.json").Should().Contain("\"source_url\": \"https://github.com/acme/slo/blob/main/{path}#L{line}\"");
    }

    private static List<(string Title, string Url)> Links(CompileResult result)
    {
        var dashboard = JsonNode.Parse(result.Outputs.Single(f => f.RelativePath == "grafana/api.json").Content)!;
        var sli = dashboard["panels"]!.AsArray().Single(p => (string?)p!["title"] == "SLI against objective")!;
        return sli["links"]!.AsArray().Select(l => ((string)l!["title"]!, (string)l["url"]!)).ToList();
    }
}
