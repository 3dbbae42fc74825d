using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;

namespace SloCompiler.Tests.Linting;

public class RuleLinterTests
{
    private static readonly LintConfig Quiet = LintConfig.Default with { RequiredLabels = [], RequiredAnnotations = [] };

    [Fact]
    public void Duplicates_are_found_across_files_and_reported_on_the_later_one()
    {
        const string rules = "groups:\n- name: api\n  rules:\n  - record: job:up:sum\n    expr: sum by (job) (up)\n";

        var result = LintRunner.Lint(Quiet, ("b.yml", rules), ("a.yml", rules));

        var duplicate = result.Diagnostics.Should().ContainSingle().Subject;
        duplicate.Code.Should().Be("SLO428");
        duplicate.Span.File.Path.Should().Be("a.yml");
        duplicate.Message.Should().Contain("b.yml(4,13)");
    }

    [Fact]
    public void Alerts_sharing_a_name_and_labels_are_duplicates_only_when_their_expressions_are_the_same_written_any_way()
    {
        // Sloth's shape: every alert of a service has one name and one label set, the SLO is in the selectors.
        const string rules = """
            groups:
            - name: alerts
              rules:
              - alert: HighErrorRate
                expr: max(slo:sli_error:ratio_rate5m{sloth_id="a"} > (14.4 * 0.001)) without (sloth_window)
                labels:
                  severity: critical
              - alert: HighErrorRate
                expr: max(slo:sli_error:ratio_rate5m{sloth_id="b"} > (14.4 * 0.001)) without (sloth_window)
                labels:
                  severity: critical
              - alert: HighErrorRate
                expr: |
                  max(
                    slo:sli_error:ratio_rate5m{sloth_id="a"}   >   (14.4*0.001)
                  ) without(sloth_window)
                labels:
                  severity: critical
              - alert: HighErrorRate
                expr: max(slo:sli_error:ratio_rate5m{sloth_id="a"} > (14.4 * 0.01)) without (sloth_window)
                labels:
                  severity: critical
            """;

        var result = LintRunner.Lint(Quiet, ("alerts.yml", rules));

        var duplicate = result.Diagnostics.Where(d => d.Code == "SLO428").Should().ContainSingle().Subject;
        duplicate.Span.StartPosition.Line.Should().Be(12);
        duplicate.Message.Should().Contain("alerts.yml(4,12)");
    }

    [Fact]
    public void A_rule_per_job_is_no_duplicate_however_many_jobs_there_are()
    {
        // More jobs than the 64 rules each one is compared with; the repeat of app-0007 at the end is still found.
        var groups = Enumerable.Range(0, 200).Append(7).Select((job, i) =>
            $"- name: job-{i}\n  rules:\n  - record: job:http_requests:rate5m\n" +
            $"    expr: sum by (job) (rate(http_requests_total{{job=\"app-{job:D4}\"}}[5m]))\n");
        var rules = "groups:\n" + string.Concat(groups);

        var result = LintRunner.Lint(Quiet, ("jobs.yml", rules));

        var duplicate = result.Diagnostics.Where(d => d.Code == "SLO428").Should().ContainSingle().Subject;
        duplicate.Span.StartPosition.Line.Should().Be(4 + (200 * 4));
        duplicate.Message.Should().Contain("jobs.yml(32,13)");
    }

    [Fact]
    public void Among_many_writers_of_a_name_the_one_a_selector_reads_is_found_by_its_labels()
    {
        // 20 writers of one name, each labelled with its SLO and team: more than are filtered without an index
        var windows = Enumerable.Range(0, 20).Select(i =>
            $"- name: windows-{i}\n  interval: 30s\n  rules:\n  - record: slo:burn_rate:rate1d\n" +
            $"    expr: sum(rate(errors_total{{slo=\"s{i}\"}}[1d])) / sum(rate(requests_total{{slo=\"s{i}\"}}[1d]))\n" +
            $"    labels:\n      slo: s{i}\n      team: t{i % 2}\n");
        const string alerts = "- name: alerts\n  interval: 30s\n  rules:\n" +
            "  - alert: BudgetBurn\n    expr: slo:burn_rate:rate1d{team=\"t1\", slo=\"s7\"} > 14.4\n    for: 2m\n" +
            "  - alert: NoSuchSlo\n    expr: slo:burn_rate:rate1d{team=\"t1\", slo=\"s99\"} > 14.4\n    for: 2m\n";
        var rules = "groups:\n" + string.Concat(windows) + alerts;

        var result = LintRunner.Lint(Quiet, ("windows.yml", rules));

        result.Diagnostics.Where(d => d.Code == "SLO430").Select(d => d.Message).Should().ContainSingle()
            .Which.Should().Contain("group 'windows-7'");
    }

