using SloCompiler.Emit;
using SloCompiler.Text;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// Opsgenie (0.25) is generated with its key in a file and accepted by the real amtool; webhook (0.26)
/// and Microsoft Teams (0.27) are generated for those versions only, and 0.25 says which version is needed.
/// </summary>
public sealed class ReceiverVersionTests : IDisposable
{
    private const string Source = """
        receivers {
          genie opsgenie api_key_file="/etc/alertmanager/secrets/opsgenie" priority=P1
          {0}
        }
        service checkout {
          runbook "https://runbooks.example.com/{service}/{slo}"
          alerting { page receiver=genie ticket receiver=genie }
          slo availability {
            objective 99.9% over 30d
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("slo-receivers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Opsgenie_keeps_its_key_in_a_file_and_passes_check_config()
    {
        var config = Config(string.Empty, EmitOptions.Default);
        config.Should().Contain("opsgenie_configs:").And.Contain("api_key_file: /etc/alertmanager/secrets/opsgenie")
            .And.Contain("message: '{{ template \"slo.title\" . }}'");
        var path = Path.Combine(_folder, "alertmanager.yml");
        File.WriteAllText(path, config);

        var (exitCode, output) = Amtool.Run(_folder, "check-config", path);

        exitCode.Should().Be(0, output);
    }

    [Theory]
    [InlineData("hook webhook url_file=\"/etc/alertmanager/secrets/hook\"", "webhook", "0.26")]
    [InlineData("teams msteams webhook_url_file=\"/etc/alertmanager/secrets/teams\"", "msteams", "0.27")]
    public void Alertmanager_0_25_is_told_which_version_a_receiver_type_needs(string receiver, string type, string version)
    {
        var result = Compiler.Compile([new SourceFile("a.slo", Source.Replace("{0}", receiver, StringComparison.Ordinal))]);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("SLO183");
        result.Diagnostics[0].Message.Should().StartWith($"{type} receiver").And.Contain($"needs Alertmanager {version} or later")
            .And.Contain($"--alertmanager-version {version}");
        result.Diagnostics[0].Span.StartPosition.Line.Should().Be(3, "the type is where the receiver is declared");
    }

    [Fact]
    public void With_version_0_27_webhook_and_teams_are_generated_with_their_urls_in_files()
    {
        var options = EmitOptions.Default with { AlertmanagerVersion = AlertmanagerVersion.Parse("0.27")! };

        var config = Config("hook webhook url_file=\"/etc/alertmanager/secrets/hook\"\n  teams msteams webhook_url_file=\"/etc/alertmanager/secrets/teams\" title=ops.teams.title", options);

        config.Should().Contain("webhook_configs:\n  - url_file: /etc/alertmanager/secrets/hook")
            .And.Contain("msteams_configs:\n  - text: '{{ template \"slo.text\" . }}'\n    title: '{{ template \"ops.teams.title\" . }}'\n    webhook_url_file: /etc/alertmanager/secrets/teams");
    }

    [Fact]
    public void An_inline_teams_url_is_an_inline_secret()
    {
        var result = Compiler.Compile([new SourceFile("a.slo", Source.Replace("{0}", "teams msteams webhook_url=\"https://x.webhook.office.com/a\"", StringComparison.Ordinal))],
            EmitOptions.Default with { AlertmanagerVersion = AlertmanagerVersion.Parse("0.28")! });

        result.Diagnostics.Select(d => d.Code).Should().Equal("SLO173");
        result.Diagnostics[0].Message.Should().Contain("webhook_url_file");
    }

    private string Config(string receivers, EmitOptions options)
    {
        var result = Compiler.Compile([new SourceFile("a.slo", Source.Replace("{0}", receivers, StringComparison.Ordinal))], options);
        result.Diagnostics.Should().BeEmpty();
        return result.Outputs.Single(o => o.RelativePath == "alertmanager/alertmanager.yml").Content;
    }
}
