using System.Globalization;
using System.Text;
using SloCompiler.Cli;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Live;

/// <summary>
/// One real Prometheus 2.42 for a test class, holding two days of synthetic counters whose counts are known
/// (<see cref="SyntheticTraffic"/>), behind basic auth (bcrypt, <c>--web.config.file</c>) and the route prefix
/// <c>/prom</c>, over plain HTTP or (<see cref="TlsPrometheusFixture"/>) TLS:
/// <list type="bullet">
/// <item><c>checkout</c> serves 100 requests/s; 3 of each 1,500 fail (0.2%) except in the last hour before
/// <see cref="Time"/>, when 75 of 1,500 fail (5%), and in the half hour after <see cref="Burst"/>, when 80 of
/// 1,500 fail (5.33%, chosen so that no burn rate of a backtest step lands exactly on a threshold). Its generated
/// rules are loaded and their recordings backfilled with <c>promtool tsdb create-blocks-from rules</c>, so
/// status reads the recorded series. <c>ALERTS</c> holds the page and tickets the deployed rules fired for
/// the burst on the 28th (<see cref="FiredAlerts"/>); the last hour's are left out, so that status and gate
/// at <see cref="Time"/> see no firing alert.</item>
/// <item><c>search</c> serves 20 requests/s, 1% failing throughout; its rules are not deployed, so status
/// falls back to its raw SLI.</item>
/// </list>
/// </summary>
public class LivePrometheusFixture : IDisposable
{
    public const string User = "slo-reader";
    public const string Password = "s3cret-Passw0rd";

    /// <summary>The instant every test evaluates at: the end of the data.</summary>
    public static readonly DateTimeOffset Time = SyntheticTraffic.End;

    /// <summary>The start of the 30 minutes of 5.33% errors of checkout on the 28th.</summary>
    public static readonly DateTimeOffset Burst = SyntheticTraffic.Burst;

    /// <summary>
    /// The <c>ALERTS</c> history backfilled for the burst on the 28th: alert, tier, SLO, first firing
    /// evaluation and the evaluation that resolved it (the rules evaluate every 30s). These are the episodes
    /// <c>slo backtest</c> works out from the raw counts (see BacktestLiveTests).
    /// </summary>
    public static readonly (string Alert, string Tier, string Slo, DateTimeOffset From, DateTimeOffset Resolved)[] FiredAlerts =
    [
        ("SLOBurnRatePage", "page", "availability-strict", Burst.AddMinutes(7), Burst.AddMinutes(31)),
        ("SLOBurnRateTicket", "ticket", "availability-strict", Burst.AddMinutes(9), Burst.AddMinutes(42)),
        ("SLOBurnRateTicket", "ticket", "availability", Burst.AddMinutes(23), Burst.AddMinutes(41)),
    ];

    private static readonly TimeSpan History = SyntheticTraffic.History;

    public const string Sources = """
        service checkout {
          runbook "https://runbooks.example.com/{service}/{slo}"
          slo availability {
            objective 99% over 1d
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }

          slo availability-strict {
            objective 99.5% over 1d
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }
        }

        service search {
          runbook "https://runbooks.example.com/{service}/{slo}"
          slo availability {
            objective 99.5% over 1d
            ratio {
              bad   http_requests_total{job="search", code=~"5.."}
              total http_requests_total{job="search"}
            }
          }
        }
        """;

    private readonly TempDirectory _folder = new();
    private readonly PrometheusServer _server;

    public LivePrometheusFixture()
        : this(tls: false)
    {
    }

