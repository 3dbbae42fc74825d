using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace SloCompiler.Tests.Support;

/// <summary>
/// A real Prometheus (Debian's 2.42) on a free loopback port with a temporary storage folder holding
/// backfilled blocks, optionally behind basic auth (<c>--web.config.file</c>) and a <c>--web.route-prefix</c>,
/// with rule files loaded. Stopped by its process id on dispose. A missing binary fails the test.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ServerProcess _process;

    private PrometheusServer(string storage, string configFolder, string routePrefix, string? webConfig, IReadOnlyList<string> ruleFiles, bool tls)
    {
        Scheme = tls ? "https" : "http";
        var executable = ExternalTool.Locate("prometheus", "run build/install-tools.sh (Debian's prometheus 2.42) and retry.");
        Port = FreePort();
        RoutePrefix = routePrefix;
        var config = Path.Combine(configFolder, $"prometheus-{Port}.yml");
        File.WriteAllText(config, "global:\n  evaluation_interval: 30s\nrule_files:\n"
            + string.Concat(ruleFiles.Select(f => $"  - {f}\n")));
        var arguments = new List<string>
        {
            $"--config.file={config}", $"--storage.tsdb.path={storage}", "--storage.tsdb.retention.time=10y",
            $"--web.listen-address=127.0.0.1:{Port}", $"--web.route-prefix={routePrefix}",
        };
        if (webConfig is not null)
        {
            arguments.Add($"--web.config.file={webConfig}");
        }

        _process = new ServerProcess(executable, arguments);
    }

    public int Port { get; }

    public string RoutePrefix { get; }

    /// <summary><c>https</c> when the web config holds a <c>tls_server_config</c>.</summary>
    public string Scheme { get; }

    /// <summary>The API root as users give it to <c>--prometheus</c>.</summary>
    public string Url => $"{Scheme}://127.0.0.1:{Port}{RoutePrefix.TrimEnd('/')}";

    public string Log => _process.Log;

    /// <summary>Starts Prometheus and waits until <c>-/ready</c> answers 200 (with the credentials, if any).</summary>
    public static PrometheusServer Start(
        string storage, string configFolder, string routePrefix = "/", string? webConfig = null, IReadOnlyList<string>? ruleFiles = null,
        (string User, string Password)? credentials = null, TestCertificates? tls = null)
    {
        var server = new PrometheusServer(storage, configFolder, routePrefix, webConfig, ruleFiles ?? [], tls is not null);
        using var handler = new HttpClientHandler();
        if (tls is not null)
        {
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) => tls.Trusts(certificate);
        }

        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        if (credentials is { } c)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.User}:{c.Password}")));
        }

        if (server._process.WaitForOk(http, $"{server.Url}/-/ready", StartTimeout))
        {
            return server;
        }

        var log = server.Log;
        server.Dispose();
        throw new InvalidOperationException("Prometheus did not become ready:\n" + log);
    }

    public void Dispose() => _process.Dispose();

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
