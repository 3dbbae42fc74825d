using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// A raw SLI whose subquery runs over {window} is instantiated over the whole period by the budget rule.
/// promtool test rules (Prometheus 2.42) stops any query at 10,000 samples, so a [7d:1m] subquery (10,080 steps)
/// fails the tests of every SLO in the file, while [6d:1m] (8,640 steps) still passes: the real promtool
/// draws the line, and SLO146 / SLO147 must draw it in the same place.
/// </summary>
public sealed class RawSubqueryCostTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("slo-subquery-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_period_long_subquery_breaks_the_files_promtool_tests_and_is_an_error_at_the_subquery()
    {
        // Near the limit: compiles with a warning, and promtool still runs the requests SLO's tests.
        var near = Compiler.Compile([Source("6d")]);
        near.HasErrors.Should().BeFalse(string.Join("\n", near.Diagnostics));
        var warning = near.Diagnostics.Should().ContainSingle(d => d.Code == "SLO147").Subject;
        warning.Message.Should().Contain("8640 steps (6d at 1m) in the 6d error budget rule").And.Contain("threshold max METRIC < VALUE");
        Write(near.Outputs);
        var passing = Promtool.Run(root, "test", "rules", "tests/consumer.test.yml");
        passing.ExitCode.Should().Be(0, passing.Output);

        // Over the limit: the same rule over 7d makes promtool fail the whole file, as issue 17 describes ...
        var rulesPath = Path.Combine(root, "prometheus", "consumer.rules.yml");
        var rules = File.ReadAllText(rulesPath);
        rules.Should().Contain("[6d:1m]");
        File.WriteAllText(rulesPath, rules.Replace("[6d:1m]", "[7d:1m]", StringComparison.Ordinal));
        var failing = Promtool.Run(root, "test", "rules", "tests/consumer.test.yml");
        failing.ExitCode.Should().NotBe(0);
        failing.Output.Should().Contain("query processing would load too many samples");

        // ... so the 7d SLO is refused, with the subquery underlined.
        var source = Source("7d");
        var over = Compiler.Compile([source]);
        var error = over.Diagnostics.Should().ContainSingle(d => d.Code == "SLO146").Subject;
        error.Message.Should().Contain("10080 steps (7d at 1m) in the 7d error budget rule");
        error.Span.Start.Should().Be(source.Text.IndexOf("(max(", StringComparison.Ordinal));
        over.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Short_subqueries_and_plain_rate_ratios_are_not_reported()
    {
        var result = Compiler.Compile([new SourceFile("consumer.slo",
            "service consumer {\n  team t\n  slo lag {\n    objective 99% over 30d\n" +
            "    raw \"max_over_time((max(lag) > bool 1000)[5m:30s]) * 0 + sum(rate(e[{window}])) / sum(rate(r[{window}]))\"\n  }\n}\n")]);

        result.Diagnostics.Should().NotContain(d => d.Code == "SLO146" || d.Code == "SLO147");
    }

    private static SourceFile Source(string period) => new("consumer.slo",
        "service consumer {\n  team t\n  slo requests {\n    objective 99.9% over 30d\n" +
        "    ratio { bad http_requests_total{job=\"c\", code=~\"5..\"} total http_requests_total{job=\"c\"} }\n  }\n" +
        $"  slo lag {{\n    objective 99% over {period}\n" +
        "    raw \"avg_over_time((max(kafka_consumergroup_lag{group=\\\"orders\\\"}) > bool 1000)[{window}:1m])\"\n  }\n}\n");

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
