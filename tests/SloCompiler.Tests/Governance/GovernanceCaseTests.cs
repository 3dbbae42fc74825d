using System.Text.Json;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Golden;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Governance;

/// <summary>
/// The sample shop (Cases/Instrumentation/shop, C#) against its SLOs, policy and a platform
/// Alertmanager configuration (Cases/Governance/shop), with a hand-written rule file: every governance code it should trigger,
/// at its position, in <c>expected-lint.txt</c>; the coverage table in <c>expected-coverage.txt</c>.
/// </summary>
public sealed class GovernanceCaseTests
{
    private const string Case = "tests/SloCompiler.Tests/Cases/Governance/shop";

    private static readonly string[] Arguments =
    [
        "lint", $"{Case}/shop.slo", $"{Case}/shop-alerts.rules.yml",
        "--catalog", "tests/SloCompiler.Tests/Cases/Instrumentation/shop",
        "--policy", $"{Case}/policy.yaml",
        "--alertmanager-config", $"{Case}/alertmanager.yml",
    ];

    [Fact]
    public void Lint_reports_each_governance_finding_at_its_source()
    {
        var run = CliRun.Of(RepoRoot.Path, Arguments);

        run.ExitCode.Should().Be(1);
        GoldenFile.VerifyAt($"{Case}/expected-lint.txt", run.Out);
        foreach (var code in new[] { "SLO303", "SLO310", "SLO311", "SLO312", "SLO313", "SLO314", "SLO315", "SLO316", "SLO320", "SLO321", "SLO323", "SLO324", "SLO326", "SLO331", "SLO333" })
        {
            run.Out.Should().Contain($" {code}: ");
        }

        run.Out.Should().NotContain("SLO332", "the policy waives the orders service's missing runbook");
        run.Out.Split('\n').Where(l => l.Contains("shop-alerts.rules.yml(", StringComparison.Ordinal) && l.Contains(" SLO3", StringComparison.Ordinal))
            .Should().NotContain(l => l.Contains("(8,", StringComparison.Ordinal), "the clean recording rule has no governance finding");
    }

    [Fact]
    public void Coverage_prints_the_table_and_fails_on_gaps_graded_as_errors()
    {
        var run = CliRun.Of(RepoRoot.Path, [.. Arguments, "--coverage"]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("SLO333");
        GoldenFile.VerifyAt($"{Case}/expected-coverage.txt", run.Out);
    }

    [Fact]
    public void Coverage_as_json_has_one_object_per_service()
    {
        var run = CliRun.Of(RepoRoot.Path, [.. Arguments, "--coverage", "--format", "json"]);

        using var json = JsonDocument.Parse(run.Out);
        var services = json.RootElement.GetProperty("services").EnumerateArray().ToList();
        services.Select(s => s.GetProperty("service").GetString()).Should().Equal("orders", "shop");
        var orders = services[0];
        orders.GetProperty("routed").GetInt32().Should().Be(0);
        orders.GetProperty("handwritten_alerts").GetInt32().Should().Be(1, "OrdersStopped carries service=orders");
        orders.GetProperty("handwritten_routed").GetInt32().Should().Be(0, "the platform routes service=orders to the null receiver");
        services[1].GetProperty("handwritten_alerts").GetInt32().Should().Be(0);
        orders.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()).Should().Equal("alert_not_routed", "slo_without_ticket");
        orders.GetProperty("waived").EnumerateArray().Select(g => g.GetString()).Should().Equal("slo_without_runbook");
        services[1].GetProperty("metrics_confirmed").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Without_governance_options_lint_prints_exactly_what_it_did_before()
    {
        var plain = CliRun.Of(RepoRoot.Path, "lint", $"{Case}/shop.slo");

        plain.Out.Should().NotContain("SLO3");
        plain.ExitCode.Should().Be(0);
    }
}
