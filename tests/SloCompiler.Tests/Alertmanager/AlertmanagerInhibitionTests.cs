using SloCompiler.Emit;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// The generated inhibit rules, run by the real Alertmanager with alerts posted to its API: a page holds
/// back the ticket of the same SLO, and a service's down alert holds back that service's SLO alerts and
/// no other's, whether the down alert is the service's own (matched by name) or shared (matched by the
/// <c>service</c> label too).
/// </summary>
public sealed class AlertmanagerInhibitionTests
{
    [Fact]
    public async Task A_page_holds_back_the_ticket_of_the_same_slo_only()
    {
        using var server = await StartFixtureConfig();

        await server.PostAsync(
            SloAlert("SLOBurnRatePage", "refunds", "availability"),
            SloAlert("SLOBurnRateTicket", "refunds", "availability"),
            SloAlert("SLOBurnRateTicket", "refunds", "latency"),
            SloAlert("SLOBurnRateTicket", "payments-api", "availability"));
        var alerts = await server.AlertsAsync(a => a.Any(x => x.Inhibited));

        Inhibited(alerts).Should().Equal(["SLOBurnRateTicket refunds availability"], server.Log);
    }

    [Fact]
    public async Task A_down_alert_of_one_service_holds_back_its_slo_alerts_without_a_service_label()
    {
        using var server = await StartFixtureConfig();

        await server.PostAsync(
            Labels(("alertname", "PaymentsApiDown"), ("severity", "critical"), ("job", "payments"), ("instance", "10.0.0.1:8080")),
            SloAlert("SLOBurnRatePage", "payments-api", "availability"),
            SloAlert("SLOBurnRateTicket", "payments-api", "latency"),
            SloAlert("SLONoData", "payments-api", "availability"),
            SloAlert("SLOBurnRatePage", "refunds", "availability"),
            SloAlert("SLONoData", "refunds", "availability"));
        var alerts = await server.AlertsAsync(a => a.Count(x => x.Inhibited) >= 3);

        // The down alert also explains the missing metric: the no-data alert of that service waits too.
        Inhibited(alerts).Should().Equal(
            ["SLOBurnRatePage payments-api availability", "SLOBurnRateTicket payments-api latency", "SLONoData payments-api availability"], server.Log);
    }

    [Fact]
    public async Task A_shared_down_alert_holds_back_only_the_service_its_label_names()
    {
        using var server = await StartFixtureConfig();

        await server.PostAsync(
            Labels(("alertname", "InstanceDown"), ("service", "search"), ("severity", "critical")),
            Labels(("alertname", "InstanceDown"), ("severity", "critical"), ("job", "unlabelled")),
            SloAlert("SLOBurnRatePage", "search", "latency"),
            SloAlert("SLOBurnRatePage", "refunds", "availability"));
        var alerts = await server.AlertsAsync(a => a.Any(x => x.Inhibited));

        Inhibited(alerts).Should().Equal(["SLOBurnRatePage search latency"], "an InstanceDown without a service label names no service (SLO336)\n" + server.Log);
    }

    [Fact]
    public async Task The_seed_004_down_alerts_as_written_hold_back_their_services_slo_alerts_in_the_committed_config()
    {
        using var server = await AlertmanagerServer.StartAsync(File.ReadAllText(RepoRoot.Combine("generated", "alertmanager", "alertmanager.yml")));
        var path = RepoRoot.Combine("examples", "ecommerce", "handwritten", "tiendi-alerts.rules.yml");
        var rules = RuleFileReader.Read(new SourceFile(path, File.ReadAllText(path))).Rules;
        var apiDown = rules.Single(r => r.Name.Value == "APIDown");
        apiDown.Label("service").Should().BeNull("the seed's rule has no service label, and the inhibition must work all the same");

        await server.PostAsync(
            Labels([("alertname", "APIDown"), ("instance", "10.0.0.1:8080"), .. apiDown.Labels.Select(l => (l.Name.Value, l.Value.Value))]),
            SloAlert("SLOBurnRatePage", "tiendi-api", "availability"),
            SloAlert("SLOBurnRatePage", "tiendi-db", "availability"));
        var alerts = await server.AlertsAsync(a => a.Any(x => x.Inhibited));

        Inhibited(alerts).Should().Equal(["SLOBurnRatePage tiendi-api availability"], server.Log);
    }

    private static Task<AlertmanagerServer> StartFixtureConfig() =>
        AlertmanagerServer.StartAsync(AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Full)!.Content);

    /// <summary>The labels a generated SLO alert carries that the inhibit rules look at.</summary>
    private static Dictionary<string, string> SloAlert(string name, string service, string slo) =>
        Labels(
            ("alertname", name), (Conventions.ServiceLabel, service), (Conventions.SloLabel, slo),
            (Conventions.AlertTierLabel, name.EndsWith("Ticket", StringComparison.Ordinal) ? "ticket" : "page"));

    private static Dictionary<string, string> Labels(params (string Name, string Value)[] labels) =>
        labels.ToDictionary(l => l.Name, l => l.Value, StringComparer.Ordinal);

    private static List<string> Inhibited(IReadOnlyList<AlertStatus> alerts) =>
        alerts.Where(a => a.Inhibited)
            .Select(a => $"{a.Name} {a.Service} {a.Labels[Conventions.SloLabel]}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