    [Fact]
    public void A_recording_read_from_another_group_is_reported_only_when_the_writer_runs_at_the_readers_interval()
    {
        // slo a's 1d window is recorded every 4m (a slower cadence, on purpose); slo b's by a group at the alerts' 30s.
        const string rules = """
            groups:
            - name: windows-a
              interval: 4m
              rules:
              - record: slo:burn_rate:rate1d
                expr: sum(rate(errors_total{slo="a"}[1d])) / sum(rate(requests_total{slo="a"}[1d]))
                labels:
                  slo: a
            - name: windows-b
              interval: 30s
              rules:
              - record: slo:burn_rate:rate1d
                expr: sum(rate(errors_total{slo="b"}[1d])) / sum(rate(requests_total{slo="b"}[1d]))
                labels:
                  slo: b
            - name: alerts
              interval: 30s
              rules:
              - alert: BudgetBurnA
                expr: slo:burn_rate:rate1d{slo="a"} > 3
              - alert: BudgetBurnB
                expr: slo:burn_rate:rate1d{slo="b"} > 3
            """;

        var result = LintRunner.Lint(Quiet, ("slos.yml", rules));

        var stale = result.Diagnostics.Where(d => d.Code == "SLO430").Should().ContainSingle().Subject;
        stale.Span.StartPosition.Line.Should().Be(22);
        stale.Message.Should().Contain("'windows-b'");
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_position_and_code_and_the_same_on_every_run()
    {
        const string rules = "groups:\n- name: api\n  rules:\n  - alert: Down\n    expr: rate(node_load1[1m])\n";

        var config = LintConfig.Default with { ScrapeInterval = TimeSpan.FromMinutes(1) };
        var first = LintRunner.Render(LintRunner.Lint(config, ("z.yml", rules), ("a.yml", rules)).Diagnostics, withFile: true);
        var second = LintRunner.Render(LintRunner.Lint(config, ("z.yml", rules), ("a.yml", rules)).Diagnostics, withFile: true);

        first.Should().Be(second);
        first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(')')]).Should()
            .Equal("a.yml(4,12", "a.yml(4,12", "a.yml(4,12", "a.yml(4,12", "a.yml(5,11", "a.yml(5,16", "a.yml(5,16", "z.yml(4,12", "z.yml(4,12", "z.yml(4,12", "z.yml(5,11", "z.yml(5,16", "z.yml(5,16");
        first.Should().Contain("a.yml(4,12) warning SLO428").And.Contain("a.yml(4,12) warning SLO435").And.Contain("a.yml(5,16) warning SLO420").And.Contain("a.yml(5,16) warning SLO422");
    }

    [Fact]
    public void Every_rule_is_listed_with_its_group_and_the_span_of_its_whole_item()
    {
        const string text = "groups:\n- name: api\n  rules:\n  - record: job:up:sum\n    expr: sum by (job) (up)\n  - alert: Down\n    expr: up == 0\n";

        var result = LintRunner.Lint(text, Quiet);

        result.Rules.Select(r => (r.Name, r.Kind, r.Group, r.Span.StartPosition.Line, r.Span.EndPosition.Line)).Should().Equal(
            ("job:up:sum", RuleKind.Recording, "api", 4, 5),
            ("Down", RuleKind.Alerting, "api", 6, 7));
    }

    [Fact]
    public void A_catalog_given_in_code_decides_whether_rate_reads_a_counter()
    {
        const string text = "groups:\n- name: api\n  rules:\n  - record: job:queue:rate5m\n    expr: sum by (job) (rate(queue_depth_total[5m]))\n  - record: job:jobs:rate5m\n    expr: sum by (job) (rate(jobs_done[5m]))\n";
        var config = Quiet with { MetricTypes = name => name switch { "queue_depth_total" => MetricType.Gauge, "jobs_done" => MetricType.Counter, _ => null } };

        var result = LintRunner.Lint(text, config);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("'queue_depth_total' is a gauge");
    }

    [Fact]
    public void Severity_overrides_change_the_level_or_drop_the_code()
    {
        const string text = "groups:\n- name: api\n  rules:\n  - record: http_up\n    expr: sum by (job) (up{job=~\"api\"})\n";
        var config = Quiet with { Severities = new Dictionary<string, LintSeverity> { ["SLO429"] = LintSeverity.Error, ["SLO431"] = LintSeverity.Off } };

        var result = LintRunner.Lint(text, config);

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "SLO429" && d.Severity == DiagnosticSeverity.Error);
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void A_file_wide_suppression_silences_its_codes_everywhere_in_that_file_only()
    {
        const string rules = "groups:\n- name: api\n  rules:\n  - record: http_up\n    expr: sum(up)\n";
        var suppressed = "# slo-lint disable-file SLO429 names predate the convention\n" + rules;

        var result = LintRunner.Lint(Quiet, ("a.yml", suppressed), ("b.yml", rules.Replace("http_up", "http_down")));

        result.Diagnostics.Should().ContainSingle().Which.Span.File.Path.Should().Be("b.yml");
    }

    [Fact]
    public void A_suppression_above_a_rule_covers_every_line_of_it_but_not_the_next_rule()
    {
        const string text = "groups:\n- name: api\n  rules:\n  # slo-lint disable SLO420 node_load1 is a gauge on purpose here\n  - alert: Load\n    expr: |\n      rate(node_load1[5m])\n        > 1\n  - alert: Load2\n    expr: rate(node_load5[5m]) > 1\n";

        var result = LintRunner.Lint(text, Quiet);

        result.Diagnostics.Should().ContainSingle().Which.Span.StartPosition.Line.Should().Be(10);
    }
}
