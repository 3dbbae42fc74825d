using System.Globalization;
using System.Text;
using FluentAssertions;
using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// The alert conditions spelled two ways: from recordings (the rules) and expanded into raw SLI expressions
/// (<c>slo backtest</c>). The expanded spelling must read no recording and still be a valid instant vector.
/// </summary>
public sealed class AlertConditionsTests : IDisposable
{
    private readonly TempDirectory folder = new();

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Expanded_conditions_read_no_recording_and_parse_as_vectors(string name)
    {
        var slo = Fixtures.ByName(name).Slos[0];
        var expanded = new AlertConditions(slo, expandRecordings: true);
        foreach (var tier in new[] { AlertTierKind.Page, AlertTierKind.Ticket })
        {
            var condition = expanded.For(tier);
            condition.Should().NotContain("slo:", "every recording is replaced by what it records");
            var parsed = PromQlParser.Parse(condition);
            parsed.Success.Should().BeTrue($"{name} {tier}: {parsed.Error?.Message}\n{condition}");
            parsed.Type.Should().Be(PromQlType.Vector);
        }
    }

    [Fact]
    public void Expanded_page_keeps_the_windows_factors_and_low_traffic_guard_of_the_rule()
    {
        var slo = Fixtures.Checkout().Slos[0];

        var recorded = new AlertConditions(slo, expandRecordings: false).For(AlertTierKind.Page);
        var expanded = new AlertConditions(slo, expandRecordings: true).For(AlertTierKind.Page);

        recorded.Should().Contain("slo:burn_rate:rate1h{service=\"checkout\", slo=\"availability\"} > 14.4");
        // 30 days at 99.9%: 1h/5m at 14.4×, guard ⌈1 / (14.4 × 0.001)⌉ = 70 events in the hour.
        expanded.Should().Contain("sum(rate(http_requests_total{job=\"checkout\", code=~\"5..\"}[1h]))")
            .And.Contain("sum(rate(http_requests_total{job=\"checkout\"}[5m]))")
            .And.Contain(") / 0.001 > 14.4\n  and\n")
            .And.Contain("sum(rate(http_requests_total{job=\"checkout\"}[1h])) * 3600 >= 70")
            .And.Contain("[6h]").And.Contain(") / 0.001 > 6\n");
    }

    /// <summary>
    /// promtool evaluates the generated rules beside an alert whose expression is the expanded page condition,
    /// every 30s, over 6h10m healthy (0.05% errors of 6,000 a minute), 10 min at 15% and an hour healthy again,
    /// and the two fire at exactly the same evaluations. The first pair (1h/5m) decides here: from the 6th burst
    /// minute the hour is over 1.44% ((897k + 180) / 360000 > 0.0144 → k ≥ 6) until the 5m window holds no
    /// burst minute; the 6h pair never reaches 0.6% ((9000 + 1050) / 2160000 = 0.47%). Its long window reads
    /// raw series in the rules too and its short one the 5m recordings of the same instant, so the two are
    /// equal to the evaluation; the longer derived windows (sums of 5m recordings) are approximated by a rate
    /// over the whole window, which docs/live.md states. Both fire at 378m and neither at 365m nor 440m, so
    /// the equality is not vacuous.
    /// </summary>
    [Fact]
    public void Promtool_fires_the_expanded_page_at_the_same_evaluations_as_the_generated_rule()
    {
        var service = Fixtures.Checkout();
        var rules = PrometheusRulesEmitter.Emit(service);
        folder.Write(rules.RelativePath, rules.Content);
        var expanded = new AlertConditions(service.Slos[0], expandRecordings: true).For(AlertTierKind.Page);
        folder.Write("replay.rules.yml", "groups:\n- name: replay\n  interval: 30s\n  rules:\n  - alert: ReplayPage\n    expr: |-\n"
            + string.Concat(expanded.Split('\n').Select(line => "      " + line + "\n")));

        const string Firing = "ALERTS{alertname=\"SLOBurnRatePage\", alertstate=\"firing\"}";
        const string Replayed = "ALERTS{alertname=\"ReplayPage\", alertstate=\"firing\"}";
        var test = new StringBuilder($"rule_files: [{rules.RelativePath}, replay.rules.yml]\nevaluation_interval: 30s\ntests:\n- interval: 1m\n  input_series:\n");
        test.Append("  - series: 'http_requests_total{job=\"checkout\", code=\"200\"}'\n    values: '0+5997x370 2223990+5100x9 2275887+5997x60'\n");
        test.Append("  - series: 'http_requests_total{job=\"checkout\", code=\"500\"}'\n    values: '0+3x370 2010+900x9 10113+3x60'\n");
        test.Append("  promql_expr_test:\n");
        for (var minute = 360; minute <= 440; minute++)
        {
            test.Append(CultureInfo.InvariantCulture, $"  - expr: (count({Firing}) or vector(0)) - (count({Replayed}) or vector(0))\n    eval_time: {minute}m\n    exp_samples: [{{labels: '{{}}', value: 0}}]\n");
        }

        test.Append(CultureInfo.InvariantCulture, $"  - expr: count({Firing}) + count({Replayed})\n    eval_time: 378m\n    exp_samples: [{{labels: '{{}}', value: 2}}]\n");
        foreach (var quiet in new[] { "365m", "440m" })
        {
            test.Append(CultureInfo.InvariantCulture, $"  - expr: count({Firing}) or count({Replayed})\n    eval_time: {quiet}\n    exp_samples: []\n");
        }

        folder.Write("replay.test.yml", test.ToString());

        var run = Promtool.Run(folder.Path, "test", "rules", "replay.test.yml");
        run.ExitCode.Should().Be(0, run.Output);
    }

    public void Dispose() => folder.Dispose();
}
