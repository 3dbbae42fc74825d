using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SloCompiler.Diagnostics;

namespace SloCompiler.Live;

/// <summary>
/// The two calls of Prometheus' HTTP API that slo needs, <c>/api/v1/query</c> and <c>/api/v1/query_range</c>
/// (POSTed as forms, which Prometheus, Thanos, Mimir and VictoriaMetrics all accept). 429 and 5xx answers
/// and dropped connections are retried a bounded number of times with a doubling pause; every other failure
/// is a <see cref="PrometheusException"/> with one line to print. Counts the queries it sends. Safe to use
/// from several threads (<see cref="QueryAll"/> sends independent instant queries a few at a time).
/// </summary>
public sealed class PrometheusClient : IDisposable
{
    private readonly PrometheusConnection _connection;
    private readonly ServerCertificateCheck _certificateCheck;
    private readonly HttpClient _http;
    private readonly List<string> _warnings = [];
    private int _queryCount;

    public PrometheusClient(PrometheusConnection connection)
    {
        _connection = connection;
        _certificateCheck = connection.CreateCertificateCheck();
        _http = connection.CreateHttpClient(_certificateCheck);
    }

    /// <summary>The server as printed: without user information.</summary>
    public string DisplayUrl => _connection.DisplayUrl;

    /// <summary>How many queries were sent (retries not counted).</summary>
    public int QueryCount => Volatile.Read(ref _queryCount);

    /// <summary>Every distinct warning the server attached to any answer, sorted (queries may run concurrently).</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (_warnings)
            {
                return _warnings.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>How many queries <see cref="QueryAll"/> keeps in flight: the server, not slo, does the work.</summary>
    public const int ConcurrentQueries = 4;

    public IReadOnlyList<PrometheusSample> Query(string promQl, DateTimeOffset time)
    {
        var data = Send("api/v1/query", [new("query", promQl), new("time", Timestamp(time))]);
        var result = data.GetProperty("result");
        return data.GetProperty("resultType").GetString() switch
        {
            "vector" => result.EnumerateArray().Select(s => new PrometheusSample(Labels(s), Value(s.GetProperty("value")))).ToList(),
            "scalar" => [new PrometheusSample(new Dictionary<string, string>(), Value(result))],
            var other => throw Garbage($"an instant query answered resultType '{other}'"),
        };
    }

    /// <summary>
    /// Independent instant queries at one time, <see cref="ConcurrentQueries"/> at once; answers in the order
    /// of <paramref name="promQls"/>. The first failure (in that order) is thrown as it would be by <see cref="Query"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<PrometheusSample>> QueryAll(IReadOnlyList<string> promQls, DateTimeOffset time)
    {
        var answers = new IReadOnlyList<PrometheusSample>?[promQls.Count];
        var failures = new PrometheusException?[promQls.Count];
        Parallel.For(0, promQls.Count, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentQueries }, i =>
        {
            try
            {
                answers[i] = Query(promQls[i], time);
            }
            catch (PrometheusException e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            throw failure;
        }

        return answers.Select(a => a!).ToList();
    }

    /// <summary>Prometheus refuses a range query of more than 11,000 points per series.</summary>
    public const int MaxPointsPerQuery = 11_000;

    /// <summary>
    /// A range query from <paramref name="start"/> to <paramref name="end"/>; a range of more than
    /// <see cref="MaxPointsPerQuery"/> steps is sent as consecutive queries on the same grid, and each
    /// series' points are joined in time order.
    /// </summary>
    public IReadOnlyList<PrometheusSeries> QueryRange(string promQl, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var chunk = step * (MaxPointsPerQuery - 1);
        if (end - start <= chunk)
        {
            return QueryRangeOnce(promQl, start, end, step);
        }

        var joined = new Dictionary<string, (IReadOnlyDictionary<string, string> Labels, List<(DateTimeOffset, double)> Points)>(StringComparer.Ordinal);
        for (var from = start; from <= end; from += chunk + step)
        {
            var to = from + chunk < end ? from + chunk : end;
            foreach (var series in QueryRangeOnce(promQl, from, to, step))
            {
                var key = string.Join('\n', series.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));
                if (!joined.TryGetValue(key, out var entry))
                {
                    joined[key] = entry = (series.Labels, []);
                }

                entry.Points.AddRange(series.Points);
            }
        }

        return joined.OrderBy(j => j.Key, StringComparer.Ordinal).Select(j => new PrometheusSeries(j.Value.Labels, j.Value.Points)).ToList();
    }

    private IReadOnlyList<PrometheusSeries> QueryRangeOnce(string promQl, DateTimeOffset start, DateTimeOffset end, TimeSpan step)
    {
        var data = Send("api/v1/query_range",
        [
            new("query", promQl), new("start", Timestamp(start)), new("end", Timestamp(end)),
            new("step", step.TotalSeconds.ToString(CultureInfo.InvariantCulture)),
        ]);
        if (data.GetProperty("resultType").GetString() != "matrix")
        {
            throw Garbage("a range query did not answer a matrix");
        }

        return data.GetProperty("result").EnumerateArray()
            .Select(s => new PrometheusSeries(Labels(s), s.GetProperty("values").EnumerateArray()
                .Select(p => (Time(p), Value(p))).ToList()))
            .ToList();
    }

    public void Dispose() => _http.Dispose();

    private JsonElement Send(string path, KeyValuePair<string, string>[] form)
    {
        Interlocked.Increment(ref _queryCount);
        var attempt = 0;
        while (true)
        {
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
                response = _http.Send(request);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or SocketException)
            {
                // A refused certificate is refused again on retry: say why at once.
                if (_certificateCheck.Rejection is { } rejection && IsHandshakeFailure(e))
                {
                    throw new PrometheusException(DiagnosticDescriptors.PrometheusUntrustedCertificate, _connection.DisplayUrl, rejection);
                }

                if (attempt++ < _connection.Retries && e is not TaskCanceledException)
                {
                    Pause(attempt, null);
                    continue;
                }

                throw new PrometheusException(DiagnosticDescriptors.PrometheusUnreachable, _connection.DisplayUrl, Reason(e));
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if ((status == 429 || status >= 500) && attempt++ < _connection.Retries)
                {
                    Pause(attempt, response.Headers.RetryAfter?.Delta);
                    continue;
                }

                string body;
                try
                {
                    body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    throw new PrometheusException(DiagnosticDescriptors.PrometheusUnreachable, _connection.DisplayUrl, Reason(e));
                }

                return Parse(response.StatusCode, body);
            }
        }
    }

