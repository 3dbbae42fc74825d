using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// Credentials are refused wherever SLO text is copied into generated files (SLO189), and receiver values catch
/// the token shapes SLO173 used to miss. Nothing is emitted while one is there.
/// </summary>
public class SecretDetectionTests
{
    // Fake credentials of the real shapes, split so no scanner mistakes this file for a leak.
    private static readonly string Slack = "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
    private static readonly string GitHub = "ghp_" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

    private static CompileResult Compile(string text) => Compiler.Compile([new SourceFile("svc.slo", text)]);

    private static string Service(string extra, string sloExtra = "", string total = "http_requests_total{job=\"api\"}") => $$"""
        service api {
          team platform
          {{extra}}
          slo availability {
            objective 99.9% over 30d
            ratio { bad http_requests_total{job="api", code=~"5.."}  total {{total}} }
            {{sloExtra}}
          }
        }

        """;

    public static TheoryData<string, string, string> Leaks() => new()
    {
        { Service($"runbook \"https://wiki.example.com/api/{GitHub}\""), GitHub, "a GitHub token" },
        { Service($"owner \"{Slack}\""), Slack, "a Slack token" },
        { Service("runbook \"https://deploy:hunter2@wiki.example.com/api\""), "//deploy:hunter2@", "a URL with a password" },
        { Service("description \"see //admin:s3cret@grafana.internal/d/x\""), "//admin:s3cret@", "a URL with a password" },
        { Service("runbook \"https://wiki.example.com/api#access_token=abc123def\""), "https://wiki.example.com/api#access_token=abc123def", "a URL carrying a token" },
        { Service("runbook \"https://wiki.example.com/api;jsessionid=1;secret=abc123def\""), "https://wiki.example.com/api;jsessionid=1;secret=abc123def", "a URL carrying a token" },
        { Service($"labels {{ chat = \"{Slack}\" }}"), Slack, "a Slack token" },
        { Service("description \"deploy key AKIAIOSFODNN7EXAMPLE for CI\""), "AKIAIOSFODNN7EXAMPLE", "an AWS access key" },
        { Service(string.Empty, $"alerting {{ page annotations {{ dashboard = \"https://grafana.example.com/d/x?api_key=eyJrIjoi\" }} }}"), "https://grafana.example.com/d/x?api_key=eyJrIjoi", "a URL carrying a token" },
        { Service(string.Empty, total: $"http_requests_total{{job=\"api\", token=\"{GitHub}\"}}"), GitHub, "a GitHub token" },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public void A_credential_in_slo_text_is_reported_where_it_is_and_nothing_is_emitted(string source, string secret, string what)
    {
        var result = Compile(source);

        var leak = result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO189").Subject;
        source.Substring(leak.Span.Start, leak.Span.Length).Should().Be(secret);
        leak.Message.Should().Contain(what);
        result.Outputs.Should().BeEmpty();
    }

    [Theory]
    [InlineData("runbook \"https://wiki.example.com/api?page=3#latency\"")]
    [InlineData("owner \"platform-oncall@example.com\"")]
    [InlineData("description \"keys are rotated by ghp-bot; see //wiki/tokens\"")]
    [InlineData("labels { region = \"ASIAPACIFICREGIONNORTH1\" }")]
    public void Ordinary_text_is_not_taken_for_a_secret(string extra)
    {
        Compile(Service(extra)).Diagnostics.Should().NotContain(d => d.Code == "SLO189" || d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("channel=\"#x\" api_url_file=\"/s\" send_resolved=\"xoxb-123456789012-abcdefghijkl\"", "a Slack token")]
    [InlineData("channel=\"ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\" api_url_file=\"/s\"", "a GitHub token")]
    [InlineData("channel=\"https://chat.example.com/hook#token\" api_url_file=\"/s\"", "a URL carrying a token")]
    [InlineData("channel=\"https://chat.example.com/hook;key\" api_url_file=\"/s\"", "a URL carrying a token")]
    [InlineData("channel=\"//bot:pw@chat.example.com/x\" api_url_file=\"/s\"", "a URL")]
    public void Receiver_values_catch_the_token_shapes_SLO173_missed(string settings, string what)
    {
        var result = Compile($"receivers {{\n  chat slack {settings}\n}}\n");

        result.Diagnostics.Should().Contain(d => d.Code == "SLO173" && d.Message.Contains(what, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_hostile_text_is_scanned_in_linear_time()
    {
        var hostile = "https://" + string.Concat(Enumerable.Repeat("a?b#c;d=", 20_000)) + " //" + new string(':', 50_000);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Compile(Service($"description \"{hostile}\""));

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }
}
