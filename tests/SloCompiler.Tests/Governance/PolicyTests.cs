using SloCompiler.Diagnostics;
using SloCompiler.Governance.Policy;
using SloCompiler.Text;

namespace SloCompiler.Tests.Governance;

public sealed class PolicyTests
{
    [Fact]
    public void Forbidden_labels_extend_the_defaults_and_can_be_allowed_back()
    {
        var policy = Read("kind: LabelPolicy\nforbidden_labels: [tenant_id]\nallow_forbidden: [path]\n", out var diagnostics);

        diagnostics.Items.Should().BeEmpty();
        policy.IsForbidden("tenant_id").Should().BeTrue();
        policy.IsForbidden("user_id").Should().BeTrue();
        policy.IsForbidden("path").Should().BeFalse();
    }

    [Theory]
    [InlineData("redis_*", "redis_keyspace_hits_total", true)]
    [InlineData("http_request_duration", "http_request_duration_seconds_bucket", true)]
    [InlineData("ggrt_active_connections", "ggrt_role_connections", false)]
    [InlineData("pg_?p", "pg_up", true)]
    public void Allowed_label_rules_match_metric_globs_and_family_series(string pattern, string metric, bool matches) =>
        new AllowedLabels(pattern, ["env"], default).Matches(metric).Should().Be(matches);

    [Fact]
    public void Waivers_budgets_and_gap_severities_are_read()
    {
        var policy = Read("""
            series_budgets: { per_rule: 100, per_slo: 1000, slos: { api/latency: 5000 } }
            waivers:
              - { service: api, slo: latency, gap: slo_without_page, reason: capacity signal }
            gaps: { metric_not_in_catalog: warning, service_without_slo: off }
            """, out var diagnostics);

        diagnostics.Items.Should().BeEmpty();
        policy.Budgets.PerRule.Should().Be(100);
        policy.Budgets.ForSlo("api", "latency").Should().Be(5000);
        policy.Budgets.ForSlo("api", "errors").Should().Be(1000);
        policy.WaiverFor(GapKind.SloWithoutPage, "api", "latency")!.Reason.Should().Be("capacity signal");
        policy.WaiverFor(GapKind.SloWithoutPage, "api", "errors").Should().BeNull();
        policy.SeverityOf(GapKind.MetricNotInCatalog).Should().Be(GapSeverity.Warning);
        policy.SeverityOf(GapKind.ServiceWithoutSlo).Should().Be(GapSeverity.Off);
        policy.SeverityOf(GapKind.AlertNotRouted).Should().Be(GapSeverity.Error);
    }

    [Theory]
    [InlineData("waivers:\n  - { service: a, gap: no_slo, reason: r }\n", "SLO304", 2)]
    [InlineData("waivers:\n  - { service: a, gap: service_without_slo }\n", "SLO008", 2)]
    [InlineData("gaps: { alert_not_routed: fatal }\n", "SLO304", 1)]
    [InlineData("series_budgets: { per_rule: lots }\n", "SLO304", 1)]
    [InlineData("forbidden_labels: [user-id]\n", "SLO109", 1)]
    [InlineData("allowed: []\n", "SLO007", 1)]
    public void Bad_policy_values_are_reported_where_written(string text, string code, int line)
    {
        Read(text, out var diagnostics);

        diagnostics.Items.Should().Contain(d => d.Code == code && d.Span.StartPosition.Line == line);
    }

    private static LabelPolicy Read(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return PolicyYamlReader.Read(new SourceFile("policy.yaml", text), diagnostics);
    }
}
