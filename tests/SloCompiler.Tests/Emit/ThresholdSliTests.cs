using SloCompiler.Conversion;
using SloCompiler.Diagnostics;
using SloCompiler.Explain;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// The threshold SLI (issue 17): a gauge condition recorded as 0/1 once per evaluation, every window an
/// average of that recording (never a subquery), in both front ends and from OpenSLO's thresholdMetric;
/// its generated promtool tests pass and catch a comparison on the wrong side of the value.
/// </summary>
public sealed class ThresholdSliTests : IDisposable
{
    private const string Lag = "threshold max kafka_consumergroup_lag{group=\"orders\"} < 1000";

    private readonly string root = Directory.CreateTempSubdirectory("slo-threshold-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_condition_is_recorded_once_and_every_window_averages_the_recording()
    {
        var rules = Rules(Compile(Dsl(Lag)));

        rules.Should().Contain("- record: slo:sli_slice_good:bool\n    expr: max(kafka_consumergroup_lag{group=\"orders\"}) < bool 1000\n");
        rules.Should().Contain("sum(1 - avg_over_time(slo:sli_slice_good:bool{service=\"consumer\", slo=\"lag\"}[5m]))");
        rules.Should().Contain("count(avg_over_time(slo:sli_slice_good:bool{service=\"consumer\", slo=\"lag\"}[1h]))");
        rules.Should().NotContain(":1m]", "no window is read through a subquery");
        rules.IndexOf("slo:sli_slice_good:bool\n", StringComparison.Ordinal)
            .Should().BeLessThan(rules.IndexOf("record: slo:sli_bad_events", StringComparison.Ordinal), "the slices are recorded before they are read");
    }

    [Fact]
    public void Per_groups_aggregate_by_the_group_labels()
    {
        var rules = Rules(Compile(Dsl("threshold max(queue_depth{job=\"q\"}) <= 50\n    per tenant")));

        rules.Should().Contain("expr: max by (tenant) (queue_depth{job=\"q\"}) <= bool 50\n");
        rules.Should().Contain("sum by (tenant) (1 - avg_over_time(slo:sli_slice_good:bool{service=\"consumer\", slo=\"lag\"}[5m]))");
    }

    [Fact]
    public void A_duration_value_is_read_in_seconds()
    {
        Rules(Compile(Dsl("threshold pg_replication_lag_seconds{job=\"pg\"} > 1m30s")))
            .Should().Contain("expr: pg_replication_lag_seconds{job=\"pg\"} > bool 90\n");
    }

    [Fact]
    public void The_yaml_form_compiles_to_the_same_rules()
    {
        var yaml = new SourceFile("consumer.yaml",
            "apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata: { name: consumer, team: t }\nspec:\n  slos:\n    - name: lag\n" +
            "      objective: 99%\n      period: 30d\n" +
            "      threshold: { metric: 'kafka_consumergroup_lag{group=\"orders\"}', aggregation: max, operator: '<', value: 1000 }\n");

        Body(Rules(Compile(yaml))).Should().Be(Body(Rules(Compile(Dsl(Lag)))));
    }

    [Theory]
    [InlineData("threshold maximum lag{group=\"a\"} < 1000", "SLO143", "maximum")]
    [InlineData("threshold lag{group=\"a\"} < 10x", "SLO144", "10x")]
    [InlineData("threshold lag{group=\"a\"} < 1000\n    min_events 10", "SLO141", "10\n")]
    public void Bad_threshold_parts_are_reported_where_they_were_written(string sli, string code, string at)
    {
        var source = Dsl(sli);
        var result = Compiler.Compile([source]);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == code, string.Join("\n", result.Diagnostics)).Subject;
        diagnostic.Span.Start.Should().Be(source.Text.IndexOf(at, StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_comparison_that_is_not_one_is_reported_at_its_value()
    {
        var text = "apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata: { name: consumer, team: t }\nspec:\n  slos:\n    - name: lag\n" +
                   "      objective: 99%\n      threshold: { metric: 'lag{group=\"a\"}', operator: '=<', value: 5 }\n";
        var result = Compiler.Compile([new SourceFile("consumer.yaml", text)]);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO145").Subject;
        diagnostic.Span.StartPosition.Line.Should().Be(8);
        diagnostic.Message.Should().Contain("'=<'");
    }

    [Fact]
    public void The_generated_tests_pass_promtool_and_fail_when_the_comparison_includes_the_value()
    {
        var result = Compile(Dsl(Lag + "\n  }\n  slo depth {\n    objective 99.5% over 7d\n    threshold max(queue_depth{job=\"q\"}) <= 50\n    per tenant"));
        Write(result.Outputs);
        var tests = result.Outputs.Single(f => f.RelativePath == "tests/consumer.test.yml").Content;
        tests.Should().Contain("values: 999+0x120 1000+0x", "healthy minutes sit just under the threshold, failing ones on it");
        tests.Should().Contain("# lag: outage at 2h: page expected 9m after onset");
        var run = Promtool.Run(root, "test", "rules", "tests/consumer.test.yml");
        run.ExitCode.Should().Be(0, run.Output);

        // '<=' where '<' was written counts 1000 as good: the outage never pages and the test must say so.
        var rulesPath = Path.Combine(root, "prometheus", "consumer.rules.yml");
        var wrong = File.ReadAllText(rulesPath).Replace("< bool 1000", "<= bool 1000", StringComparison.Ordinal);
        File.WriteAllText(rulesPath, wrong);
        var broken = Promtool.Run(root, "test", "rules", "tests/consumer.test.yml");
        broken.ExitCode.Should().NotBe(0);
        broken.Output.Should().Contain("SLOBurnRatePage");
    }

    [Fact]
    public void Explain_says_what_the_condition_is_in_english_and_spanish()
    {
        var program = Compile(Dsl(Lag)).Program!;

        SloExplainer.Explain(program, "en").Should().Contain("max kafka_consumergroup_lag{group=\"orders\"} < 1000 holds 99% of the time over 30 days");
        SloExplainer.Explain(program, "es").Should().Contain("max kafka_consumergroup_lag{group=\"orders\"} < 1000 se cumple el 99% del tiempo en 30 días");
    }

    [Fact]
    public void An_openslo_threshold_metric_budgeted_by_timeslices_converts_to_a_threshold_sli()
    {
        var openSlo = new SourceFile("lag.yaml", """
            apiVersion: openslo/v1
            kind: SLO
            metadata:
              name: orders-lag
            spec:
              service: consumer
              indicator:
                metadata: { name: lag }
                spec:
                  thresholdMetric:
                    metricSource:
                      type: Prometheus
                      spec:
                        query: max(kafka_consumergroup_lag{group="orders"})
              timeWindow:
                - duration: 30d
                  isRolling: true
              budgetingMethod: Timeslices
              objectives:
                - op: lt
                  value: 1000
                  target: 0.99
            """);
        var direct = Compiler.Compile([openSlo]);
        direct.HasErrors.Should().BeFalse(string.Join("\n", direct.Diagnostics));

        var diagnostics = new DiagnosticBag();
        var converted = SourceConverter.ConvertAll([openSlo], ConvertTarget.Slo, diagnostics).Single();
        converted.Text.Should().Contain("threshold max kafka_consumergroup_lag{group=\"orders\"} < 1000");
        var again = Compiler.Compile([new SourceFile(converted.FileName, converted.Text)]);
        Body(Rules(again)).Should().Be(Body(Rules(direct)));
    }

    private static SourceFile Dsl(string sli) =>
        new("consumer.slo", $"service consumer {{\n  team t\n  slo lag {{\n    objective 99% over 30d\n    {sli}\n  }}\n}}\n");

    private static CompileResult Compile(SourceFile source)
    {
        var result = Compiler.Compile([source]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Rules(CompileResult result) => result.Outputs.Single(f => f.RelativePath.StartsWith("prometheus/", StringComparison.Ordinal)).Content;

    /// <summary>A rule file without its header, which names the source file.</summary>
    private static string Body(string rules) => rules[(rules.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    private void Write(IEnumerable<SloCompiler.Emit.OutputFile> outputs)
    {
        foreach (var file in outputs)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
