using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Tests.Alertmanager;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.EndToEnd;

/// <summary>
/// The examples' committed Alertmanager configuration passes the real amtool 0.25, and every alert their
/// rules can fire reaches the receiver its tier names (never the catch-all), in both output modes.
/// </summary>
public sealed class ExampleAlertmanagerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slo-example-am-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Amtool_accepts_the_committed_configuration()
    {
        var (exitCode, output) = Amtool.Run(RepoRoot.Path, "check-config", RepoRoot.Combine("generated", "alertmanager", "alertmanager.yml"));

        exitCode.Should().Be(0, output);
        output.Should().Contain("SUCCESS");
    }

    [Fact]
    public void Every_alert_of_every_seed_reaches_its_tiers_receiver()
    {
        var program = Compiler.Compile(ExampleSources.Load()).Program!;
        var alerts = program.Services.SelectMany(s => s.Slos)
            .Sum(slo => new[] { slo.Page, slo.Ticket }.Count(t => t.Enabled) + (NoDataRule.RoutedLike(slo) is null ? 0 : 1));

        var verified = AlertRouting.VerifyEveryAlert(_folder, RepoRoot.Combine("generated", "alertmanager", "alertmanager.yml"), program);

        verified.Should().Be(alerts).And.BeGreaterThan(50, "five seed programs declare dozens of SLOs");
    }

    [Fact]
    public void The_examples_declare_where_alerts_go_in_both_front_ends()
    {
        var program = Compiler.Compile(ExampleSources.Load()).Program!;

        program.Alertmanager.Receivers.Select(r => r.Name).Should().Contain(["gad-email-slack-critical", "pagerduty-payments", "pagerduty-critical"]);
        program.Alertmanager.Receivers.Single(r => r.Name == "gad-email-slack-critical").Integrations.Should().HaveCount(2, "Tabla 16: critical goes by email and Slack");
        program.Alertmanager.TimeIntervals.Select(t => t.Name).Should().Equal("hotel-business-hours", "payments-business-hours", "tiendi-business-hours");
        program.Alertmanager.DownAlerts.Select(d => d.AlertName).Should().BeEquivalentTo(["APIDown", "BotDown", "DatabaseDown", "RedisDown"]);
    }

    [Fact]
    public void Routes_mode_writes_only_the_subtree_which_amtool_accepts_once_merged()
    {
        var outputs = Compiler.Compile(ExampleSources.Load(), EmitOptions.Default with { AlertmanagerMode = AlertmanagerMode.Routes }).Outputs;

        outputs.Select(f => f.RelativePath).Should().Contain("alertmanager/routes.yml").And.NotContain("alertmanager/alertmanager.yml");
        var routes = outputs.Single(f => f.RelativePath == "alertmanager/routes.yml").Content;
        var merged = Path.Combine(_folder, "merged.yml");
        File.WriteAllText(merged, AmtoolVerificationTests.MergeIntoPlatformRoot(routes));
        var (exitCode, output) = Amtool.Run(_folder, "check-config", merged);
        exitCode.Should().Be(0, output);
        AlertRouting.VerifyEveryAlert(_folder, merged, Compiler.Compile(ExampleSources.Load()).Program!).Should().BeGreaterThan(50);
        routes.Should().NotContain("slo-default");
        routes.Should().Contain("continue: false");
    }
}
