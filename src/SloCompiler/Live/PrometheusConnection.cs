using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SloCompiler.Diagnostics;

namespace SloCompiler.Live;

/// <summary>
/// How to reach a Prometheus-compatible HTTP API: the base URL with any path prefix (Thanos Query,
/// Mimir's <c>/prometheus</c>, VictoriaMetrics, a <c>--web.route-prefix</c>), credentials read from
/// files, a CA file for TLS, extra headers (<c>X-Scope-OrgID</c>), a timeout and bounded retries.
/// </summary>
public sealed record PrometheusConnection(string Url)
{
    public string? BearerTokenFile { get; init; }

    public string? BasicAuthUser { get; init; }

    public string? BasicAuthPasswordFile { get; init; }

    public string? CaFile { get; init; }

    /// <summary><c>KEY=VALUE</c> pairs as given on the command line.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt on 429, 5xx and dropped connections.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The first pause between attempts; doubled after each retry.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The URL as printed: no user information, so a password in it is never echoed.</summary>
    public string DisplayUrl => Uri.TryCreate(Url, UriKind.Absolute, out var uri)
        ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
        : "the Prometheus URL";

    /// <summary>The API root with a trailing slash, so <c>api/v1/query</c> resolves under any prefix.</summary>
    internal Uri BaseAddress()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings,
                "--prometheus must be an http:// or https:// URL, e.g. http://prometheus:9090 or https://mimir.example.com/prometheus");
        }

        var builder = new UriBuilder(uri) { Query = string.Empty, Fragment = string.Empty, UserName = string.Empty, Password = string.Empty };
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }

        return builder.Uri;
    }

    /// <summary>How the server's TLS certificate is checked: against the CA file when given, else the system's store.</summary>
    internal ServerCertificateCheck CreateCertificateCheck() =>
        new(CaFile is null ? null : ReadCa(CaFile), CaFile);

    /// <summary>An HTTP client with the credentials, headers, certificate check and timeout applied.</summary>
    internal HttpClient CreateHttpClient(ServerCertificateCheck certificateCheck)
    {
        var baseAddress = BaseAddress();
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) => certificateCheck.Validate(certificate, chain, errors),
            },
        };

        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue(ToolInfo.Name, ToolInfo.Version));
        if (Authorization(Url) is { } authorization)
        {
            client.DefaultRequestHeaders.Authorization = authorization;
        }

        foreach (var header in Headers)
        {
            var equals = header.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !client.DefaultRequestHeaders.TryAddWithoutValidation(header[..equals].Trim(), header[(equals + 1)..]))
            {
                var name = equals <= 0 ? header : header[..equals];
                throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings,
                    $"--header needs KEY=VALUE with a valid header name, e.g. X-Scope-OrgID=tenant-1; got a header named '{(equals <= 0 ? "(none)" : name)}'");
            }
        }

        return client;
    }

    private AuthenticationHeaderValue? Authorization(string url)
    {
        if (BearerTokenFile is not null && (BasicAuthUser is not null || BasicAuthPasswordFile is not null))
        {
            throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings,
                "give either --bearer-token-file or --basic-auth-user with --basic-auth-password-file, not both");
        }

        if (BearerTokenFile is not null)
        {
            return new AuthenticationHeaderValue("Bearer", ReadSecret(BearerTokenFile, "--bearer-token-file"));
        }

        if (BasicAuthUser is not null || BasicAuthPasswordFile is not null)
        {
            if (BasicAuthUser is null || BasicAuthPasswordFile is null)
            {
                throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings,
                    "basic auth needs both --basic-auth-user and --basic-auth-password-file");
            }

            var password = ReadSecret(BasicAuthPasswordFile, "--basic-auth-password-file");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BasicAuthUser}:{password}")));
        }

        // Credentials in the URL (http://user:pass@host) work too, as with curl; they are never printed.
        var uri = new Uri(url);
        if (uri.UserInfo.Length > 0)
        {
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo))));
        }

        return null;
    }

    /// <summary>A secret file's content without its final line break; the message names the file, never the content.</summary>
    private static string ReadSecret(string path, string option)
    {
        try
        {
            var text = File.ReadAllText(path).TrimEnd('\r', '\n');
            if (text.Length == 0)
            {
                throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings, $"{option} '{path}' is empty");
            }

            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings, $"{option} '{path}' cannot be read: {e.Message}");
        }
    }

    private static X509Certificate2Collection ReadCa(string path)
    {
        try
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(path);
            if (certificates.Count == 0)
            {
                throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings, $"--ca-file '{path}' holds no PEM certificate");
            }

            return certificates;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new PrometheusException(DiagnosticDescriptors.PrometheusSettings, $"--ca-file '{path}' cannot be read as PEM certificates: {e.Message}");
        }
    }
}
