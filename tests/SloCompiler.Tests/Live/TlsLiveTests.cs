using System.Text.Json;
using FluentAssertions;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Live;

/// <summary>
/// <c>slo status</c> against a real Prometheus 2.42 serving HTTPS (<c>tls_server_config</c>) behind basic auth and
/// <c>/prom</c>, its certificate signed by a CA made in the test: the CA file makes it trusted, nothing else does.
/// </summary>
public sealed class TlsLiveTests(TlsPrometheusFixture prometheus) : IClassFixture<TlsPrometheusFixture>
{
    [Fact]
    public void Status_over_tls_with_the_ca_file_and_right_credentials_succeeds()
    {
        prometheus.Url.Should().StartWith("https://127.0.0.1:");

        var run = prometheus.Slo("status", "slo", "--format", "json", "--fail-on", "none");

        run.ExitCode.Should().Be(0, run.Error + prometheus.ServerLog);
        var checkout = JsonDocument.Parse(run.Out).RootElement.GetProperty("slos").EnumerateArray()
            .Single(s => s.GetProperty("service").GetString() == "checkout" && s.GetProperty("slo").GetString() == "availability");
        checkout.GetProperty("source").GetString().Should().Be("recorded");
        checkout.GetProperty("sli").GetDouble().Should().BeApproximately(0.996, 0.0001);
    }

    [Fact]
    public void Without_the_ca_file_the_certificate_is_untrusted_in_one_line_with_exit_2()
    {
        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", prometheus.Url,
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.PasswordFile);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"error SLO730: {prometheus.Url} presented a TLS certificate that is not trusted "
            + "(it does not chain to a trusted authority); give --ca-file with the PEM of the CA that signed it\n");
    }

    [Fact]
    public void A_ca_file_of_another_authority_is_not_trusted_either()
    {
        var other = TestCertificates.Create(prometheus.Folder, "other");

        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", prometheus.Url,
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.PasswordFile, "--ca-file", other.CaFile);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith($"error SLO730: {prometheus.Url} presented a TLS certificate that is not trusted (it does not chain to --ca-file '{other.CaFile}')");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Wrong_password_over_tls_is_a_clear_401()
    {
        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", prometheus.Url,
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.WrongPasswordFile, "--ca-file", prometheus.CaFile!);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"error SLO701: {prometheus.Url} answered HTTP 401 (unauthorized: check --basic-auth-user/--basic-auth-password-file or --bearer-token-file)\n");
        run.Error.Should().NotContain("not-the-password");
    }

    [Fact]
    public void Plain_http_to_the_tls_port_says_to_use_https()
    {
        var http = "http://" + prometheus.Url["https://".Length..];

        var run = CliRun.Of(prometheus.Folder, "status", "slo", "--prometheus", http,
            "--basic-auth-user", LivePrometheusFixture.User, "--basic-auth-password-file", prometheus.PasswordFile);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"error SLO701: {http} answered HTTP 400 (bad request: if the server speaks TLS, use an https:// URL)\n");
    }
}
