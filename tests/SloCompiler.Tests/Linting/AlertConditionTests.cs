using SloCompiler.Linting;

namespace SloCompiler.Tests.Linting;

/// <summary>SLO423 / SLO441: which alerts have a condition, and which always-firing ones are intended heartbeats.</summary>
public class AlertConditionTests
{
    private static readonly LintConfig Quiet = LintConfig.Default with { RequiredLabels = [], RequiredAnnotations = [] };

    private static IReadOnlyList<string> Codes(string name, string expr) =>
        LintRunner.Lint($"groups:\n- name: g\n  rules:\n  - alert: {name}\n    expr: {expr}\n    for: 10m\n", Quiet)
            .Diagnostics.Select(d => d.Code).ToList();

    [Theory]
    [InlineData("kafka_topic_info{ready!=\"True\"}")]
    [InlineData("kube_pod_status_phase{phase=~\"Failed|Unknown\"}")]
    [InlineData("sum by (namespace) (kube_job_status_failed{job=\"ksm\", condition=\"true\"})")]
    public void A_selector_that_matches_on_state_is_a_condition(string expr)
    {
        Codes("TopicNotReady", expr).Should().NotContain(["SLO423", "SLO441"]);
    }

    [Theory]
    [InlineData("up{job=\"api\"}")]
    [InlineData("rate(http_requests_total{namespace=\"x\"}[5m])")]
    public void A_selector_that_only_scopes_is_still_no_condition(string expr)
    {
        Codes("ApiUp", expr).Should().Contain("SLO423");
    }

    [Theory]
    [InlineData("Watchdog", "up")]
    [InlineData("DeadMansSwitch", "vector(1)")]
    [InlineData("AlwaysOn", "vector(1)")]
    public void A_heartbeat_gets_an_info_instead_of_a_warning(string name, string expr)
    {
        var codes = Codes(name, expr);

        codes.Should().Contain("SLO441").And.NotContain("SLO423");
    }
}
