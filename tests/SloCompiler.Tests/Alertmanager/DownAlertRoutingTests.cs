using SloCompiler.Emit;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.Text;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// In full mode a declared down alert reaches its service's page receiver, and <c>--default-receiver</c>
/// gives every other alert someone to notify: the real <c>amtool config routes test</c> says so.
/// </summary>
public sealed class DownAlertRoutingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slo-down-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("alertname=PaymentsApiDown", "pagerduty-payments")]
    [InlineData("alertname=PaymentsApiDown team=payments service=payments-api", "pagerduty-payments")]
    [InlineData("alertname=InstanceDown service=refunds team=payments", "pagerduty-payments")]
    [InlineData("alertname=InstanceDown service=search", "pagerduty-search")]
    public void A_declared_down_alert_reaches_its_service_s_page_receiver(string labels, string receiver) =>
        Route(AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Full)!.Content, labels).Should().Be(receiver);

    [Fact]
    public void Without_a_default_receiver_other_alerts_still_notify_nobody() =>
        Route(AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Full)!.Content, "alertname=DiskFull")
            .Should().Be(AlertmanagerConventions.DefaultReceiver);

    [Fact]
    public void A_default_receiver_gets_the_alerts_no_slo_route_claims_and_slo_alerts_keep_their_routes()
    {
        var config = AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Full, "ops-mail")!.Content;

        config.Should().NotContain(AlertmanagerConventions.DefaultReceiver);
        Route(config, "alertname=DiskFull team=payments").Should().Be("ops-mail");
        Route(config, "alertname=InstanceDown service=unknown").Should().Be("ops-mail");
        var path = Path.Combine(_folder, "alertmanager.yml");
        AlertRouting.VerifyEveryAlert(_folder, path, AlertmanagerFixtures.Program()).Should().Be(14, "nine burn-rate alerts and five no-data alerts");
    }

    [Fact]
    public void An_undeclared_default_receiver_is_SLO132()
    {
        var source = AlertmanagerSyntaxTests.Dsl + "\n  slo availability { objective 99.9% over 30d ratio { bad a{code=\"5\"} total a } }\n";
        var result = Compiler.Compile([new SourceFile("a.slo", source.Replace("down_alert PaymentsApiDown", "down_alert PaymentsApiDown", StringComparison.Ordinal))],
            EmitOptions.Default with { DefaultReceiver = "nobody" });

        result.Diagnostics.Where(d => d.Code == "SLO132").Should().ContainSingle()
            .Which.Message.Should().Be("--default-receiver 'nobody' is not declared in any 'receivers' block; declared receivers: ops-mail, pagerduty-payments, slack-payments");
    }

    private string Route(string config, string labels)
    {
        var path = Path.Combine(_folder, "alertmanager.yml");
        File.WriteAllText(path, config);
        var (exitCode, output) = Amtool.Run(_folder, ["config", "routes", "test", $"--config.file={path}", .. labels.Split(' ')]);
        exitCode.Should().Be(0, output);
        return AlertRouting.Receiver(output);
    }
}