    /// <summary>
    /// Prometheus answers errors as JSON with 400, 422 and 503 too, so the body is read before the status:
    /// a refused query says why; anything that is not the API's envelope is garbage.
    /// </summary>
    private JsonElement Parse(HttpStatusCode status, string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            if (status != HttpStatusCode.OK)
            {
                throw new PrometheusException(DiagnosticDescriptors.PrometheusHttpError, _connection.DisplayUrl, (int)status, HttpHint(status));
            }

            throw Garbage("the answer is not JSON");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("status", out var state))
        {
            throw status == HttpStatusCode.OK
                ? Garbage("the JSON has no 'status'")
                : new PrometheusException(DiagnosticDescriptors.PrometheusHttpError, _connection.DisplayUrl, (int)status, HttpHint(status));
        }

        if (root.TryGetProperty("warnings", out var warnings) && warnings.ValueKind == JsonValueKind.Array)
        {
            lock (_warnings)
            {
                foreach (var warning in warnings.EnumerateArray().Select(w => w.ToString()).Where(w => !_warnings.Contains(w)))
                {
                    _warnings.Add(warning);
                }
            }
        }

        if (state.GetString() != "success")
        {
            var type = root.TryGetProperty("errorType", out var t) ? t.ToString() : "error";
            var message = root.TryGetProperty("error", out var m) ? m.ToString() : "no reason given";
            throw new PrometheusException(DiagnosticDescriptors.PrometheusQueryError, _connection.DisplayUrl, type, message);
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("resultType", out _) || !data.TryGetProperty("result", out _))
        {
            throw Garbage("the answer has no data.resultType and data.result");
        }

        return data;
    }

    private string HttpHint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest when _connection.Url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) =>
            " (bad request: if the server speaks TLS, use an https:// URL)",
        HttpStatusCode.Unauthorized => " (unauthorized: check --basic-auth-user/--basic-auth-password-file or --bearer-token-file)",
        HttpStatusCode.Forbidden => " (forbidden: the credentials are not allowed to query)",
        HttpStatusCode.NotFound => " (not found: check the URL's path prefix, e.g. /prometheus or the --web.route-prefix)",
        _ => string.Empty,
    };

    private void Pause(int attempt, TimeSpan? retryAfter)
    {
        var backoff = _connection.Backoff * Math.Pow(2, attempt - 1);
        var pause = retryAfter is { } asked && asked > backoff ? asked : backoff;
        Thread.Sleep(pause > _connection.Timeout ? _connection.Timeout : pause);
    }

    private static bool IsHandshakeFailure(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Security.Authentication.AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }

    private static string Reason(Exception e)
    {
        if (e is TaskCanceledException)
        {
            return "no answer within the timeout";
        }

        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost.Message.ReplaceLineEndings(" ");
    }

    private PrometheusException Garbage(string reason) =>
        new(DiagnosticDescriptors.PrometheusGarbage, _connection.DisplayUrl, reason);

    private Dictionary<string, string> Labels(JsonElement series)
    {
        if (!series.TryGetProperty("metric", out var metric) || metric.ValueKind != JsonValueKind.Object)
        {
            throw Garbage("a series has no 'metric' labels");
        }

        return metric.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    /// <summary>A <c>[unix seconds, "value"]</c> pair's value; Prometheus spells NaN and ±Inf as strings.</summary>
    private double Value(JsonElement pair)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
        {
            throw Garbage("a sample is not a [time, value] pair");
        }

        return pair[1].GetString() switch
        {
            "NaN" => double.NaN,
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            { } text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            _ => throw Garbage("a sample value is not a number"),
        };
    }

    private static DateTimeOffset Time(JsonElement pair) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(pair[0].GetDouble() * 1000));

    private static string Timestamp(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000m).ToString(CultureInfo.InvariantCulture);
}
