namespace SloCompiler.Tests.Live;

/// <summary>
/// Issue 17 §3: page, ticket and no-data alerts fire at the same minutes under VictoriaMetrics 1.79 and
/// vmalert as under promtool, ± one evaluation interval, and stay quiet where promtool expects quiet. Every
/// test case of every generated promtool test file transfers: outage, slow burn, flawless traffic, both sides
/// of the low-traffic guard, and no data (with Prometheus' 5m lookback set on the server, see the fixture).
/// What cannot transfer, and is not used by the generated tests: promtool's <c>stale</c> markers (an import
/// has no staleness marker), input steps other than the 1m evaluation interval, and expectations on
/// <c>ALERTS</c> labels or annotations' rendering (only when an alert fires is compared, not its text).
/// Replay evaluates each group at its own interval (30s) where promtool evaluates every group each minute.
/// </summary>
public sealed class VmalertScenarioTests(VmalertScenarioFixture fixture) : IClassFixture<VmalertScenarioFixture>
{
    [Theory]
    [MemberData(nameof(VmalertScenarioFixture.Names), MemberType = typeof(VmalertScenarioFixture))]
    public void Alerts_fire_at_the_minutes_promtool_expects(string testFile)
    {
        var replay = fixture[testFile];

        replay.Error.Should().BeNull();
        replay.Scenarios.SelectMany(s => s.Case.Alerts).Should().Contain(a => a.Firing, "every file expects some alert to fire");
        replay.Firing.Should().NotBeEmpty("replay wrote no firing ALERTS sample at all");
        FiringComparison.Mismatches(replay.Scenarios, replay.Firing, ScenarioTimeline.AlertTimings(replay.RuleFile)).Should().BeEmpty();
    }
}
