using System.Net.Http.Json;
using System.Text.Json;

namespace SloCompiler.Tests.Support;

/// <summary>
/// A real Alertmanager (Debian's <c>prometheus-alertmanager</c>, 0.25 on our CI floor) running on a free
/// loopback port with a given configuration (kept in its temporary storage folder), clustering off, for behaviour amtool cannot show, such as
/// inhibitions. A missing binary fails the test with the install hint.
/// </summary>
internal sealed class AlertmanagerServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ServerProcess _process;
    private readonly HttpClient _http;
    private readonly string _storage;

    private AlertmanagerServer(string configYaml)
    {
        var executable = ExternalTool.Locate(
            File.Exists("/usr/bin/prometheus-alertmanager") ? "prometheus-alertmanager" : "alertmanager",
            "run build/install-tools.sh (Alertmanager 0.25 or later) and retry.");
        _storage = Directory.CreateTempSubdirectory("slo-alertmanager-").FullName;
        var configPath = Path.Combine(_storage, "alertmanager.yml");
        File.WriteAllText(configPath, configYaml);
        var port = PrometheusServer.FreePort();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        _process = new ServerProcess(executable,
        [
            $"--config.file={configPath}", $"--storage.path={_storage}",
            $"--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=",
        ]);
    }

    /// <summary>Everything Alertmanager has logged so far, for failure messages.</summary>
    public string Log => _process.Log;

    /// <summary>Starts Alertmanager with this configuration and waits until it reports ready; fails the test with its log otherwise.</summary>
    /// <remarks>Kept asynchronous for its callers; the readiness poll is <see cref="ServerProcess.WaitForOk"/>'s.</remarks>
    public static Task<AlertmanagerServer> StartAsync(string configYaml)
    {
        var server = new AlertmanagerServer(configYaml);
        if (server._process.WaitForOk(server._http, "-/ready", StartTimeout))
        {
            return Task.FromResult(server);
        }

        var log = server.Log;
        server.Dispose();
        throw new InvalidOperationException("Alertmanager did not become ready:\n" + log);
    }

    /// <summary>Posts firing alerts, each given by its labels, as Prometheus would.</summary>
    public async Task PostAsync(params IReadOnlyDictionary<string, string>[] alerts)
    {
        using var response = await _http.PostAsJsonAsync("api/v2/alerts", alerts.Select(labels => new { labels }).ToArray());
        Assert.True(response.IsSuccessStatusCode, $"POST /api/v2/alerts: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Log}");
    }

    /// <summary>
    /// Each alert Alertmanager holds, as its labels and the alerts inhibiting it, once <paramref name="settled"/>
    /// holds or five seconds have passed (the inhibitor takes source alerts in asynchronously).
    /// </summary>
    public async Task<IReadOnlyList<AlertStatus>> AlertsAsync(Func<IReadOnlyList<AlertStatus>, bool> settled)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            var alerts = (await _http.GetFromJsonAsync<JsonElement>("api/v2/alerts")).EnumerateArray()
                .Select(a => new AlertStatus(
                    a.GetProperty("labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
                    a.GetProperty("status").GetProperty("inhibitedBy").GetArrayLength() > 0))
                .ToList();
            if (settled(alerts) || DateTime.UtcNow > deadline)
            {
                return alerts;
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Dispose();
        }
        finally
        {
            _http.Dispose();
            Directory.Delete(_storage, recursive: true);
        }
    }
}

/// <summary>An alert as Alertmanager's API shows it: its labels and whether an inhibit rule holds it back.</summary>
internal sealed record AlertStatus(IReadOnlyDictionary<string, string> Labels, bool Inhibited)
{
    public string Name => Labels["alertname"];

    public string? Service => Labels.GetValueOrDefault("service");
}
