using System.Globalization;
using System.Text;

namespace SloCompiler.Tests.Support;

/// <summary>
/// A real single-node VictoriaMetrics (Debian's <c>victoria-metrics</c> 1.79) on a free loopback port with a
/// temporary storage folder, serving its Prometheus-compatible API under <c>-http.pathPrefix=/vm</c>. Tuned for
/// backfilled history: retention of 100 years (the test data lies in the past), no response cache and no
/// latency offset (both hide freshly imported old samples), and deduplication of samples with the same
/// timestamp (vmalert's replay writes the sample at each request boundary twice). A missing binary fails.
/// </summary>
internal sealed class VictoriaMetricsServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ServerProcess _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private VictoriaMetricsServer(string storage, IReadOnlyList<string> flags)
    {
        var executable = ExternalTool.Locate("victoria-metrics", "run build/install-tools.sh (Debian's victoria-metrics 1.79) and retry.");
        Port = PrometheusServer.FreePort();
        _process = new ServerProcess(executable,
        [
            $"-storageDataPath={storage}", $"-httpListenAddr=127.0.0.1:{Port}", "-http.pathPrefix=/vm",
            "-retentionPeriod=100y", "-search.disableCache", "-search.latencyOffset=0", "-dedup.minScrapeInterval=1s",
            .. flags,
        ]);
    }

    public int Port { get; }

    /// <summary>The API root as users give it to <c>--prometheus</c>.</summary>
    public string Url => $"http://127.0.0.1:{Port}/vm";

    public string Log => _process.Log;

    public static VictoriaMetricsServer Start(string storage, params string[] flags)
    {
        var server = new VictoriaMetricsServer(storage, flags);
        if (server._process.WaitForOk(server._http, $"{server.Url}/health", StartTimeout))
        {
            return server;
        }

        var log = server.Log;
        server.Dispose();
        throw new InvalidOperationException("VictoriaMetrics did not become ready:\n" + log);
    }

    /// <summary>Imports samples in the Prometheus text format (millisecond timestamps) and makes them searchable.</summary>
    public void Import(string prometheusText)
    {
        using var content = new StringContent(prometheusText, Encoding.UTF8, "text/plain");
        using var response = _http.PostAsync($"{Url}/api/v1/import/prometheus", content).GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, $"import answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}\n{Log}");
        Flush();
    }

    /// <summary>
    /// Backfills a rule file's recordings over [from, to] with <c>vmalert</c>'s replay mode, the counterpart of
    /// <c>promtool tsdb create-blocks-from rules</c>: each group's range queries step by its own interval
    /// (<c>-datasource.queryStep=0</c>; the default of 5m would keep one sample in ten), and rules wait a second (or
    /// <paramref name="rulesDelaySeconds"/>) for the ones before them, so chained recordings read what was just written: that needs vmalert to send what it
    /// wrote within the delay (its default flush interval is 5 s, and a recording read by the next rule in the
    /// same group then comes back empty). Each range query asks for up to 20,000 points (the server refuses more than 30,000), and the write queue
    /// holds all of them (an alert firing over weeks writes two samples a step; the default queue of 100,000 overflows).
    /// </summary>
    public void Replay(string ruleFile, DateTimeOffset from, DateTimeOffset to, string workingDirectory, int rulesDelaySeconds = 1)
    {
        var (exit, output) = Vmalert.Run(
            workingDirectory,
            $"-rule={ruleFile}", $"-datasource.url={Url}", $"-remoteWrite.url={Url}", "-datasource.queryStep=0",
            "-remoteWrite.flushInterval=100ms", "-replay.maxDatapointsPerQuery=20000", "-remoteWrite.maxQueueSize=2000000",
            $"-replay.rulesDelay={rulesDelaySeconds}s",
            $"-replay.timeFrom={Rfc3339(from)}", $"-replay.timeTo={Rfc3339(to)}", "-replay.disableProgressBar");
        Assert.True(exit == 0 && output.Contains("replay finished", StringComparison.Ordinal), $"vmalert replay failed:\n{output}");
        Flush();
    }

    /// <summary>The raw samples of the series <paramref name="match"/> selects in [from, to], as <c>/api/v1/export</c> gives them: a JSON object a line.</summary>
    public IReadOnlyList<string> Export(string match, DateTimeOffset from, DateTimeOffset to)
    {
        var query = $"match[]={Uri.EscapeDataString(match)}&start={from.ToUnixTimeSeconds()}&end={to.ToUnixTimeSeconds()}";
        using var response = _http.GetAsync($"{Url}/api/v1/export?{query}").GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, $"export answered {(int)response.StatusCode}: {body}\n{Log}");
        return body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Deletes every series <paramref name="match"/> selects (<c>/api/v1/admin/tsdb/delete_series</c>).</summary>
    public void DeleteSeries(string match)
    {
        using var response = _http.GetAsync($"{Url}/api/v1/admin/tsdb/delete_series?match[]={Uri.EscapeDataString(match)}").GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, $"delete_series answered {(int)response.StatusCode}\n{Log}");
    }

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
    }

    private void Flush()
    {
        using var response = _http.GetAsync($"{Url}/internal/force_flush").GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, $"force_flush answered {(int)response.StatusCode}\n{Log}");
    }

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
