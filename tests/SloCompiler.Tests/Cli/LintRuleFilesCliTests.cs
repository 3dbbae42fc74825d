using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Cli;

/// <summary><c>slo lint</c> on folders that mix SLO files, hand-written rule files and generated output.</summary>
public class LintRuleFilesCliTests
{
    private const string HandWritten = """
        groups:
        - name: api
          rules:
          - alert: MemoryGrowing
            expr: rate(process_resident_memory_bytes[5m]) > 1e6
            labels:
              severity: warning
            annotations:
              summary: memory grows
              runbook_url: https://runbooks.example.com/memory
          - alert: ApiErrors
            expr: sum(rate(http_requests_total{code=~"500"}[5m])) > 1
            labels:
              severity: warning
            annotations:
              summary: errors
              runbook_url: https://runbooks.example.com/errors
        """;

    [Fact]
    public void The_examples_lint_without_errors_and_the_seeds_single_window_burn_rate_alert_is_flagged()
    {
        var lint = CliRun.Of(RepoRoot.Path, "lint", "examples", "--format", "json");

        lint.ExitCode.Should().Be(0, lint.Out);
        lint.Out.Should().Contain("\"code\": \"SLO437\"").And.Contain("examples/ecommerce/handwritten/tiendi-alerts.rules.yml");
    }

    [Fact]
    public void Generated_rule_files_are_linted_but_generated_prometheus_rule_objects_are_not_linted_twice()
    {
        using var dir = new TempDirectory();
        var compile = CliRun.Of(RepoRoot.Path, "compile", "examples/payments", "--out", Path.Combine(dir.Path, "generated"), "--target", "kubernetes");
        compile.ExitCode.Should().Be(0, compile.Error);
        Directory.EnumerateFiles(Path.Combine(dir.Path, "generated", "kubernetes"), "*.prometheusrule.yaml").Should().NotBeEmpty();

        var lint = CliRun.Of(dir.Path, "lint", "generated", "--format", "json");

        lint.ExitCode.Should().Be(0, lint.Out);
        lint.Out.Should().NotContain("SLO428", "a duplicate would mean the PrometheusRule copies were linted too");
    }

    [Fact]
    public void Rule_findings_come_with_the_file_position_and_the_config_file_changes_severities()
    {
        using var dir = new TempDirectory();
        dir.Write("rules/api.rules.yml", HandWritten);

        var plain = CliRun.Of(dir.Path, "lint", "rules");
        dir.Write(".slo-lint.yml", "severity:\n  SLO420: error\n");
        var strict = CliRun.Of(dir.Path, "lint", "rules");
        var explicitConfig = CliRun.Of(dir.Path, "lint", "rules", "--config", "missing.yml");

        plain.ExitCode.Should().Be(0, plain.Out);
        plain.Out.Should().Contain("rules/api.rules.yml(5,16): warning SLO420");
        strict.ExitCode.Should().Be(1);
        strict.Out.Should().Contain("rules/api.rules.yml(5,16): error SLO420");
        explicitConfig.ExitCode.Should().Be(2);
        explicitConfig.Error.Should().Contain("--config: 'missing.yml' does not exist");
    }

    [Fact]
    public void Changed_since_reports_only_rules_whose_lines_changed()
    {
        using var dir = new TempDirectory();
        GitRepo.Run(dir.Path, "init", "-q");
        dir.Write("rules/api.rules.yml", HandWritten);
        GitRepo.Run(dir.Path, "add", ".");
        GitRepo.Run(dir.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        dir.Write("rules/api.rules.yml", HandWritten.Replace("summary: errors", "summary: server errors"));

        var all = CliRun.Of(dir.Path, "lint", "rules", "--format", "json");
        var changed = CliRun.Of(dir.Path, "lint", "rules", "--format", "json", "--changed-since", "HEAD");

        all.Out.Should().Contain("\"code\": \"SLO420\"");
        changed.Out.Should().NotContain("\"code\": \"SLO420\"", "MemoryGrowing did not change");
        changed.Out.Should().Contain("\"code\": \"SLO431\"", "ApiErrors changed, so its findings are reported");
    }

    [Fact]
    public void A_catalog_types_the_metrics_of_hand_written_rules_and_the_lint_config_overrides_it()
    {
        using var dir = new TempDirectory();
        dir.Write("rules/queue.rules.yml", """
            groups:
            - name: queue
              rules:
              - record: job:queue_items:rate5m
                expr: sum by (job) (rate(queue_items_total[5m]))
            """);
        dir.Write("catalog.yaml", """
            kind: MetricCatalog
            metrics:
            - name: queue_items_total
              type: gauge
              service: queue
            """);

        var withoutCatalog = CliRun.Of(dir.Path, "lint", "rules", "--format", "json");
        var withCatalog = CliRun.Of(dir.Path, "lint", "rules", "--catalog", "catalog.yaml", "--format", "json");
        dir.Write(".slo-lint.yml", "metric_types:\n  queue_items_total: counter\n");
        var configWins = CliRun.Of(dir.Path, "lint", "rules", "--catalog", "catalog.yaml", "--format", "json");

        withoutCatalog.Out.Should().NotContain("SLO421", "the name ends in _total, so only a catalog can tell it is a gauge");
        withCatalog.Out.Should().Contain("\"code\": \"SLO421\"").And.Contain("rules/queue.rules.yml").And.Contain("is a gauge");
        configWins.Out.Should().NotContain("SLO421", ".slo-lint.yml names exceptions on purpose");
    }
}
