using System.CommandLine;
using System.Globalization;
using SloCompiler.Live;
using SloCompiler.Model;

namespace SloCompiler.Cli.CommandLine;

/// <summary>
/// The connection options every live command shares (<c>slo status</c>, <c>gate</c>, <c>report</c>, <c>backtest</c>): where the
/// Prometheus-compatible API is and how to authenticate. Secrets come only from files (or the URL's user
/// information from <c>SLO_PROMETHEUS_URL</c>), never from an option's value.
/// </summary>
internal sealed class PrometheusOptions(CliContext context)
{
    private readonly Option<string> _url = CliOptions.Value(
        "--prometheus", "URL", "the Prometheus-compatible HTTP API, with any path prefix (default: $SLO_PROMETHEUS_URL)");

    private readonly Option<string> _bearerTokenFile = CliOptions.Value("--bearer-token-file", "FILE", "send the token in FILE as a bearer token");

    private readonly Option<string> _basicAuthUser = CliOptions.Value("--basic-auth-user", "USER", "basic auth user (with --basic-auth-password-file)");

    private readonly Option<string> _basicAuthPasswordFile = CliOptions.Value("--basic-auth-password-file", "FILE", "basic auth password, read from FILE");

    private readonly Option<string> _caFile = CliOptions.Value("--ca-file", "FILE", "PEM certificates that the server's TLS certificate must chain to");

    private readonly Option<string[]> _headers = CliOptions.Repeatable("--header", "KEY=VALUE", "an extra HTTP header, e.g. X-Scope-OrgID=tenant-1 (repeatable)");

    private readonly Option<string> _timeout = CliOptions.Value("--timeout", "DURATION", "give up on a request after this long (default: 30s)");

    private readonly Option<string> _time = CliOptions.Value("--time", "TIME", "evaluate at this instant, RFC 3339 or Unix seconds (default: now)");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _url, _bearerTokenFile, _basicAuthUser, _basicAuthPasswordFile, _caFile, _headers, _timeout, _time })
        {
            command.Options.Add(option);
        }
    }

    public PrometheusConnection Connection(ParseResult parse)
    {
        var url = parse.GetValue(_url) ?? context.Environment.PrometheusUrl
            ?? throw new UsageException("no Prometheus server given", "Give --prometheus URL or set SLO_PROMETHEUS_URL, e.g. --prometheus http://localhost:9090");
        var timeout = TimeSpan.FromSeconds(30);
        if (parse.GetValue(_timeout) is { } text)
        {
            if (!PromDuration.TryParse(text, out var duration))
            {
                throw new UsageException($"'{text}' is not a valid --timeout", "Give a duration such as 10s or 1m.");
            }

            timeout = TimeSpan.FromMilliseconds(duration.Milliseconds);
        }

        return new PrometheusConnection(url)
        {
            BearerTokenFile = Path(parse.GetValue(_bearerTokenFile)),
            BasicAuthUser = parse.GetValue(_basicAuthUser),
            BasicAuthPasswordFile = Path(parse.GetValue(_basicAuthPasswordFile)),
            CaFile = Path(parse.GetValue(_caFile)),
            Headers = parse.GetValue(_headers) ?? [],
            Timeout = timeout,
        };
    }

    /// <summary>The evaluation instant: <c>--time</c>, else now (whole seconds, so repeated runs ask the same).</summary>
    public DateTimeOffset Time(ParseResult parse)
    {
        if (parse.GetValue(_time) is not { } text)
        {
            return DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new UsageException($"'{text}' is not a valid --time", "Give RFC 3339 (2026-11-30T12:00:00Z) or Unix seconds.");
    }

    private string? Path(string? path) => path is null ? null : context.FullPath(path);
}