    /// <summary>With <paramref name="tls"/>, Prometheus serves HTTPS with a certificate of a throwaway CA (<see cref="CaFile"/>).</summary>
    protected LivePrometheusFixture(bool tls)
    {
        var promtool = ExternalTool.Locate("promtool", "run build/install-tools.sh and retry.");
        var rules = CompileSources(_folder);

        var storage = Path.Combine(_folder.Path, "storage");
        var openMetrics = _folder.Write("data.om", SyntheticTraffic.OpenMetrics(AlertsFamily()));
        Run(promtool, "tsdb", "create-blocks-from", "openmetrics", openMetrics, storage);

        // The recordings of the deployed service are backfilled from the raw data, as a team does after deploying rules.
        using (var raw = PrometheusServer.Start(storage, _folder.Path))
        {
            Run(promtool, "tsdb", "create-blocks-from", "rules", "--quiet", $"--url={raw.Url}",
                $"--start={(Time - History).ToUnixTimeSeconds()}", $"--end={Time.ToUnixTimeSeconds()}",
                "--eval-interval=30s", $"--output-dir={Path.Combine(_folder.Path, "recorded")}", rules);
        }

        foreach (var block in Directory.GetDirectories(Path.Combine(_folder.Path, "recorded")))
        {
            Directory.Move(block, Path.Combine(storage, Path.GetFileName(block)));
        }

        var certificates = tls ? TestCertificates.Create(_folder.Path) : null;
        var tlsConfig = certificates is null ? string.Empty
            : $"tls_server_config:\n  cert_file: {certificates.CertificateFile}\n  key_file: {certificates.KeyFile}\n";
        var webConfig = _folder.Write("web.yml", $"{tlsConfig}basic_auth_users:\n  {User}: {BcryptHash()}\n");
        PasswordFile = _folder.Write("password.txt", Password + "\n");
        WrongPasswordFile = _folder.Write("wrong-password.txt", "not-the-password\n");
        CaFile = certificates?.CaFile;
        _server = PrometheusServer.Start(storage, _folder.Path, "/prom", webConfig, [rules], (User, Password), certificates);
    }

    /// <summary>The API root with its route prefix.</summary>
    public string Url => _server.Url;

    public string Folder => _folder.Path;

    public string PasswordFile { get; }

    public string WrongPasswordFile { get; }

    /// <summary>The PEM of the CA that signed the server's certificate; null over plain HTTP.</summary>
    public string? CaFile { get; }

    public int Port => _server.Port;

    public string ServerLog => _server.Log;

    /// <summary>Runs slo in the fixture's folder with the right credentials and the fixed evaluation time.</summary>
    internal CliRun Slo(params string[] args) => CliRun.Of(Folder,
        [.. args, "--prometheus", Url, "--basic-auth-user", User, "--basic-auth-password-file", PasswordFile,
            .. CaFile is null ? Array.Empty<string>() : ["--ca-file", CaFile],
            "--time", Time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)]);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _server.Dispose();
            _folder.Dispose();
        }
    }

    /// <summary>Writes <see cref="Sources"/> to <c>slo/</c>, compiles them to <c>out/</c>, and returns the rule file of checkout, the deployed service.</summary>
    internal static string CompileSources(TempDirectory folder)
    {
        folder.Write("slo/services.slo", Sources);
        var compile = CliRun.Of(folder.Path, "compile", "slo", "--out", "out");
        Assert.True(compile.ExitCode == 0, compile.Error);
        return Path.Combine(folder.Path, "out/prometheus/checkout.rules.yml");
    }

    /// <summary>The <c>ALERTS</c> samples of <see cref="FiredAlerts"/>, an OpenMetrics family to backfill beside the traffic.</summary>
    private static string AlertsFamily()
    {
        var builder = new StringBuilder("# TYPE ALERTS gauge\n");
        foreach (var (alert, tier, slo, from, resolved) in FiredAlerts)
        {
            var severity = tier == "page" ? "critical" : "warning";
            for (var at = from; at < resolved; at += TimeSpan.FromSeconds(30))
            {
                builder.Append(CultureInfo.InvariantCulture,
                    $"ALERTS{{alertname=\"{alert}\",alertstate=\"firing\",alert_tier=\"{tier}\",service=\"checkout\",slo=\"{slo}\",severity=\"{severity}\"}} 1 {at.ToUnixTimeSeconds()}\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>The bcrypt hash Prometheus' web config wants, made by htpasswd (apache2-utils) as its documentation suggests.</summary>
    private string BcryptHash()
    {
        var htpasswd = ExternalTool.Locate("htpasswd", "run build/install-tools.sh (apache2-utils) and retry.");
        var (exit, output) = ExternalTool.Run(htpasswd, _folder.Path, ["-nbB", "-C", "10", User, Password]);
        Assert.True(exit == 0, output);
        return output.Trim().Split(':', 2)[1].Split('\n')[0].Trim();
    }

    private void Run(string tool, params string[] arguments)
    {
        var (exit, output) = ExternalTool.Run(tool, _folder.Path, arguments);
        Assert.True(exit == 0, $"{Path.GetFileName(tool)} {string.Join(' ', arguments)} failed:\n{output}");
    }
}
