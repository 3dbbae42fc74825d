namespace SloCompiler.Tests.Linting;

/// <summary>SLO420 on exporters whose counters end like gauges.</summary>
public class RateOfNonCounterTests
{
    private static readonly SloCompiler.Linting.LintConfig Quiet = SloCompiler.Linting.LintConfig.Default with { RequiredLabels = [], RequiredAnnotations = [] };

    [Fact]
    public void Counters_of_elasticsearch_exporter_that_end_in_seconds_are_not_read_as_gauges()
    {
        // elasticsearch_exporter exposes the time spent in searches, gets and flushes as counters named
        // ..._time_seconds (no _total); rate() over them is what its own dashboards do.
        const string rules = """
            groups:
            - name: elasticsearch
              rules:
              - record: cluster:elasticsearch_indices_search_query_time_seconds:rate5m
                expr: sum by (cluster) (rate(elasticsearch_indices_search_query_time_seconds[5m]))
              - record: cluster:elasticsearch_indices_search_fetch_time_seconds:rate5m
                expr: sum by (cluster) (rate(elasticsearch_indices_search_fetch_time_seconds[5m]))
              - record: cluster:elasticsearch_indices_get_time_seconds:rate5m
                expr: sum by (cluster) (rate(elasticsearch_indices_get_time_seconds[5m]))
              - record: cluster:elasticsearch_indices_flush_time_seconds:rate5m
                expr: sum by (cluster) (rate(elasticsearch_indices_flush_time_seconds[5m]))
              - record: cluster:elasticsearch_jvm_memory_used_bytes:rate5m
                expr: sum by (cluster) (rate(elasticsearch_jvm_memory_used_bytes[5m]))
            """;

        var result = LintRunner.Lint(Quiet, ("es.yml", rules));

        var gauge = result.Diagnostics.Where(d => d.Code == "SLO420").Should().ContainSingle().Subject;
        gauge.Message.Should().Contain("'elasticsearch_jvm_memory_used_bytes'");
    }

    [Fact]
    public void Grafana_agents_slow_evaluation_seconds_are_a_counter()
    {
        // The agent-flow mixin alerts on rate() of this counter, which counts seconds spent in slow evaluations.
        const string rules = "groups:\n- name: agent\n  rules:\n"
            + "  - alert: SlowComponentEvaluations\n    expr: sum by (instance) (rate(agent_component_evaluation_slow_seconds[10m])) > 0\n"
            + "  - alert: SlowComponentEvaluationsAlloy\n    expr: sum by (instance) (rate(alloy_component_evaluation_slow_seconds[10m])) > 0\n";

        LintRunner.Lint(Quiet, ("agent.yml", rules)).Diagnostics.Should().NotContain(d => d.Code == "SLO420");
    }
}
