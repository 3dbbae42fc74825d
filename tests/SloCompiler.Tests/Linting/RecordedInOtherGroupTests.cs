namespace SloCompiler.Tests.Linting;

/// <summary>SLO430 on readers of series recorded in another group.</summary>
public class RecordedInOtherGroupTests
{
    private static readonly SloCompiler.Linting.LintConfig Quiet = SloCompiler.Linting.LintConfig.Default with { RequiredLabels = [], RequiredAnnotations = [] };

    [Fact]
    public void A_constant_recorded_in_another_group_is_not_reported_but_a_measured_series_still_is()
    {
        // GitLab's runbooks record SLO thresholds as constants in a group of their own and compare service
        // ratios to them: a constant has the same value however old, so its group's schedule does not matter.
        const string rules = """
            groups:
            - name: thresholds
              interval: 1m
              rules:
              - record: slo:max:events:service_errors:ratio
                labels: {type: web}
                expr: "0.001"
              - record: slo:max:events:service_errors:ratio
                labels: {type: api}
                expr: vector(0.005)
            - name: ratios
              interval: 1m
              rules:
              - record: type:service_errors:ratio_5m
                expr: sum by (type) (rate(errors_total[5m])) / sum by (type) (rate(requests_total[5m]))
            - name: alerts
              interval: 1m
              rules:
              - alert: ErrorRatioOverSLO
                expr: type:service_errors:ratio_5m > on(type) group_left() (6 * slo:max:events:service_errors:ratio)
            """;

        var result = LintRunner.Lint(Quiet, ("gitlab.yml", rules));

        var stale = result.Diagnostics.Where(d => d.Code == "SLO430").Should().ContainSingle().Subject;
        stale.Message.Should().Contain("'type:service_errors:ratio_5m'");
    }
}
