using System.Globalization;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Live;

/// <summary>
/// A real VictoriaMetrics 1.79 holding the same data as <see cref="LivePrometheusFixture"/>: the counters of
/// <see cref="SyntheticTraffic"/> imported through <c>/api/v1/import/prometheus</c>, and checkout's generated
/// recordings backfilled by <c>vmalert</c>'s replay over the same two days (search stays undeployed, so status
/// reads its raw SLI on both backends), without the <c>ALERTS</c> series replay writes besides.
/// </summary>
public sealed class VictoriaMetricsFixture : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly VictoriaMetricsServer _server;

    public VictoriaMetricsFixture()
    {
        var rules = LivePrometheusFixture.CompileSources(_folder);
        _server = VictoriaMetricsServer.Start(Path.Combine(_folder.Path, "storage"));
        _server.Import(SyntheticTraffic.PrometheusText());
        _server.Replay(rules, SyntheticTraffic.Start, SyntheticTraffic.End, _folder.Path);

        // promtool's backfill of the Prometheus fixture writes recordings only; replay also writes the alerts'
        // state, which status would read as firing: drop it so both backends hold the same series
        _server.DeleteSeries("{__name__=~\"ALERTS|ALERTS_FOR_STATE\"}");
    }

    public string Url => _server.Url;

    public string ServerLog => _server.Log;

    /// <summary>Runs slo in the fixture's folder against VictoriaMetrics at the fixed evaluation time.</summary>
    internal CliRun Slo(params string[] args) => CliRun.Of(_folder.Path,
        [.. args, "--prometheus", Url, "--time", SyntheticTraffic.End.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)]);

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }
}
