using System.Globalization;
using System.Text;
using SloCompiler.Cli;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Live;

/// <summary>
/// One real Prometheus 2.42 for a test class, holding two days of synthetic counters whose counts are known,
/// behind basic auth (bcrypt, <c>--web.config.file</c>) and the route prefix <c>/prom</c>:
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
public sealed class LivePrometheusFixture : IDisposable
{
    public const string User = "slo-reader";
    public const string Password = "s3cret-Passw0rd";

    /// <summary>The instant every test evaluates at: the end of the data.</summary>
    public static readonly DateTimeOffset Time = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The start of the 30 minutes of 5.33% errors of checkout on the 28th.</summary>
    public static readonly DateTimeOffset Burst = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

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

    private static readonly TimeSpan Scrape = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan History = TimeSpan.FromDays(2);

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
    {
        var promtool = ExternalTool.Locate("promtool", "run build/install-tools.sh and retry.");
        _folder.Write("slo/services.slo", Sources);
        var compile = CliRun.Of(_folder.Path, "compile", "slo", "--out", "out");
        Assert.True(compile.ExitCode == 0, compile.Error);
        var rules = Path.Combine(_folder.Path, "out/prometheus/checkout.rules.yml");

        var storage = Path.Combine(_folder.Path, "storage");
        var openMetrics = _folder.Write("data.om", OpenMetrics());
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

        var webConfig = _folder.Write("web.yml", $"basic_auth_users:\n  {User}: {BcryptHash()}\n");
        PasswordFile = _folder.Write("password.txt", Password + "\n");
        WrongPasswordFile = _folder.Write("wrong-password.txt", "not-the-password\n");
        _server = PrometheusServer.Start(storage, _folder.Path, "/prom", webConfig, [rules], (User, Password));
    }

    /// <summary>The API root with its route prefix.</summary>
    public string Url => _server.Url;

    public string Folder => _folder.Path;

    public string PasswordFile { get; }

    public string WrongPasswordFile { get; }

    public int Port => _server.Port;

    public string ServerLog => _server.Log;

    /// <summary>Runs slo in the fixture's folder with the right credentials and the fixed evaluation time.</summary>
    internal CliRun Slo(params string[] args) => CliRun.Of(Folder,
        [.. args, "--prometheus", Url, "--basic-auth-user", User, "--basic-auth-password-file", PasswordFile,
            "--time", Time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)]);

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    private static string OpenMetrics()
    {
        var builder = new StringBuilder("# TYPE http_requests counter\n");
        var start = Time - History;
        var steps = (int)(History / Scrape);
        var series = new (string Job, string Code, Func<DateTimeOffset, long> PerScrape)[]
        {
            ("checkout", "200", t => 1500 - CheckoutErrors(t)),
            ("checkout", "500", CheckoutErrors),
            ("search", "200", _ => 297),
            ("search", "503", _ => 3),
        };
        foreach (var (job, code, perScrape) in series)
        {
            long count = 0;
            for (var i = 0; i <= steps; i++)
            {
                var at = start + (Scrape * i);
                if (i > 0)
                {
                    count += perScrape(at);
                }

                builder.Append(CultureInfo.InvariantCulture, $"http_requests_total{{job=\"{job}\",code=\"{code}\"}} {count} {at.ToUnixTimeSeconds()}\n");
            }
        }

        builder.Append("# TYPE ALERTS gauge\n");
        foreach (var (alert, tier, slo, from, resolved) in FiredAlerts)
        {
            var severity = tier == "page" ? "critical" : "warning";
            for (var at = from; at < resolved; at += TimeSpan.FromSeconds(30))
            {
                builder.Append(CultureInfo.InvariantCulture,
                    $"ALERTS{{alertname=\"{alert}\",alertstate=\"firing\",alert_tier=\"{tier}\",service=\"checkout\",slo=\"{slo}\",severity=\"{severity}\"}} 1 {at.ToUnixTimeSeconds()}\n");
            }
        }

        return builder.Append("# EOF\n").ToString();
    }

    /// <summary>Failed checkout requests in the 15s scrape interval ending at <paramref name="t"/>, of 1,500.</summary>
    private static long CheckoutErrors(DateTimeOffset t) =>
        t > Time.AddHours(-1) ? 75 : t > Burst && t <= Burst.AddMinutes(30) ? 80 : 3;

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
