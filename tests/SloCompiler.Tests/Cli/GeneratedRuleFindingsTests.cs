namespace SloCompiler.Tests.Cli;

/// <summary>Rule checks that fire on generated rules are reported on the SLO line that causes them.</summary>
public sealed class GeneratedRuleFindingsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_regex_matcher_without_regex_in_an_sli_is_reported_in_the_slo_file()
    {
        _dir.Write("api.slo", """
            service api {
              runbook "https://runbooks.example.com/{slo}"
              slo errors {
                objective 99.9% over 30d
                ratio {
                  bad   http_requests_total{job="api", code=~"500"}
                  total http_requests_total{job="api"}
                }
              }
            }
            """);

        var run = CliRun.Of(_dir.Path, "lint", "api.slo");

        run.Out.Should().Contain("api.slo(6,44): warning SLO431: 'code=~\"500\"' has no regular-expression characters")
            .And.Contain("(in the rules generated for SLO 'errors')");
        run.Out.Should().NotContain("prometheus/api.rules.yml", "the finding is about the SLO file, not a file on disk");
    }

    [Fact]
    public void A_clean_slo_gets_no_findings_from_its_generated_rules()
    {
        _dir.Write("api.slo", """
            service api {
              runbook "https://runbooks.example.com/{slo}"
              slo errors {
                objective 99.9% over 30d
                ratio {
                  bad   http_requests_total{job="api", code=~"5.."}
                  total http_requests_total{job="api"}
                }
              }
            }
            """);

        CliRun.Of(_dir.Path, "lint", "api.slo").Out.Should().Be("0 errors, 0 warnings\n");
    }
}
