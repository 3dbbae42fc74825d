using FluentAssertions;
using SloCompiler.Cli.Output;
using SloCompiler.Live.Backtest;
using SloCompiler.Model;
using SloCompiler.Tests.Emit;

namespace SloCompiler.Tests.Live;

/// <summary>The backtest's renderers are pure functions of a report: grouped SLOs get a group column, open episodes say so.</summary>
public sealed class BacktestWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Grouped_episodes_show_their_labels_and_open_ones_are_still_firing()
    {
        var slo = Fixtures.Search().Slos[0];
        var episodes = new[]
        {
            new AlertEpisode(AlertTierKind.Page, new Dictionary<string, string> { ["route"] = "/cart" }, Start.AddHours(2), Start.AddHours(2).AddMinutes(24), TimeSpan.FromMinutes(24)),
            new AlertEpisode(AlertTierKind.Ticket, new Dictionary<string, string> { ["route"] = "/pay" }, Start.AddDays(1), null, TimeSpan.FromHours(23)),
        };
        var report = new BacktestReport(Start, Start.AddDays(2), TimeSpan.FromMinutes(1), "http://prometheus:9090",
            [new SloEpisodes(slo, EpisodeSource.Replay, episodes)], 8, ["query hit the sample limit"]);

        BacktestWriter.Write(report, BacktestWriter.TextFormat).Should().Be(
            "service  slo      alert   group            start                 end                   duration\n"
            + "search   latency  page    {route=\"/cart\"}  2026-11-01T02:00:00Z  2026-11-01T02:24:00Z  24m\n"
            + "search   latency  ticket  {route=\"/pay\"}   2026-11-02T00:00:00Z  still firing          23h\n"
            + "\n"
            + "Totals\n"
            + "service  slo      pages  page time  tickets  ticket time\n"
            + "search   latency  1      24m        1        23h\n"
            + "\n"
            + "1 SLOs replayed from 2026-11-01T00:00:00Z to 2026-11-03T00:00:00Z every 1m against http://prometheus:9090 in 8 queries\n"
            + "warning from the server: query hit the sample limit\n");

        var json = BacktestWriter.Write(report, BacktestWriter.JsonFormat);
        json.Should().Contain("\"labels\": {\n            \"route\": \"/pay\"\n          },\n          \"start\": \"2026-11-02T00:00:00Z\",\n          \"end\": null,\n          \"stillFiring\": true,\n          \"durationSeconds\": 82800");
        json.Should().Contain("\"ticket\": {\n        \"count\": 1,\n        \"firingSeconds\": 82800\n      }");
    }
}
