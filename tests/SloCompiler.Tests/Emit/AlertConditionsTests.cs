using FluentAssertions;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// The alert conditions spelled two ways: from recordings (the rules) and expanded into raw SLI expressions
/// (<c>slo backtest</c>). The expanded spelling must read no recording and still be a valid instant vector.
/// </summary>
public sealed class AlertConditionsTests
{
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
}
